import { defineElement } from '../internal/define.js';
import { AccessKeyBarElement } from './access-key-bar.js';

export { AccessKeyBarElement };

defineElement('access-key-bar', AccessKeyBarElement);

declare global {
  interface HTMLElementTagNameMap {
    'access-key-bar': AccessKeyBarElement;
  }
}
