import { define } from '../../define.js';
import { PrivacySummaryElement } from './privacy-summary.component.js';

export { PrivacySummaryElement };
define('privacy-summary', PrivacySummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-summary': PrivacySummaryElement;
  }
}
