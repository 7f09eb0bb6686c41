import { expect } from '@open-wc/testing';
import * as webComponentsEntryPreview from '@storybook/web-components/entry-preview';
import * as webComponentsArgTypes from '@storybook/web-components/entry-preview-argtypes';
import manifest from '../custom-elements.json';
import { composeStories, setProjectAnnotations } from 'storybook/preview-api';
import preview from '../.storybook/preview.js';
import * as accessKeyBar from '../stories/access-key-bar.stories.js';
import * as accessKeySection from '../stories/access-key-section.stories.js';
import * as generateKeyDialog from '../stories/generate-key-dialog.stories.js';
import * as keyLimitDialog from '../stories/key-limit-dialog.stories.js';
import * as regenerateKeyDialog from '../stories/regenerate-key-dialog.stories.js';
import * as removeExpiredKeysDialog from '../stories/remove-expired-keys-dialog.stories.js';
import * as renameKeyDialog from '../stories/rename-key-dialog.stories.js';
import * as removeKeyDialog from '../stories/remove-key-dialog.stories.js';
import * as revealKeyDialog from '../stories/reveal-key-dialog.stories.js';

// Every stories module, by its path. A stories file missing here fails the first test below.
type StoriesModule = Parameters<typeof composeStories>[0];

const modules: Record<string, unknown> = {
  'stories/access-key-bar.stories.ts': accessKeyBar,
  'stories/access-key-section.stories.ts': accessKeySection,
  'stories/generate-key-dialog.stories.ts': generateKeyDialog,
  'stories/key-limit-dialog.stories.ts': keyLimitDialog,
  'stories/regenerate-key-dialog.stories.ts': regenerateKeyDialog,
  'stories/remove-expired-keys-dialog.stories.ts': removeExpiredKeysDialog,
  'stories/remove-key-dialog.stories.ts': removeKeyDialog,
  'stories/rename-key-dialog.stories.ts': renameKeyDialog,
  'stories/reveal-key-dialog.stories.ts': revealKeyDialog,
};

// preview-api's composeStories does not fall back to the global annotations, so they are passed to it.
const projectAnnotations = setProjectAnnotations([webComponentsEntryPreview, webComponentsArgTypes, preview]);

interface ComposedStory {
  run(context?: { canvasElement: HTMLElement }): Promise<void>;
}

/* eslint-disable no-console -- the test fails a story that logs an error, so it watches console.error. */
/** Renders a story (loaders, decorators, play) into the document, collecting every error it reports meanwhile. */
async function setupTest(story: ComposedStory) {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  const errors: unknown[] = [];
  const consoleError = console.error;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('reason' in event ? event.reason : event.error ?? event.message);
  console.error = (...args: unknown[]) => {
    errors.push(args);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await story.run({ canvasElement });
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return { canvasElement, errors };
}
/* eslint-enable no-console */

describe('stories', () => {
  let canvas: HTMLElement | undefined;

  afterEach(() => {
    canvas?.remove();
    canvas = undefined;
  });

  it('imports every stories file under stories/', async () => {
    const { storiesFiles } = await import('/__stories-index.js');
    expect(Object.keys(modules).sort()).to.deep.equal(storiesFiles);
  });

  // Every story as it opens, and again in the darkest and the right-to-left toolbar settings.
  const variants = [
    { label: '', lang: 'en', annotations: projectAnnotations },
    {
      label: ' (dark, ar)',
      lang: 'ar',
      annotations: { ...projectAnnotations, initialGlobals: { theme: 'dark', locale: 'ar' } },
    },
  ];
  for (const [file, module] of Object.entries(modules)) {
    describe(file, () => {
      for (const { label, lang, annotations } of variants) {
        for (const [name, story] of Object.entries(composeStories(module as StoriesModule, annotations))) {
          it(`${name}${label} renders and plays without errors, and is accessible`, async () => {
            const { canvasElement, errors } = await setupTest(story as ComposedStory);
            canvas = canvasElement;
            expect(errors).to.deep.equal([]);
            expect(canvasElement.querySelector('.story-root')?.getAttribute('lang')).to.equal(lang);
            await expect(canvasElement).to.be.accessible();
          });
        }
      }
    });
  }
});


describe('Storybook Docs and Controls', () => {
  type ArgTypes = Record<string, { table?: { category?: string; disable?: boolean }; control?: unknown }>;
  const declarations = (manifest as { modules: Array<{ declarations?: Array<Record<string, unknown>> }> }).modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);

  for (const [file, module] of Object.entries(modules)) {
    it(`${file} shows exactly the public API, with a control for every public property`, () => {
      const [story] = Object.values(composeStories(module as StoriesModule, projectAnnotations));
      const { argTypes } = story as unknown as { argTypes: ArgTypes };
      const component = (module as { default: { component: string } }).default.component;
      const declaration = declarations.find((candidate) => candidate.tagName === component)!;
      const fields = (declaration.members as Array<{ name: string; kind: string }>)
        .filter((member) => member.kind === 'field')
        .map((member) => member.name);
      const properties = Object.keys(argTypes).filter((name) => argTypes[name].table?.category === 'properties');
      const attributes = (declaration.attributes as Array<{ name: string; fieldName: string }>).map((a) => a.name);
      // An attribute shadows its property's row when both have one name (limit, locale).
      // A part or an attribute with a property's name would take its row (and its control) away.
      expect([...properties, ...attributes.filter((name) => fields.includes(name))].sort()).to.deep.equal(
        [...new Set([...fields, ...attributes.filter((name) => fields.includes(name))])].sort(),
      );
      expect(Object.keys(argTypes).filter((name) => /^#|^_|^(msg|settings|resolved)/.test(name))).to.deep.equal([]);
      for (const name of [...fields, ...attributes]) {
        expect(argTypes[name]?.table?.disable, `${component} ${name} has a row`).not.to.equal(true);
      }
    });
  }
});
