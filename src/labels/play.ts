import { LabelFileError } from './apple.js';
import { csvLine, parseCsv } from './csv.js';
import type { LabelNote, PolicyLabelFacts } from './facts.js';
import {
  DATA_TYPES,
  PLAY_DATA_TYPES,
  PLAY_HEADER,
  PLAY_PURPOSES,
  PLAY_QUESTIONS,
  PURPOSES,
  type PlayRow,
} from './vocabulary.js';

/** Play's answers about one data type. */
export interface PlayTypeAnswer {
  collected: boolean;
  shared: boolean;
  ephemeral: boolean;
  optional: boolean;
  /** Play purpose ids, in the form's order. */
  collectionPurposes: string[];
  sharingPurposes: string[];
}

/** What a Data safety form says: the app-wide answers and one answer per data type it declares. */
export interface PlayLabel {
  collects: boolean;
  encryptedInTransit?: boolean;
  deletion?: 'DATA_DELETION_YES' | 'DATA_DELETION_NO' | 'DATA_DELETION_NO_AUTO_DELETED';
  dataDeletionUrl?: string;
  accountDeletionUrl?: string;
  /** By Play data type id (PSL_EMAIL...), in the form's order. */
  types: Map<string, PlayTypeAnswer>;
}

const USAGE = 'PSL_DATA_USAGE_RESPONSES';
const COLLECTION_AND_SHARING = 'PSL_DATA_USAGE_COLLECTION_AND_SHARING';
const EPHEMERAL = 'PSL_DATA_USAGE_EPHEMERAL';
const USER_CONTROL = 'DATA_USAGE_USER_CONTROL';
const COLLECTION_PURPOSE = 'DATA_USAGE_COLLECTION_PURPOSE';
const SHARING_PURPOSE = 'DATA_USAGE_SHARING_PURPOSE';

const TYPE_IDS = PLAY_DATA_TYPES.flatMap(([, , types]) => types.map(([id]) => id));
const PURPOSE_IDS = PLAY_PURPOSES.map(([id]) => id);
const typeLabel = new Map(
  PLAY_DATA_TYPES.flatMap(([, group, types]) => types.map(([id, l]) => [id, `${group} / ${l}`])),
);
const typeGroup = new Map(PLAY_DATA_TYPES.flatMap(([question, , types]) => types.map(([id]) => [id, question])));
const purposeLabel = new Map(PLAY_PURPOSES);

