import { defineElement } from '../internal/define.js';
import { RevealKeyDialogElement } from './reveal-key-dialog.js';

export { RevealKeyDialogElement };

defineElement('reveal-key-dialog', RevealKeyDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'reveal-key-dialog': RevealKeyDialogElement;
  }
}
