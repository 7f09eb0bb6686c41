import '../access-key-bar/define.js';
import '../generate-key-dialog/define.js';
import '../key-limit-dialog/define.js';
import '../regenerate-key-dialog/define.js';
import '../remove-expired-keys-dialog/define.js';
import '../remove-key-dialog/define.js';
import '../rename-key-dialog/define.js';
import '../reveal-key-dialog/define.js';
import { defineElement } from '../internal/define.js';
import { AccessKeySectionElement } from './access-key-section.js';

export { AccessKeySectionElement };

defineElement('access-key-section', AccessKeySectionElement);

declare global {
  interface HTMLElementTagNameMap {
    'access-key-section': AccessKeySectionElement;
  }
}
