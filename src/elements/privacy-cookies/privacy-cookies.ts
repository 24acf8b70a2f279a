import { define } from '../../define.js';
import { PrivacyCookiesElement } from './privacy-cookies.component.js';

export { PrivacyCookiesElement };
define('privacy-cookies', PrivacyCookiesElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-cookies': PrivacyCookiesElement;
  }
}
