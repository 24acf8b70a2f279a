import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import type { PrivacyPolicyDocument } from './policy.generated.js';

/**
 * Proof of which text a reader was shown: the JSON Canonicalization Scheme (RFC 8785) form of a validated policy
 * document and its SHA-256. Two files that differ only in whitespace, key order or number spelling have one hash;
 * changing one character of what the policy says changes it. canonicalize is the scheme's reference implementation
 * (by the RFC's co-author), @noble/hashes an audited SHA-256 that runs alike in node and in any browser page (Web
 * Crypto's digest is missing outside secure contexts, and asynchronous).
 */
export function canonicalPolicy(document: PrivacyPolicyDocument | unknown): string {
  let text: string | undefined;
  try {
    text = canonicalize(document);
  } catch {
    // RFC 8785 has no form for a lone surrogate ("\ud800" is valid JSON, invalid Unicode, and the notice shows such
    // text): it is canonicalized as U+FFFD, here and in the command alike.
    text = canonicalize(wellFormed(document));
  }
  if (text === undefined) throw new Error('the policy has no JSON form');
  return text;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** String.prototype.toWellFormed, for the webviews that lack it (Safari before 16.4). */
const toWellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** A copy of a JSON value with each lone surrogate of its strings (keys too) replaced by U+FFFD. */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [toWellFormed(k), wellFormed(v)]));
  return value;
}

const hashes = new WeakMap<object, string>();

/** `sha256:` and the hex SHA-256 of {@link canonicalPolicy}; worked out once per document object. */
export function policyHash(document: PrivacyPolicyDocument | object): string {
  let hash = hashes.get(document);
  if (hash === undefined) {
    hash = `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalPolicy(document))))}`;
    hashes.set(document, hash);
  }
  return hash;
}
