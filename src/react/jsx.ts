// JSX typings for the plain tags in React 19, which sets properties and listens to custom events on custom elements
// natively (React 18 needs the components in ./index.ts). Part of access-key-elements/react.

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AccessKeyBarElement } from '../access-key-bar/access-key-bar.js';
import type { AccessKeySectionElement } from '../access-key-section/access-key-section.js';
import type { AccessKeyEventMap } from '../events.js';
import type { GenerateKeyDialogElement } from '../generate-key-dialog/generate-key-dialog.js';
import type { KeyLimitDialogElement } from '../key-limit-dialog/key-limit-dialog.js';
import type { RegenerateKeyDialogElement } from '../regenerate-key-dialog/regenerate-key-dialog.js';
import type { RemoveExpiredKeysDialogElement } from '../remove-expired-keys-dialog/remove-expired-keys-dialog.js';
import type { RemoveKeyDialogElement } from '../remove-key-dialog/remove-key-dialog.js';
import type { RenameKeyDialogElement } from '../rename-key-dialog/rename-key-dialog.js';
import type { RevealKeyDialogElement } from '../reveal-key-dialog/reveal-key-dialog.js';

/** React 19 takes `on<event-name>` props for custom events: one per entry of the library's event map. */
type AccessKeyEventProps = {
  [Name in keyof AccessKeyEventMap as `on${Name}`]?: (event: AccessKeyEventMap[Name]) => void;
};

type Props<E extends HTMLElement, P extends keyof E, Extra = object> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, P>> &
  AccessKeyEventProps &
  Extra;

type Common = 'messages' | 'locale' | 'productName';
type DialogProps = Common | 'open';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'access-key-section': Props<
        AccessKeySectionElement,
        | Common
        | 'api'
        | 'keys'
        | 'limit'
        | 'headingLevel'
        | 'timeZone'
        | 'expiryPresets'
        | 'maxLifetimeDays'
        | 'defaultExpiry'
        | 'graceHours'
        | 'expiresSoonDays',
        {
          'heading-level'?: number;
          'time-zone'?: string;
          'product-name'?: string;
          'max-lifetime-days'?: number;
          'default-expiry'?: string;
          'expires-soon-days'?: number;
        }
      >;
      'access-key-bar': Props<AccessKeyBarElement, Common | 'key' | 'actions' | 'timeZone' | 'expiresSoonDays'>;
      'generate-key-dialog': Props<
        GenerateKeyDialogElement,
        DialogProps | 'busy' | 'error' | 'timeZone' | 'expiryPresets' | 'maxLifetimeDays' | 'defaultExpiry'
      >;
      'regenerate-key-dialog': Props<
        RegenerateKeyDialogElement,
        DialogProps | 'key' | 'busy' | 'error' | 'timeZone' | 'expiryPresets' | 'maxLifetimeDays' | 'graceHours'
      >;
      'rename-key-dialog': Props<RenameKeyDialogElement, DialogProps | 'key' | 'busy' | 'error'>;
      'remove-expired-keys-dialog': Props<RemoveExpiredKeysDialogElement, DialogProps | 'keys' | 'removed' | 'busy' | 'error'>;
      'reveal-key-dialog': Props<RevealKeyDialogElement, DialogProps>;
      'remove-key-dialog': Props<RemoveKeyDialogElement, DialogProps | 'key' | 'busy' | 'error'>;
      'key-limit-dialog': Props<KeyLimitDialogElement, DialogProps>;
    }
  }
}

export {};
