import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), defineModulesHaveSideEffects],
  }),
};

// package.json's `sideEffects` names only the built define modules under dist/, so the production build would drop
// the stories' imports of the define modules under src/ as side-effect free, and no tag would be registered.
const defineModulesHaveSideEffects: Plugin = {
  name: 'access-key-define-modules-have-side-effects',
  transform(code, id) {
    return /\/src\/(?:[\w-]+\/)?define\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

export default config;
