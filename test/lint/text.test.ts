// The text rules: template placeholders, empty sections, addresses that cannot work, missing translations.
import { expect } from '@open-wc/testing';
import type { LintFinding } from '../../src/lint/index.js';
import { lintChanged, loadComplete, where } from './lint-helpers.js';

/** The findings for a body text in English (the French one stays as it is). */
const body = (en: string): LintFinding[] =>
  lintChanged((doc) => {
    doc.sections![0]!.body = { en, fr: 'Nous fabriquons des serrures.' };
  });

describe('lint: text that cannot be published as it is', () => {
  before(loadComplete);

  it('finds the template placeholders of the reference policies, quoting each', () => {
    const cases: Array<[string, string[]]> = [
      ['Contact us via: Confirm:privacy@example.com', ['"Confirm:privacy@example.com"']],
      [
        'The legal basis is our user agreement or some other terms of user? Confirm.',
        ['"or some other terms of user? Confirm."'],
      ],
      ['We may share your data with: Confirm the following details', ['"Confirm the following details"']],
      ['Send your request to Confirm: the emailbox?', ['"Confirm: the emailbox?"']],
      [
        'Notify us by emailing Please enter your privacy email address.',
        ['"Please enter your privacy email address."'],
      ],
      ['Write to the privacy office: \\*\\*\\*@\\*\\*\\*.com', ['"***@***.com"']],
      ['Write to [info@...] or [Company name], TODO', ['"[info@...] or [Company name], TODO"']],
      [
        'Connected to Apple Health (or some other Health related platform, name it?), we share it.',
        ['"or some other Health related platform, name it?"'],
      ],
    ];
    for (const [text, quoted] of cases) {
      const findings = body(text);
      expect(where(findings), text).to.deep.equal(['placeholder /sections/0/body/en']);
      expect(findings[0]!.message, text).to.equal(
        `\`sections[0].body.en\` contains template text nobody filled in: ${quoted.join(', ')}.`,
      );
    }
  });

  it('leaves ordinary prose alone', () => {
    for (const text of [
      'Please confirm your email address. Tap Confirm to delete your account.',
      'Please enter the code we sent you. Read [your rights](#right-access) and [the law][gdpr].',
      'As the court put it, "[...] the data must be kept safe".',
      'Contact us at privacy@example.com or <mailto:dpo@example.com>, or @example on social media.',
    ])
      expect(where(body(text)), text).to.deep.equal([]);
  });

  it('warns about template brackets left around a filled-in address', () => {
    const findings = body('Send an email to [info@example.com].');
    expect(where(findings)).to.deep.equal(['template-leftover /sections/0/body/en']);
    expect(findings[0]!.hint).to.equal(
      'Drop the brackets: write info@example.com (or <info@example.com> to make it a link).',
    );
  });

  it('finds email addresses mail cannot reach', () => {
    const findings = body('Write to privacy@example or mailto:dpo@example.com.');
    expect(where(findings)).to.deep.equal(['email-malformed /sections/0/body/en']);
    expect(findings[0]!.message).to.include('"privacy@example"');
  });

  it('asks for https: an error for a way to contact someone, a warning for other links', () => {
    const findings = lintChanged((doc) => {
      doc.rights![7]!.channels = [{ type: 'web-form', url: 'http://www.cnil.fr/plaintes' }];
      doc.recipients![0]!.privacyPolicy = 'http://hosting.example/privacy';
      doc.sections![1]!.body = {
        en: 'See http://www.allaboutcookies.org.',
        fr: 'Voir https://www.allaboutcookies.org.',
      };
    });
    expect(where(findings)).to.deep.equal([
      'insecure-link /recipients/0/privacyPolicy',
      'channel-url /rights/7/channels/0/url',
      'insecure-link /sections/1/body/en',
    ]);
    expect(findings.map((f) => f.severity)).to.deep.equal(['warning', 'error', 'warning']);
    expect(findings[2]!.message).to.include('"http://www.allaboutcookies.org" over plain http');
  });

  it('warns about sections that show nothing, including one whose only part is empty', () => {
    const findings = lintChanged((doc) => {
      doc.sections!.push(
        { id: 'empty', title: { en: 'Cookies', fr: 'Cookies' } },
        { id: 'cookies', include: ['cookies'] },
      );
      doc.sections![1]!.sections = [{ id: 'nested', title: { en: 'More', fr: 'Plus' } }];
    });
    expect(where(findings)).to.deep.equal([
      'empty-section /sections/1/sections/0',
      'empty-section /sections/2',
      'empty-section /sections/3',
    ]);
  });

  it('finds text a declared language lacks, but not names and addresses', () => {
    const findings = lintChanged((doc) => {
      doc.title = { en: 'Privacy Policy' };
      doc.sections![0]!.body = 'We make smart locks.';
      doc.controller.name = 'Example SAS';
      doc.controller.address = { lines: ['1 rue de la Paix'] };
    });
    expect(where(findings)).to.deep.equal(['missing-translation /title', 'missing-translation /sections/0/body']);
    expect(findings[0]!.message).to.equal('`title` has no fr text; readers who choose fr are shown the en text.');
    expect(findings[1]!.message).to.equal(
      '`sections[0].body` is a plain string, in the default language only; readers who choose fr are shown the en text.',
    );
  });

  it('counts a language’s text for its regional variants, and asks no translation of a one-language policy', () => {
    expect(
      lintChanged((doc) => {
        doc.languages = ['en', 'fr-CA'];
      }),
    ).to.deep.equal([]);
    // Nothing is missing; the French texts are never shown, which one finding says (not one per text).
    const english = lintChanged((doc) => {
      doc.languages = ['en'];
      doc.title = 'Privacy Policy';
    });
    expect(where(english)).to.deep.equal(['language-key /sections/0/title/fr']);
    expect(english[0]!.message).to.equal(
      '`sections[0].title.fr` (and 10 more texts) is text in "fr", which is not one of `languages` (en): no reader is shown it.',
    );
  });
});
