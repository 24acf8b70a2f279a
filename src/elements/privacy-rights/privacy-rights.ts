import { define } from '../../define.js';
import { PrivacyRightsElement } from './privacy-rights.component.js';

export { PrivacyRightsElement };
define('privacy-rights', PrivacyRightsElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-rights': PrivacyRightsElement;
  }
}
