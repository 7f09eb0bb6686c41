// Finds a Chrome or Chromium binary for the browser tests, or installs Debian's `chromium` when none is found and
// apt-get can be used (root). No step downloads a browser build from the internet.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | undefined} the first executable Chrome/Chromium: `CHROME_PATH`, then the usual places. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return candidates.find(isExecutable);
}

function canUseApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && isExecutable('/usr/bin/apt-get');
}

/** Returns a browser path, installing Debian's chromium first when that is possible; otherwise throws one clear line. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.`);
  }
  if (!canUseApt()) {
    throw new Error(
      'No Chrome or Chromium found: install one (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH to its binary.',
    );
  }
  console.log('No Chrome or Chromium found; installing Debian\'s chromium with apt-get (about a minute)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no browser binary was found afterwards.');
  return installed;
}

/** Flags for headless Chromium on a closed network; `--no-sandbox` only where it is required (root). */
export function chromiumArgs() {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
