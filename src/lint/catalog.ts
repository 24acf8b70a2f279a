/**
 * Every lint rule: its severity and what it checks. An error is information a notice must give and does not (or
 * text that cannot be published as it is); a warning is worth a look, or required only in cases lint cannot tell.
 * The rules table of docs/cli.md lists the same, and a test keeps the two in step.
 */
export const RULE_CATALOG = {
  'controller-contact': {
    severity: 'error',
    checks: 'the controller can be contacted (email, phone, address or website)',
    gdpr: 'Art. 13(1)(a)',
  },
  'controller-address': { severity: 'warning', checks: 'the controller has a postal address', gdpr: 'Art. 13(1)(a)' },
  'dpo-contact': { severity: 'error', checks: 'a named DPO has contact details', gdpr: 'Art. 13(1)(b)' },
  purposes: { severity: 'error', checks: 'the policy states purposes of processing', gdpr: 'Art. 13(1)(c)' },
  'legal-basis': {
    severity: 'error',
    checks: "each purpose has a legal basis (its own, a processing row's or a consent choice's)",
    gdpr: 'Art. 13(1)(c)',
  },
  'legitimate-interest': {
    severity: 'warning',
    checks: 'a legitimate-interests basis names the interest',
    gdpr: 'Art. 13(1)(d)',
  },
  recipients: {
    severity: 'warning',
    checks: 'recipients or categories of recipients are declared',
    gdpr: 'Art. 13(1)(e)',
  },
  transfers: {
    severity: 'warning',
    checks: 'the policy says where data is stored and whether it leaves the EEA',
    gdpr: 'Art. 13(1)(f)',
  },
  'transfer-safeguards': {
    severity: 'error',
    checks: 'each transfer outside the EEA names its safeguards',
    gdpr: 'Art. 13(1)(f), 44-49',
  },
  retention: {
    severity: 'error',
    checks: 'a retention period or its criteria is given somewhere',
    gdpr: 'Art. 13(2)(a)',
  },
  'retention-general': {
    severity: 'warning',
    checks: 'retention is given per purpose, data category or rule, not only in general',
    gdpr: 'Art. 13(2)(a)',
  },
  'right-missing': {
    severity: 'error',
    checks: 'every right that applies under the legal bases used (W3C DPV mapping) is in `rights`',
    gdpr: 'Art. 13(2)(b)-(d)',
  },
  'complaint-right': {
    severity: 'warning',
    checks: 'a policy naming supervisory authorities also has the `complaint` right',
    gdpr: 'Art. 13(2)(d)',
  },
  'right-channel': {
    severity: 'warning',
    checks: 'each right lists how to exercise it (its own channels or shared ones)',
    gdpr: 'Art. 12(2)',
  },
  provision: {
    severity: 'error',
    checks: 'the policy says whether providing data is required and what happens if not',
    gdpr: 'Art. 13(2)(e)',
  },
  'automated-decisions': {
    severity: 'warning',
    checks: 'the policy says whether automated decisions are made',
    gdpr: 'Art. 13(2)(f)',
  },
  'automated-decisions-logic': {
    severity: 'error',
    checks: 'automated decisions that are made are described',
    gdpr: 'Art. 13(2)(f)',
  },
  'data-categories': {
    severity: 'error',
    checks: 'data from other sources than the person comes with its categories',
    gdpr: 'Art. 14(1)(d)',
  },
  placeholder: {
    severity: 'error',
    checks:
      'no template text is left unfilled ("Confirm:", a mid-sentence "Please enter", `***@***.com`, `[info@...]`, "emailbox?")',
    gdpr: '',
  },
  'template-leftover': {
    severity: 'warning',
    checks: 'no template brackets are left around filled-in text (`[info@example.com]`)',
    gdpr: '',
  },
  'empty-section': { severity: 'warning', checks: 'every section shows something', gdpr: '' },
  'email-malformed': { severity: 'error', checks: 'email addresses written in text can receive mail', gdpr: '' },
  'channel-url': { severity: 'error', checks: 'URLs of contacts, channels and authorities are https', gdpr: '' },
  'insecure-link': {
    severity: 'warning',
    checks: 'other URLs and links in text are https (http ones are shown as text)',
    gdpr: '',
  },
  'missing-translation': {
    severity: 'warning',
    checks: 'in a policy with several languages, every text has each of them',
    gdpr: '',
  },
  'language-key': {
    severity: 'warning',
    checks: 'language maps use the tags of `languages`, in standard form (`de`, not `deu` or `DE`)',
    gdpr: '',
  },
  'link-target': {
    severity: 'error',
    checks: 'Markdown links go to https:, mailto:, tel: or #anchor addresses (others are shown as text)',
    gdpr: '',
  },
  'machine-translation': {
    severity: 'error',
    checks: 'no machine-translation mark is left in the text ("Translated with www.DeepL.com/Translator")',
    gdpr: '',
  },
  'stray-html': {
    severity: 'warning',
    checks: 'no HTML tags or character references pasted from a web page (the notice shows them as typed)',
    gdpr: '',
  },
  'store-label': {
    severity: 'error',
    checks:
      'with `--apple FILE` or `--play FILE`: the App Store label and the Play Data safety form declare the data types, purposes, linked/tracking and shared/optional/ephemeral answers the policy says',
    gdpr: '',
  },
} as const;

export type RuleId = keyof typeof RULE_CATALOG;

/**
 * Severity profiles. `transcription` is for a document that must stay faithful to a published source: what the
 * source omits (a GDPR Art. 13/14 item) is reported as a warning, not an error, since the transcriber may not add
 * it; text that cannot be published as it is (placeholders, broken links, marks) stays an error.
 */
export const PROFILES = ['default', 'transcription'] as const;
export type LintProfile = (typeof PROFILES)[number];
