import { defineElement } from '../internal/define.js';
import { RemoveExpiredKeysDialogElement } from './remove-expired-keys-dialog.js';

export { RemoveExpiredKeysDialogElement };

defineElement('remove-expired-keys-dialog', RemoveExpiredKeysDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'remove-expired-keys-dialog': RemoveExpiredKeysDialogElement;
  }
}
