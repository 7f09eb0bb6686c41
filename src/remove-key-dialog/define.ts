import { defineElement } from '../internal/define.js';
import { RemoveKeyDialogElement } from './remove-key-dialog.js';

export { RemoveKeyDialogElement };

defineElement('remove-key-dialog', RemoveKeyDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'remove-key-dialog': RemoveKeyDialogElement;
  }
}
