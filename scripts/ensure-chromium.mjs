import { ensureChromium } from './chromium.mjs';

try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
