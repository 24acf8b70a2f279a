// Issue 19: the companion-app cookbook's Swift and Kotlin files (examples/companion/) cannot be compiled here (no iOS
// or Android SDK), so they are read against the bridge schema: they handle every message the page sends, send only
// messages the page takes, write only fields the schema has, read only fields the page sends, and keep the checks
// and settings the cookbook promises. The React Native files run against the real page in test/e2e/companion.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const schema = JSON.parse(read('schemas/bridge.schema.json'));

type Node = { $ref?: string; oneOf?: Node[]; properties?: Record<string, Node>; items?: Node; const?: string };
const resolve = (node: Node): Node => (node.$ref ? resolve(schema.$defs[node.$ref.split('/').pop()!]) : node);

/** The message types under a definition, and every field name its messages may carry (nested ones too). */
function vocabulary(name: string): { types: Set<string>; fields: Set<string> } {
  const types = new Set<string>();
  const fields = new Set<string>();
  const walk = (raw: Node, top: boolean) => {
    const node = resolve(raw);
    node.oneOf?.forEach((n) => walk(n, top));
    if (top && node.properties?.type?.const) types.add(node.properties.type.const);
    for (const [key, value] of Object.entries(node.properties ?? {})) {
      fields.add(key);
      walk(value, false);
    }
    if (node.items) walk(node.items, false);
  };
  walk({ $ref: `#/$defs/${name}` }, true);
  return { types, fields };
}
const page = vocabulary('PageMessage');
const app = vocabulary('AppMessage');

const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
const outside = (list: string[], allowed: Set<string>) => [...new Set(list)].filter((x) => !allowed.has(x));

const PLATFORMS = [
  {
    name: 'iOS (Swift)',
    file: 'examples/companion/ios/PrivacyNoticeViewController.swift',
    handled: /case "([a-z-]+)":/g,
    sent: /"type": "([a-z-]+)"/g,
    written: /(?:[[,] ?|answer\[)"(\w+)"(?:: |\] =)/g, // dictionary entries, and answer["state"] = ...
    read: /(?:msg|p)\["(\w+)"\]/g,
    promises: [/isMainFrame/, /securityOrigin/, /willEnterForegroundNotification/, /setURLSchemeHandler/, /\.default\(\)/],
  },
  {
    name: 'Android (Kotlin)',
    file: 'examples/companion/android/PrivacyNoticeActivity.kt',
    handled: /"([a-z-]+)" -> \{/g,
    sent: /envelope\("([a-z-]+)"\)/g,
    written: /\.put\("(\w+)"/g,
    read: /(?:msg|request|it)\.(?:get|opt)(?:String|Int|Boolean|JSONArray|JSONObject)\("(\w+)"\)/g,
    promises: [
      /isMainFrame/,
      /addWebMessageListener\(webView, "privacyNotice", setOf\(ORIGIN\)\)/,
      /javaScriptEnabled = true/,
      /domStorageEnabled = true/,
      /WebViewAssetLoader/,
      /override fun onResume/,
    ],
  },
];

describe('the companion-app cookbook against the bridge schema', () => {
  for (const platform of PLATFORMS) {
    const text = read(platform.file);
    it(`${platform.name}: handles every message of the page, and sends only what the page takes`, () => {
      assert.deepEqual(outside([...page.types], new Set(all(text, platform.handled))), [], 'page messages not handled');
      const sent = all(text, platform.sent);
      assert.deepEqual(new Set(sent), app.types, 'the app sends both permission-state and permission-result');
    });

    it(`${platform.name}: writes only fields of app messages, and reads only fields of page messages`, () => {
      assert.deepEqual(outside(all(text, platform.written), app.fields), []);
      const read = all(text, platform.read);
      assert.ok(read.length >= 8, `reads the page's messages (${read.join()})`);
      assert.deepEqual(outside(read, page.fields), []);
    });

    it(`${platform.name}: checks where a message comes from, keeps choices, and refreshes on return`, () => {
      for (const promise of platform.promises) assert.match(text, promise);
    });
  }

  it('a field the schema lacks is caught (the check itself works)', () => {
    assert.deepEqual(outside(all('.put("requestID", x)', PLATFORMS[1]!.written), app.fields), ['requestID']);
    assert.deepEqual(outside(all('msg["granted"] msg["grant"]', PLATFORMS[0]!.read), page.fields), ['grant']);
  });
});
