import { defineElement } from '../internal/define.js';
import { RegenerateKeyDialogElement } from './regenerate-key-dialog.js';

export { RegenerateKeyDialogElement };

defineElement('regenerate-key-dialog', RegenerateKeyDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'regenerate-key-dialog': RegenerateKeyDialogElement;
  }
}
