import type { Decorator, Preview } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

/** Page colours and the elements' colour scheme per theme; `brand` shows what a host can restyle. */
const themes: Record<string, Record<string, string>> = {
  light: { '--access-key-color-scheme': 'light', 'color-scheme': 'light', background: '#ffffff', color: '#1a1d21' },
  dark: { '--access-key-color-scheme': 'dark', 'color-scheme': 'dark', background: '#121316', color: '#e8eaed' },
  brand: {
    '--access-key-color-scheme': 'light',
    'color-scheme': 'light',
    background: '#f7f3ff',
    color: '#241a3a',
    '--access-key-font-family': "Georgia, 'Times New Roman', serif",
    '--access-key-color-text': '#241a3a',
    '--access-key-color-text-muted': '#54476e',
    '--access-key-color-surface': '#ffffff',
    '--access-key-color-surface-alt': '#efe8fb',
    '--access-key-color-border': '#b9a9d9',
    '--access-key-color-accent': '#5b2bb5',
    '--access-key-color-on-accent': '#ffffff',
    '--access-key-color-focus': '#5b2bb5',
    '--access-key-radius': '2px',
  },
};

const directions: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', de: 'ltr', ar: 'rtl' };

export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Colour theme of the elements',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'brand', title: 'Custom brand' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language and direction (nearest `lang` / `dir`)',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'de', title: 'Deutsch' },
        { value: 'ar', right: 'RTL', title: 'العربية' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals: Preview['initialGlobals'] = { theme: 'light', locale: 'en' };

/**
 * Wraps every story in the chosen locale, direction and theme, as a host page would set them. The wrapper is the
 * page: with the `fullscreen` layout it fills the canvas (the whole viewport in the story view), so a dark or branded
 * theme has no white frame around it.
 */
const withThemeAndLocale: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  const theme = themes[String(context.globals.theme)] ?? themes.light;
  const page = { padding: '16px', 'box-sizing': 'border-box', 'font-family': 'system-ui, sans-serif' };
  return html`<div
    class="story-root"
    lang=${locale}
    dir=${directions[locale] ?? 'ltr'}
    style=${styleMap({ ...theme, ...page, 'min-block-size': context.viewMode === 'docs' ? 'auto' : '100vh' })}
  >
    ${story()}
  </div>`;
};

export const decorators: Decorator[] = [withThemeAndLocale];