/** Every row of Play's Data safety CSV, in the order of the Console's export. */
export function playTemplate(): PlayRow[] {
  const usage = (type: string): PlayRow[] => {
    const q = (part: string) => `${USAGE}:${type}:${part}`;
    const label = (what: string) => `Data usage and handling (${typeLabel.get(type)!.split(' / ')[1]}) / ${what}`;
    return [
      [q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_COLLECTED', 'MULTIPLE_CHOICE', label('Collected')],
      [q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_SHARED', 'MULTIPLE_CHOICE', label('Shared')],
      [q(EPHEMERAL), '', 'MAYBE_REQUIRED', label('Is this data processed ephemerally?')],
      [
        q(USER_CONTROL),
        'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL',
        'SINGLE_CHOICE',
        label('Users can choose whether this data is collected'),
      ],
      [q(USER_CONTROL), 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED', 'SINGLE_CHOICE', label('Data collection is required')],
      ...PURPOSE_IDS.map((p): PlayRow => [
        q(COLLECTION_PURPOSE),
        p,
        'MULTIPLE_CHOICE',
        label(`Why is this data collected? / ${purposeLabel.get(p)}`),
      ]),
      ...PURPOSE_IDS.map((p): PlayRow => [
        q(SHARING_PURPOSE),
        p,
        'MULTIPLE_CHOICE',
        label(`Why is this data shared? / ${purposeLabel.get(p)}`),
      ]),
    ];
  };
  return [
    ...PLAY_QUESTIONS,
    ...TYPE_IDS.map((id): PlayRow => [typeGroup.get(id)!, id, 'MULTIPLE_CHOICE', typeLabel.get(id)!]),
    ...TYPE_IDS.flatMap(usage),
  ];
}

/** The Data safety answers the policy gives, and what it cannot say in Play's terms. */
export function playLabel(facts: PolicyLabelFacts): { label: PlayLabel; notes: LabelNote[] } {
  const notes: LabelNote[] = [...facts.unlinkedThirdParties];
  const types = new Map<string, PlayTypeAnswer>();
  for (const type of facts.types) {
    const id = DATA_TYPES[type.type].play;
    if (!id) {
      notes.push({
        pointer: '',
        message: `store data type "${type.type}" (data categories ${type.categories.join(', ')}) has no Play data type: add the nearest one to those categories' "storeTypes".`,
      });
      continue;
    }
    const playPurposes = (list: typeof type.purposes) =>
      list.map((p) => PURPOSES[p].play).filter((p): p is string => p !== null);
    for (const p of type.purposes)
      if (PURPOSES[p].play === null)
        notes.push({ pointer: '', message: `store purpose "${p}" has no Play purpose; it is left out of ${id}.` });
    const answer = types.get(id) ?? {
      collected: true,
      shared: false,
      ephemeral: true,
      optional: true,
      collectionPurposes: [],
      sharingPurposes: [],
    };
    answer.shared ||= type.shared;
    answer.ephemeral &&= type.ephemeral;
    answer.optional &&= type.optional;
    answer.collectionPurposes = PURPOSE_IDS.filter(
      (p) => answer.collectionPurposes.includes(p) || playPurposes(type.purposes).includes(p),
    );
    answer.sharingPurposes = PURPOSE_IDS.filter(
      (p) => answer.sharingPurposes.includes(p) || playPurposes(type.sharedPurposes).includes(p),
    );
    types.set(id, answer);
  }
  const collects = types.size > 0 || facts.notes.some((n) => n.pointer.startsWith('/dataCategories'));
  if (collects && facts.encryptedInTransit === undefined)
    notes.push({
      pointer: '/dataSecurity',
      message:
        'Play asks whether all data is encrypted in transit: set "dataSecurity": { "encryptedInTransit": true } (or false).',
    });
  const ordered = new Map(TYPE_IDS.filter((id) => types.has(id)).map((id) => [id, types.get(id)!]));
  return {
    label: {
      collects,
      ...(collects && facts.encryptedInTransit !== undefined ? { encryptedInTransit: facts.encryptedInTransit } : {}),
      ...(collects ? { deletion: facts.deletion.supported ? 'DATA_DELETION_YES' : 'DATA_DELETION_NO' } : {}),
      ...(collects && facts.deletion.dataUrl ? { dataDeletionUrl: facts.deletion.dataUrl } : {}),
      ...(collects && facts.deletion.accountUrl ? { accountDeletionUrl: facts.deletion.accountUrl } : {}),
      types: ordered,
    },
    notes,
  };
}

const key = (question: string, response: string) => `${question}\u0000${response}`;

/** The answers as `question\0response` -> value, for the template's rows. */
function answers(label: PlayLabel): Map<string, string> {
  const values = new Map<string, string>();
  const yes = (q: string, r = '') => values.set(key(q, r), 'true');
  values.set(key('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', ''), String(label.collects));
  if (label.encryptedInTransit !== undefined)
    values.set(key('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', ''), String(label.encryptedInTransit));
  if (label.deletion) yes('PSL_SUPPORT_DATA_DELETION_BY_USER', label.deletion);
  if (label.dataDeletionUrl) values.set(key('PSL_DATA_DELETION_URL', ''), label.dataDeletionUrl);
  if (label.accountDeletionUrl) values.set(key('PSL_ACCOUNT_DELETION_URL', ''), label.accountDeletionUrl);
  for (const [id, a] of label.types) {
    const q = (part: string) => `${USAGE}:${id}:${part}`;
    yes(typeGroup.get(id)!, id);
    if (a.collected) yes(q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_COLLECTED');
    if (a.shared) yes(q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_SHARED');
    values.set(key(q(EPHEMERAL), ''), String(a.ephemeral));
    yes(q(USER_CONTROL), a.optional ? 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL' : 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED');
    a.collectionPurposes.forEach((p) => yes(q(COLLECTION_PURPOSE), p));
    a.sharingPurposes.forEach((p) => yes(q(SHARING_PURPOSE), p));
  }
  return values;
}

/** The Play Console's Data safety CSV: its header, then every row of the form, answered where the label says. */
export function playCsv(label: PlayLabel): string {
  const values = answers(label);
  return (
    [
      PLAY_HEADER,
      ...playTemplate().map(([q, r, requirement, l]) => [q, r, values.get(key(q, r)) ?? '', requirement, l]),
    ]
      .map(csvLine)
      .join('\n') + '\n'
  );
}

/**
 * Reads a Data safety CSV as the Play Console exports it (any subset of its rows, in any order); checks the header
 * and every question and response id. Throws LabelFileError naming the line.
 */
export function parsePlayCsv(text: string): PlayLabel {
  const [header, ...rows] = parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
  if (!header || PLAY_HEADER.some((h, i) => header[i]?.trim() !== h))
    throw new LabelFileError(`line 1: the header must be "${PLAY_HEADER.join(',')}"`);
  const known = new Set(playTemplate().map(([q, r]) => key(q, r)));
  // Older exports answer "both collected and shared" with one response.
  const both = (q: string) => q.endsWith(`:${COLLECTION_AND_SHARING}`);
  const values = new Map<string, string>();
  rows.forEach(([q = '', r = '', value = ''], i) => {
    if (both(q) && r === 'PSL_DATA_USAGE_BOTH_COLLECTED_AND_SHARED') {
      if (/^true$/i.test(value.trim())) {
        values.set(key(q, 'PSL_DATA_USAGE_ONLY_COLLECTED'), 'true');
        values.set(key(q, 'PSL_DATA_USAGE_ONLY_SHARED'), 'true');
      }
      return;
    }
    if (!known.has(key(q, r)))
      throw new LabelFileError(
        `line ${i + 2}: "${q}"${r ? ` / "${r}"` : ''} is not a question of Play's Data safety form`,
      );
    if (value.trim() !== '') values.set(key(q, r), value.trim());
  });
  const isTrue = (q: string, r = '') => /^true$/i.test(values.get(key(q, r)) ?? '');
  const bool = (q: string) => (values.has(key(q, '')) ? isTrue(q) : undefined);
  const types = new Map<string, PlayTypeAnswer>();
  for (const id of TYPE_IDS) {
    if (!isTrue(typeGroup.get(id)!, id)) continue;
    const q = (part: string) => `${USAGE}:${id}:${part}`;
    types.set(id, {
      collected: isTrue(q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_COLLECTED'),
      shared: isTrue(q(COLLECTION_AND_SHARING), 'PSL_DATA_USAGE_ONLY_SHARED'),
      ephemeral: isTrue(q(EPHEMERAL)),
      optional: isTrue(q(USER_CONTROL), 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL'),
      collectionPurposes: PURPOSE_IDS.filter((p) => isTrue(q(COLLECTION_PURPOSE), p)),
      sharingPurposes: PURPOSE_IDS.filter((p) => isTrue(q(SHARING_PURPOSE), p)),
    });
  }
  const deletion = (['DATA_DELETION_YES', 'DATA_DELETION_NO', 'DATA_DELETION_NO_AUTO_DELETED'] as const).find((r) =>
    isTrue('PSL_SUPPORT_DATA_DELETION_BY_USER', r),
  );
  const encrypted = bool('PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT');
  const dataUrl = values.get(key('PSL_DATA_DELETION_URL', ''));
  const accountUrl = values.get(key('PSL_ACCOUNT_DELETION_URL', ''));
  return {
    collects: bool('PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA') ?? types.size > 0,
    ...(encrypted !== undefined ? { encryptedInTransit: encrypted } : {}),
    ...(deletion ? { deletion } : {}),
    ...(dataUrl ? { dataDeletionUrl: dataUrl } : {}),
    ...(accountUrl ? { accountDeletionUrl: accountUrl } : {}),
    types,
  };
}

/** Play's name for a data type or purpose id, for messages ("Personal info / Email address"). */
export const playName = (id: string) => typeLabel.get(id) ?? purposeLabel.get(id) ?? id;
