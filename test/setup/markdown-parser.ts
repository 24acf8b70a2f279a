// Node tests build views directly, as the server renderer and the CLI do: marked is loaded first, as they load it
// (in the browser, the element loads it only for a policy whose Markdown has markup).
import { loadMarkdownParser } from '../../src/view/index.js';

await loadMarkdownParser();
