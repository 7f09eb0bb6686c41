import { defineElement } from '../internal/define.js';
import { GenerateKeyDialogElement } from './generate-key-dialog.js';

export { GenerateKeyDialogElement };

defineElement('generate-key-dialog', GenerateKeyDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'generate-key-dialog': GenerateKeyDialogElement;
  }
}
