// Screenshots of every story (after its play function), in each theme × locale × width, for looking at what
// designers and users see: `node scripts/screenshot-stories.mjs [filter]` after `npm run build-storybook`; writes
// screenshots/<story>--<theme>-<locale>-<width>.png (git-ignored). A filter keeps story ids that contain it.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { freePort } from './free-port.mjs';

const filter = process.argv[2] ?? '';
const variants = [
  { theme: 'light', locale: 'en', width: 1280 },
  { theme: 'dark', locale: 'en', width: 1280 },
  { theme: 'light', locale: 'ar', width: 1280 },
  { theme: 'dark', locale: 'ar', width: 1280 },
  { theme: 'light', locale: 'en', width: 320 },
  { theme: 'dark', locale: 'en', width: 320 },
  { theme: 'light', locale: 'ar', width: 320 },
  { theme: 'dark', locale: 'ar', width: 320 },
];

const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries)
  .filter((/** @type {any} */ entry) => entry.type === 'story' && entry.id.includes(filter))
  .map((/** @type {any} */ entry) => entry.id);
mkdirSync('screenshots', { recursive: true });

const server = await startDevServer({
  config: { rootDir: 'storybook-static', port: await freePort() },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
const browser = await puppeteer.launch({ executablePath: ensureChromium(), args: chromiumArgs(), headless: true });
try {
  const page = await browser.newPage();
  for (const id of stories) {
    for (const { theme, locale, width } of variants) {
      await page.setViewport({ width, height: width === 320 ? 720 : 800 });
      const url = `http://localhost:${server.config.port}/iframe.html?id=${id}&viewMode=story&globals=theme:${theme};locale:${locale}`;
      await page.goto(url, { waitUntil: 'networkidle0' });
      // Play functions run after the first render; give them (and their memory backends' latency) time.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const file = `screenshots/${id}--${theme}-${locale}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
