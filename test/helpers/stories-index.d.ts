// Served by the `stories-index` plugin in web-test-runner.config.mjs.
declare module '*/__stories-index.js' {
  /** Every `stories/*.stories.ts` on disk, e.g. `'stories/access-key-bar.stories.ts'`, sorted. */
  export const storiesFiles: string[];
}
