// access-key-elements/react: a React component per element, made with @lit/react, for React 18 and 19. React 18 sets
// unknown props as attributes and ignores custom events on custom elements; these components set properties and
// hand events to `on…` props in both. Importing this module registers every tag.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import { AccessKeySectionElement } from '../access-key-section/access-key-section.js';
import type { AccessKeyEventMap } from '../events.js';
import { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import { KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import { RegenerateKeyDialogElement } from '../regenerate-key-dialog/regenerate-key-dialog.js';
import { RemoveExpiredKeysDialogElement } from '../remove-expired-keys-dialog/remove-expired-keys-dialog.js';
import { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import { RenameKeyDialogElement } from '../rename-key-dialog/rename-key-dialog.js';
import { RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `access-key-generated` → `onAccessKeyGenerated`. */
export type AccessKeyEventProp<Name extends string> = `on${Capitalize<Camel<Name>>}`;

type EventProps<Name extends keyof AccessKeyEventMap> = {
  [N in Name as AccessKeyEventProp<N>]: EventName<AccessKeyEventMap[N]>;
};

/** The `events` option of `createComponent` for these events, typed from the one event map. */
function events<Name extends keyof AccessKeyEventMap>(...names: Name[]): EventProps<Name> {
  const entries = names.map((name) => [`on${name.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase())}`, name]);
  return Object.fromEntries(entries) as EventProps<Name>;
}

const keyFacts = [
  'access-key-generated',
  'access-key-regenerated',
  'access-key-renamed',
  'access-key-removed',
  'access-key-copied',
] as const;

/** `<access-key-section>`: `api`, `limit`, `locale`, `messages`, … as props; `onAccessKeyGenerated` and the other facts. */
export const AccessKeySection = createComponent({
  tagName: 'access-key-section',
  elementClass: AccessKeySectionElement,
  react: React,
  events: events(...keyFacts, 'access-key-limit-reached', 'access-key-error'),
});

/** `<access-key-bar>`: `key` as a prop; `onAccessKeyActionRequest`. */
export const AccessKeyBar = createComponent({
  tagName: 'access-key-bar',
  elementClass: AccessKeyBarElement,
  react: React,
  events: events('access-key-action-request'),
});

/** `<generate-key-dialog>`: `open`, `busy`, `error`; `onAccessKeyGenerateRequest`, `onAccessKeyDialogClosed`. */
export const GenerateKeyDialog = createComponent({
  tagName: 'generate-key-dialog',
  elementClass: GenerateKeyDialogElement,
  react: React,
  events: events('access-key-generate-request', 'access-key-dialog-closed'),
});

/** `<reveal-key-dialog>`: `open`, `key`; `onAccessKeyCopied`, `onAccessKeyError`, `onAccessKeyDialogClosed`. */
export const RevealKeyDialog = createComponent({
  tagName: 'reveal-key-dialog',
  elementClass: RevealKeyDialogElement,
  react: React,
  events: events('access-key-copied', 'access-key-error', 'access-key-dialog-closed'),
});

/** `<remove-key-dialog>`: `open`, `key`, `busy`, `error`; `onAccessKeyRemoveRequest`, `onAccessKeyDialogClosed`. */
export const RemoveKeyDialog = createComponent({
  tagName: 'remove-key-dialog',
  elementClass: RemoveKeyDialogElement,
  react: React,
  events: events('access-key-remove-request', 'access-key-dialog-closed'),
});

/** `<key-limit-dialog>`: `open`; `onAccessKeyDialogClosed`. */
export const KeyLimitDialog = createComponent({
  tagName: 'key-limit-dialog',
  elementClass: KeyLimitDialogElement,
  react: React,
  events: events('access-key-dialog-closed'),
});

/** `<regenerate-key-dialog>`: `open`, `key`, `busy`, `error`; `onAccessKeyRegenerateRequest`, `onAccessKeyDialogClosed`. */
export const RegenerateKeyDialog = createComponent({
  tagName: 'regenerate-key-dialog',
  elementClass: RegenerateKeyDialogElement,
  react: React,
  events: events('access-key-regenerate-request', 'access-key-dialog-closed'),
});

/** `<rename-key-dialog>`: `open`, `key`, `busy`, `error`; `onAccessKeyRenameRequest`, `onAccessKeyDialogClosed`. */
export const RenameKeyDialog = createComponent({
  tagName: 'rename-key-dialog',
  elementClass: RenameKeyDialogElement,
  react: React,
  events: events('access-key-rename-request', 'access-key-dialog-closed'),
});

/** `<remove-expired-keys-dialog>`: `open`, `keys`, `removed`; `onAccessKeyRemoveExpiredRequest`, `onAccessKeyDialogClosed`. */
export const RemoveExpiredKeysDialog = createComponent({
  tagName: 'remove-expired-keys-dialog',
  elementClass: RemoveExpiredKeysDialogElement,
  react: React,
  events: events('access-key-remove-expired-request', 'access-key-dialog-closed'),
});

export type {} from './jsx.js';
