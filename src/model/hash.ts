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
  const text = canonicalize(document);
  if (text === undefined) throw new Error('the policy has no JSON form');
  return text;
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
