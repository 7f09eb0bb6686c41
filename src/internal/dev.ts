// Development warnings: on unless the code is built for production. Bundlers (Vite, webpack, esbuild, Rollup with
// @rollup/plugin-replace) replace `process.env.NODE_ENV` with "production" in production builds, which turns them off;
// unbundled, in the dev server, they are on. The one-file bundle sets `devMode` to `false` outright (rollup.config.mjs), so its
// minifier drops every warning with its text (callers write `if (devMode) devWarn(…)` for that).
declare const process: { env: { NODE_ENV?: string } };

function isDevelopmentBuild(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true; // no bundler and no `process`: a page loading the modules as they are
  }
}

/** Whether development warnings are on. */
export const devMode: boolean = isDevelopmentBuild();

/**
 * Warns a developer in the console. Callers check `devMode` first and pass what went wrong and what to do, never a
 * secret, a key's name or a response body.
 */
export function devWarn(message: string): void {
  // eslint-disable-next-line no-console -- the one place the library speaks to the console, and only in development
  console.warn(`access-key-elements: ${message}`);
}

/** An error as a developer needs it in the console: its name and message, nothing it carries. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : Object.prototype.toString.call(error);
}
