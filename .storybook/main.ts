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

// package.json's `sideEffects` names only the built modules under dist/ that register something (tags, catalogs), so
// the production build would drop the stories' imports of their sources under src/ as side-effect free: no tag, and
// no German or Arabic, would be registered.
const defineModulesHaveSideEffects: Plugin = {
  name: 'access-key-define-modules-have-side-effects',
  transform(code, id) {
    const registers = /\/src\/(?:[\w-]+\/)?define\.ts$|\/src\/locales\/(?:de|ar)\.ts$/.test(id);
    return registers ? { code, map: null, moduleSideEffects: true } : undefined;
  },
};

export default config;
