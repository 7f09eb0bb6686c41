import { defineElement } from '../internal/define.js';
import { RenameKeyDialogElement } from './rename-key-dialog.js';

export { RenameKeyDialogElement };

defineElement('rename-key-dialog', RenameKeyDialogElement);

declare global {
  interface HTMLElementTagNameMap {
    'rename-key-dialog': RenameKeyDialogElement;
  }
}
