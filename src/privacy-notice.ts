// The script-tag entry: `<script type="module" src="privacy-notice.js">` registers every element of the library.
import './elements/privacy-notice/privacy-notice.js';
import './elements/privacy-rights/privacy-rights.js';
import './elements/privacy-summary/privacy-summary.js';
import './elements/privacy-cookies/privacy-cookies.js';
import './elements/privacy-permissions/privacy-permissions.js';
import './elements/privacy-choices/privacy-choices.js';

export * from './api.js';
