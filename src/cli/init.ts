import { constants } from 'node:fs';
import { access, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { lintPolicy } from '../lint/index.js';
import { applicableRights } from '../lint/rights-by-basis.js';
import { nearestValue } from '../model/humanize.js';
import { SCHEMA_VERSION, validatePolicy, type LegalBasisId } from '../model/index.js';
import { usageError } from './usage.js';

export const INIT_USAGE = `Usage: privacy-notice init [FILE] [--force]

Asks what a privacy notice must say and writes a starter policy with your answers (default privacy.json): the
controller and its privacy contact, each purpose with its legal basis and how long its data is kept, whether
readers must provide data, automated decisions, where data is stored, a supervisory authority, and the rights that apply under your
legal bases (after W3C DPV), each exercised by e-mail. Nothing is written that you did not answer. The result
is validated and linted; edit it, then run privacy-notice lint FILE.

  --force     replace FILE when it exists
  -h, --help  show this help

Exit status: 0 written, 1 not written (FILE exists, or the answers ran out), 2 usage error.`;

const BASES: readonly LegalBasisId[] = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
];
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

class AnswersRanOut extends Error {}

/** Lower-case words joined by hyphens, as the schema's ids: "Müller & Söhne GmbH" -> "muller-sohne-gmbh". */
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // the accents NFKD took apart
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'policy';

/**
 * `privacy-notice init`: the questions, one per line of standard input (a terminal, or answers piped in), then the
 * policy written. Never throws: every failure is an exit status and a message.
 */
export async function runInit(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  let values: { force?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    }));
    if (positionals.length > 1) throw new Error('init takes at most one FILE');
  } catch (error) {
    err(usageError((error as Error).message, INIT_USAGE, 'init'));
    return 2;
  }
  if (values.help) return (out(INIT_USAGE), 0);
  const file = positionals[0] ?? 'privacy.json';
  if (
    !values.force &&
    (await access(file, constants.F_OK).then(
      () => true,
      () => false,
    ))
  ) {
    err(`${file}: error: already exists; choose another FILE or add --force to replace it`);
    return 1;
  }

  const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
  const ask = async (question: string, check?: (answer: string) => string | undefined): Promise<string> => {
    for (;;) {
      out(question);
      const next = await lines.next();
      if (next.done) throw new AnswersRanOut(question.trim());
      const answer = String(next.value).trim();
      const problem = check?.(answer);
      if (!problem) return answer;
      out(`  ${problem}`);
    }
  };
  const required = (what: string) => (answer: string) => (answer ? undefined : `${what} is needed.`);
  const yes = async (question: string) => /^(y|yes|j|ja|o|oui|s|si|sí)$/i.test(await ask(question));

  let policy: Record<string, unknown>;
  try {
    const name = await ask('Organisation responsible for the data (the controller): ', required('A name'));
    const email = await ask('Privacy contact e-mail: ', (a) =>
      EMAIL.test(a) ? undefined : 'An e-mail address is needed.',
    );
    const address = await ask('Postal address, as one line (optional): ');
    const language =
      (await ask('Language of the policy [en]: ', (a) =>
        !a || TAG.test(a) ? undefined : 'A language tag such as en, fr or pt-BR.',
      )) || 'en';
    const title =
      (await ask(
        language === 'en' ? 'Title [Privacy policy]: ' : 'Title of the policy, in its language: ',
        language === 'en' ? undefined : required('A title'),
      )) || 'Privacy policy';

    const purposes: Array<Record<string, unknown>> = [];
    for (;;) {
      const n = purposes.length + 1;
      const label = await ask(
        `Purpose ${n}: what do you use personal data for? (a short label${n > 1 ? '; empty to finish' : ''}): `,
        n === 1 ? required('At least one purpose') : undefined,
      );
      if (!label) break;
      const description = await ask('  In a sentence or two: ', required('A description'));
      const basis = await ask(`  Legal basis (${BASES.join(', ')}): `, (a) => {
        if (BASES.includes(a as LegalBasisId)) return undefined;
        const near = nearestValue(a, BASES);
        return `One of ${BASES.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`;
      });
      const kept = await ask(
        '  How long is its data kept? (P3Y for three years, P6M for six months, or a sentence): ',
        required('How long the data is kept'),
      );
      let id = slug(label);
      for (let k = 2; purposes.some((p) => p.id === id); k++) id = `${slug(label)}-${k}`; // ids must be unique
      purposes.push({
        id,
        label,
        description,
        legalBases: [basis],
        retention: DURATION.test(kept) ? { duration: kept } : { criterion: kept },
      });
    }
    const provision = await ask(
      'Must readers provide personal data, and what happens if they do not? (a sentence): ',
      required('This statement (GDPR Art. 13(2)(e))'),
    );
    const automated = await yes(
      'Are decisions with legal or similarly significant effects made about people by automated means alone? [y/N]: ',
    );
    const shared = await yes('Do you give personal data to anyone else (service providers, partners)? [y/N]: ');
    const stored = (
      await ask('Countries where personal data is stored (ISO codes such as DE FR, or EEA; optional): ', (a) =>
        a.split(/[\s,]+/).every((code) => !code || /^(?:[A-Za-z]{2}|EEA|EU|eea|eu)$/.test(code))
          ? undefined
          : 'Two-letter country codes (DE, FR...), EEA or EU, separated by spaces.',
      )
    )
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase());
    const authority = await ask('Supervisory authority readers can complain to (its name, optional): ');
    const authorityUrl = authority
      ? await ask('  Its website (https://…): ', (a) =>
          !a || /^https?:\/\/\S+$/.test(a) ? undefined : 'A URL starting with https://.',
        )
      : '';

    const bases = purposes.map((p) => (p.legalBases as LegalBasisId[])[0]!);
    policy = {
      $schema: 'https://unpkg.com/privacy-notice/schemas/privacy-policy.schema.json',
      schemaVersion: SCHEMA_VERSION,
      id: slug(name),
      defaultLanguage: language,
      title,
      lastUpdated: new Date().toISOString().slice(0, 10),
      controller: { name, email, ...(address ? { address: { lines: [address] } } : {}) },
      ...(authority
        ? { supervisoryAuthorities: [{ name: authority, ...(authorityUrl ? { url: authorityUrl } : {}) }] }
        : {}),
      purposes,
      ...(shared ? {} : { noRecipients: true }),
      ...(stored.length ? { internationalTransfers: { storageLocations: [...new Set(stored)] } } : {}),
      provisionRequirement: provision,
      automatedDecisionMaking: { used: automated },
      rightsExercise: { channels: [{ type: 'email', email }] },
      rights: applicableRights(bases).map((r) => ({ id: r.right })),
    };
  } catch (error) {
    if (!(error instanceof AnswersRanOut)) throw error;
    err(`${file}: not written: the answers ran out at "${error.message}"`);
    return 1;
  }

  const result = validatePolicy(policy);
  if (!result.ok) {
    for (const e of result.errors) err(`${file}: error: ${e.pointer}: ${e.message}`);
    err(`${file}: not written: the answers do not make a valid policy.`);
    return 1;
  }
  await writeFile(file, `${JSON.stringify(policy, null, 2)}\n`, 'utf8');
  const findings = lintPolicy(result.policy);
  const errors = findings.filter((f) => f.severity === 'error').length;
  out(
    `Wrote ${file}: a valid policy; lint finds ${errors} error${errors === 1 ? '' : 's'} and ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}. Next: privacy-notice lint ${file}`,
  );
  return 0;
}
