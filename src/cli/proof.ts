import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { policyHash } from '../model/hash.js';
import { DEFAULT_MAX_BYTES } from '../model/index.js';
import { readValidPolicy, shownAs } from './check-file.js';
import { usageError } from './usage.js';

export const HASH_USAGE = `Usage: privacy-notice hash FILE...

Prints the SHA-256 of each valid policy's canonical form (RFC 8785 JSON Canonicalization Scheme of the validated
document): the value the element puts in getConsent(), the saved consent record, every consent event and the
consent receipt as policyHash. Whitespace, key order and number spelling do not change it; any change to what the
policy says does. Keep the files you publish (or a git tag) so a receipt can be checked years later.

  -h, --help  show this help

FILE may be - for standard input.

Exit status: 0 every file hashed, 1 a policy is invalid, 2 usage or I/O error.`;

export const VERIFY_RECEIPT_USAGE = `Usage: privacy-notice verify-receipt RECEIPT POLICY

Checks that a consent receipt (getConsentReceipt(), a Kantara Consent Receipt with privacy-notice's policyHash)
was made for exactly this policy: the receipt's policyHash must be the policy's hash.

  -h, --help  show this help

Exit status: 0 the receipt was made for this policy, 1 it was not (the reason is printed), 2 usage or I/O error.`;

function positionals(args: string[], usage: string, command: string, err: (line: string) => void) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err(usageError((error as Error).message, usage, command));
    return undefined;
  }
}

/** `privacy-notice hash FILE...`: one line per file, `sha256:…  FILE`, as sha256sum writes them. */
export async function runHash(args: string[], out: (line: string) => void, err: (line: string) => void) {
  const parsed = positionals(args, HASH_USAGE, 'hash', err);
  if (!parsed) return 2;
  if (parsed.values.help) return (out(HASH_USAGE), 0);
  if (parsed.positionals.length === 0)
    return (err(usageError('hash needs at least one FILE (or - for standard input)', HASH_USAGE, 'hash')), 2);
  let status = 0;
  for (const file of parsed.positionals) {
    const valid = await readValidPolicy(file, DEFAULT_MAX_BYTES, err, 'hashed');
    if (typeof valid === 'number') status = Math.max(status, valid);
    else out(`${policyHash(valid.policy.document)}  ${shownAs(file)}`);
  }
  return status;
}

/** `privacy-notice verify-receipt RECEIPT POLICY`. */
export async function runVerifyReceipt(args: string[], out: (line: string) => void, err: (line: string) => void) {
  const parsed = positionals(args, VERIFY_RECEIPT_USAGE, 'verify-receipt', err);
  if (!parsed) return 2;
  if (parsed.values.help) return (out(VERIFY_RECEIPT_USAGE), 0);
  if (parsed.positionals.length !== 2)
    return (
      err(usageError('verify-receipt needs a RECEIPT and a POLICY file', VERIFY_RECEIPT_USAGE, 'verify-receipt')),
      2
    );
  const [receiptFile, policyFile] = parsed.positionals as [string, string];
  let receipt: unknown;
  try {
    receipt = JSON.parse(await readFile(receiptFile, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return (
      err(
        `${receiptFile}: error: ${code === 'ENOENT' ? 'no such file' : code ? `cannot be read (${code})` : 'is not JSON'}`,
      ),
      2
    );
  }
  const claimed = (receipt as { policyHash?: unknown } | null)?.policyHash;
  if (typeof claimed !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(claimed))
    return (
      err(
        `${receiptFile}: not verified: the receipt has no policyHash (sha256:…): it was made by an older privacy-notice, or changed since`,
      ),
      1
    );
  const valid = await readValidPolicy(policyFile, DEFAULT_MAX_BYTES, err, 'verified');
  if (typeof valid === 'number') return valid;
  const actual = policyHash(valid.policy.document);
  if (actual !== claimed)
    return (
      err(
        `${receiptFile}: not verified: the receipt was made for the policy ${claimed}, and ${shownAs(policyFile)} is ${actual}: it is another text (another version, or changed since)`,
      ),
      1
    );
  out(`${receiptFile}: verified: made for ${shownAs(policyFile)} (${actual})`);
  return 0;
}
