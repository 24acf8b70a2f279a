import { define } from '../../define.js';
import { PrivacyNoticeElement } from './privacy-notice.component.js';

export { PrivacyNoticeElement };
define('privacy-notice', PrivacyNoticeElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-notice': PrivacyNoticeElement;
  }
}
