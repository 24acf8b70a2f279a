// Lint a privacy officer trusts (issue 13): one finding per problem, no finding for what the policy does say, and
// findings for text that cannot be published as it is (marks, pasted HTML, links that go nowhere).
import { expect } from '@open-wc/testing';
import type { LintFinding } from '../../src/lint/index.js';
import type { PrivacyPolicyDocument } from '../../src/model/index.js';
import { lintChanged, loadComplete, where } from './lint-helpers.js';

/** The findings of some rules only. */
const only = (findings: LintFinding[], ...rules: string[]) => findings.filter((f) => rules.includes(f.rule));

/** The findings for a section body in English (the French one stays as it is). */
const body = (en: string): LintFinding[] =>
  lintChanged((doc) => {
    doc.sections![0]!.body = { en, fr: 'Nous fabriquons des serrures.' };
  });

/** The complete policy with no shared channel and no e-mail address for the controller or the DPO. */
function noWayToAsk(doc: PrivacyPolicyDocument): void {
  delete doc.rightsExercise;
  delete doc.controller.email;
  delete doc.dpo;
}

describe('lint: findings a privacy officer trusts', () => {
  before(loadComplete);

  it('reports rights without a channel once, listing them, and not when the controller has an e-mail address', () => {
    const findings = only(lintChanged(noWayToAsk), 'right-channel');
    expect(where(findings)).to.deep.equal(['right-channel /rights']);
    expect(findings[0]!.message).to.equal(
      'The rights "access", "rectification", "erasure", "restriction", "objection", "portability" and "withdraw-consent" have no channels, `rightsExercise` shares none and the controller has no e-mail address, so the notice lists no way to exercise them (GDPR Art. 12(2)).',
    );
    const withEmail = lintChanged((doc) => {
      noWayToAsk(doc);
      doc.controller.email = 'privacy@example.com';
    });
    expect(only(withEmail, 'right-channel')).to.deep.equal([]);
    const withDpo = lintChanged((doc) => {
      noWayToAsk(doc);
      doc.dpo = { email: 'dpo@example.com' };
    });
    expect(only(withDpo, 'right-channel')).to.deep.equal([]);
  });

  it('takes a legitimate interest stated in the note, not a note that only names the basis', () => {
    const withNote = (note: string) =>
      only(
        lintChanged((doc) => {
          doc.purposes![2]!.legalBases = [{ basis: 'legitimate-interests', note }];
        }),
        'legitimate-interest',
      );
    expect(where(withNote('our legitimate interest in preventing fraud'))).to.deep.equal([]);
    expect(where(withNote('to keep accounts safe from takeover'))).to.deep.equal([]);
    expect(where(withNote('Legitimate interest'))).to.deep.equal(['legitimate-interest /purposes/2/legalBases/0']);
    const inPurposeNote = lintChanged((doc) => {
      doc.purposes![2]!.legalBases = ['legitimate-interests'];
      doc.purposes![2]!.legalBasisNote = 'We rely on our legitimate interest in keeping accounts safe.';
    });
    expect(only(inPurposeNote, 'legitimate-interest')).to.deep.equal([]);
  });

  it('says which language readers get instead of a missing one, and suggests the whole map', () => {
    const [finding] = only(
      lintChanged((doc) => {
        doc.purposes![0]!.label = { en: 'Providing the service' };
      }),
      'missing-translation',
    );
    expect(finding!.message).to.equal(
      '`purposes[0].label` has no fr text; readers who choose fr are shown the en text.',
    );
    expect(finding!.hint).to.equal(
      'Make it a language map with every language of `languages`: {"en": "Providing the service", "fr": "..."}.',
    );
  });

  it('reports language keys that are not in `languages` or not in standard form', () => {
    const findings = only(
      lintChanged((doc) => {
        doc.purposes![0]!.label = { en: 'Providing the service', fr: 'Fournir le service', es: 'Prestar el servicio' };
        doc.purposes![1]!.label = { en: 'Newsletter', fra: 'Lettre d’information' };
      }),
      'language-key',
    );
    expect(where(findings)).to.deep.equal(['language-key /purposes/0/label/es', 'language-key /purposes/1/label/fra']);
    expect(findings[0]!.message).to.include('is text in "es", which is not one of `languages` (en, fr)');
    expect(findings[1]!.hint).to.equal('Rename the key "fra" to "fr".');
  });

  it('reports a link that goes nowhere once, and a plain-http link only as insecure', () => {
    expect(
      where(body('See [our site](www.example.com/privacy) and [the law](https://eur-lex.europa.eu).')),
    ).to.deep.equal(['link-target /sections/0/body/en']);
    expect(body('See [our site](www.example.com/privacy).')[0]!.hint).to.equal(
      'Write the whole address: https://www.example.com/privacy.',
    );
    expect(where(body('See [http://example.com](http://example.com) or http://example.com.'))).to.deep.equal([
      'insecure-link /sections/0/body/en',
    ]);
    expect(where(body('Read [your rights](#right-access) or write to <mailto:dpo@example.com>.'))).to.deep.equal([]);
  });

  it('finds machine-translation marks, pasted HTML and template variables', () => {
    expect(
      where(body('We keep your data safe.\n\nTranslated with www.DeepL.com/Translator (free version)')),
    ).to.deep.equal(['machine-translation /sections/0/body/en']);
    const html = body('We make locks.<br>We sell them.</p>');
    expect(where(html)).to.deep.equal(['stray-html /sections/0/body/en']);
    expect(html[0]!.message).to.include('"<br>", "</p>"');
    const text = lintChanged((doc) => {
      doc.purposes![0]!.label = { en: 'Service &amp; support', fr: 'Service et assistance' };
    });
    expect(where(only(text, 'stray-html'))).to.deep.equal(['stray-html /purposes/0/label/en']);
    expect(where(body('Write to ${company_email}.'))).to.deep.equal(['placeholder /sections/0/body/en']);
    expect(where(body('We make 3 < 4 kinds of locks, and <https://example.com> explains why.'))).to.deep.equal([]);
  });

  it('with the transcription profile, reports what the source omits as warnings and unfinished text as errors', () => {
    const change = (doc: PrivacyPolicyDocument) => {
      doc.rights = doc.rights!.filter((r) => r.id !== 'portability');
      doc.sections![0]!.body = { en: 'Write to [info@...].', fr: 'Nous fabriquons des serrures.' };
    };
    const severities = (findings: LintFinding[]) => findings.map((f) => `${f.severity} ${f.rule}`);
    expect(severities(lintChanged(change))).to.deep.equal(['error right-missing', 'error placeholder']);
    expect(severities(lintChanged(change, 'transcription'))).to.deep.equal([
      'warning right-missing',
      'error placeholder',
    ]);
  });
});
