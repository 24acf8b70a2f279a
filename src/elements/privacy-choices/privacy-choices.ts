import { define } from '../../define.js';
import { PrivacyChoicesElement } from './privacy-choices.component.js';

export { PrivacyChoicesElement };
define('privacy-choices', PrivacyChoicesElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-choices': PrivacyChoicesElement;
  }
}
