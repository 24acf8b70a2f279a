// The script-tag entry: `<script type="module" src="privacy-notice.js">` registers every element of the library.
import './elements/privacy-notice/privacy-notice.js';

export * from './index.js';
