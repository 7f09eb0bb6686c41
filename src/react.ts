// JSX typings for React 19, which sets properties and listens to custom events on custom elements natively.
// Use with `import type {} from 'access-key-elements/react';` once in a React project.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { AccessKeyBarElement } from './access-key-bar/access-key-bar.js';
import type { AccessKeySectionElement } from './access-key-section/access-key-section.js';
import type {
  AccessKeyBarRemoveEvent,
  AccessKeyCopiedEvent,
  AccessKeyErrorEvent,
  AccessKeyGeneratedEvent,
  AccessKeyLimitReachedEvent,
  AccessKeyRemovedEvent,
  DialogCloseEvent,
  GenerateKeyRequestEvent,
  RemoveKeyRequestEvent,
} from './events.js';
import type { GenerateKeyDialogElement } from './generate-key-dialog/generate-key-dialog.js';
import type { KeyLimitDialogElement } from './key-limit-dialog/key-limit-dialog.js';
import type { RemoveKeyDialogElement } from './remove-key-dialog/remove-key-dialog.js';
import type { RevealKeyDialogElement } from './reveal-key-dialog/reveal-key-dialog.js';

/** The events every element can send up (they bubble and are composed); React 19 takes `on<event-name>` props. */
interface AccessKeyEventProps {
  'onaccess-key-generated'?: (event: AccessKeyGeneratedEvent) => void;
  'onaccess-key-removed'?: (event: AccessKeyRemovedEvent) => void;
  'onaccess-key-copied'?: (event: AccessKeyCopiedEvent) => void;
  'onaccess-key-limit-reached'?: (event: AccessKeyLimitReachedEvent) => void;
  'onaccess-key-error'?: (event: AccessKeyErrorEvent) => void;
}

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
        Common | 'api' | 'limit' | 'headingLevel' | 'timeZone',
        { 'heading-level'?: number; 'time-zone'?: string; 'product-name'?: string }
      >;
      'access-key-bar': Props<
        AccessKeyBarElement,
        Common | 'key' | 'removing' | 'timeZone',
        { 'onaccess-key-bar-remove'?: (event: AccessKeyBarRemoveEvent) => void }
      >;
      'generate-key-dialog': Props<
        GenerateKeyDialogElement,
        DialogProps | 'busy' | 'error' | 'timeZone',
        {
          'ongenerate-key-request'?: (event: GenerateKeyRequestEvent) => void;
          onclose?: (event: DialogCloseEvent) => void;
        }
      >;
      'reveal-key-dialog': Props<RevealKeyDialogElement, DialogProps, { onclose?: (event: DialogCloseEvent) => void }>;
      'remove-key-dialog': Props<
        RemoveKeyDialogElement,
        DialogProps | 'key' | 'busy' | 'error',
        {
          'onremove-key-request'?: (event: RemoveKeyRequestEvent) => void;
          onclose?: (event: DialogCloseEvent) => void;
        }
      >;
      'key-limit-dialog': Props<KeyLimitDialogElement, DialogProps, { onclose?: (event: DialogCloseEvent) => void }>;
    }
  }
}

export {};
