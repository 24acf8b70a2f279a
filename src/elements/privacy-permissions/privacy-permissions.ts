import { define } from '../../define.js';
import { PrivacyPermissionsElement } from './privacy-permissions.component.js';

export { PrivacyPermissionsElement };
define('privacy-permissions', PrivacyPermissionsElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-permissions': PrivacyPermissionsElement;
  }
}
