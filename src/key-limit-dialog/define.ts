import { defineElement } from '../internal/define.js';
import { KeyLimitDialogElement } from './key-limit-dialog.js';

export { KeyLimitDialogElement };

defineElement('key-limit-dialog', KeyLimitDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'key-limit-dialog': KeyLimitDialogElement;
  }
}
