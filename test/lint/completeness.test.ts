// The GDPR Art. 13/14 rules, each shown failing on one change to a complete policy and passing without it.
import { expect } from '@open-wc/testing';
import { RULE_CATALOG } from '../../src/lint/index.js';
import { lintChanged, loadComplete, where } from './lint-helpers.js';

describe('lint: what a notice must contain (GDPR Art. 13/14)', () => {
  before(loadComplete);

  it('finds nothing in a policy that says everything', () => {
    expect(lintChanged(() => {})).to.deep.equal([]);
  });

  it('gives every finding its rule’s severity, a message naming the article and a one-line hint', () => {
    const findings = lintChanged((doc) => {
      doc.controller = { name: 'Example SAS' };
      delete doc.provisionRequirement;
      delete doc.automatedDecisionMaking;
    });
    expect(where(findings)).to.deep.equal([
      'controller-contact /controller',
      'controller-address /controller',
      'provision ',
      'automated-decisions ',
    ]);
    for (const f of findings) {
      expect(f.severity).to.equal(RULE_CATALOG[f.rule].severity);
      expect(f.message).to.match(/\(GDPR Art\. 13\(\d\)\([a-f]\)\)\.$/);
      expect(f.hint).to.not.include('\n');
    }
  });

  it('asks for a way to reach a named DPO', () => {
    expect(
      where(
        lintChanged((doc) => {
          doc.dpo = { name: 'Jane Doe' };
        }),
      ),
    ).to.deep.equal(['dpo-contact /dpo']);
    expect(
      where(
        lintChanged((doc) => {
          doc.contacts = [{ role: 'dpo', title: { en: 'DPO', fr: 'DPD' } }];
        }),
      ),
    ).to.deep.equal(['dpo-contact /contacts/0']);
  });

  it('asks for a legal basis per purpose, which a processing row or a consent choice can give', () => {
    const missing = lintChanged((doc) => {
      delete doc.purposes![1]!.legalBases;
    });
    expect(where(missing)).to.deep.equal(['legal-basis /purposes/1']);
    expect(missing[0]!.message).to.include('`purposes[1]` ("Newsletter") has no legal basis');
    expect(
      lintChanged((doc) => {
        delete doc.purposes![1]!.legalBases;
        doc.processingActivities = [{ id: 'mailing', purposes: ['newsletter'], legalBases: ['consent'] }];
      }),
    ).to.deep.equal([]);
    expect(
      lintChanged((doc) => {
        delete doc.purposes![1]!.legalBases;
        doc.consentPurposes = [{ id: 'news', label: { en: 'News', fr: 'Actualités' }, purpose: 'newsletter' }];
      }),
    ).to.deep.equal([]);
    expect(
      where(
        lintChanged((doc) => {
          doc.purposes = [];
        }),
      ),
    ).to.deep.equal(['purposes ', 'retention ']);
  });

  it('asks which legitimate interest is pursued, on purposes and processing rows', () => {
    const findings = lintChanged((doc) => {
      doc.purposes![2]!.legalBases = ['legitimate-interests'];
      doc.processingActivities = [
        {
          id: 'logs',
          purposes: ['security'],
          legalBases: [
            'contract',
            { basis: 'legitimate-interests', note: { en: 'Legitimate interest', fr: 'Intérêt légitime' } },
          ],
        },
      ];
    });
    expect(where(findings)).to.deep.equal([
      'legitimate-interest /purposes/2/legalBases/0',
      'legitimate-interest /processingActivities/0/legalBases/1',
    ]);
    expect(findings[0]!.message).to.include('for "Keeping accounts safe" without saying which interests are pursued');
  });

  it('warns when no recipients are declared and nothing is said about transfers', () => {
    expect(
      where(
        lintChanged((doc) => {
          delete doc.recipients;
          delete doc.purposes![0]!.recipients;
        }),
      ),
    ).to.deep.equal(['recipients ']);
    expect(
      where(
        lintChanged((doc) => {
          delete doc.internationalTransfers;
        }),
      ),
    ).to.deep.equal(['transfers ']);
  });

  it('asks for safeguards on transfers outside the EEA only', () => {
    const findings = lintChanged((doc) => {
      doc.internationalTransfers!.transfers = [
        { id: 'support', destinations: ['US', 'DE'] },
        { id: 'backup', destinations: ['DE', 'NO', 'EEA'] },
      ];
    });
    expect(where(findings)).to.deep.equal(['transfer-safeguards /internationalTransfers/transfers/0']);
    expect(findings[0]!.message).to.include('sends data to US, outside the EEA');
  });

  it('asks how long data is kept, and for more than a general statement', () => {
    const noRetention = (doc: Parameters<Parameters<typeof lintChanged>[0]>[0]) => {
      delete doc.purposes![0]!.retention;
      delete doc.purposes![1]!.retention;
    };
    expect(where(lintChanged(noRetention))).to.deep.equal(['retention ']);
    expect(
      where(
        lintChanged((doc) => {
          noRetention(doc);
          doc.retention = { description: { en: 'As long as needed.', fr: 'Aussi longtemps que nécessaire.' } };
        }),
      ),
    ).to.deep.equal(['retention-general /retention']);
    expect(
      lintChanged((doc) => {
        noRetention(doc);
        doc.dataCategories![0]!.retention = { duration: 'P1Y' };
      }),
    ).to.deep.equal([]);
  });

  it('says when automated decisions are made but not described, and then asks for the right about them', () => {
    const findings = lintChanged((doc) => {
      doc.automatedDecisionMaking = { used: true };
    });
    expect(where(findings)).to.deep.equal([
      'right-missing /rights',
      'automated-decisions-logic /automatedDecisionMaking',
    ]);
    expect(findings[0]!.message).to.include('GDPR Art. 22 gives rights related to automated decision-making');
    expect(
      lintChanged((doc) => {
        doc.automatedDecisionMaking = { used: true, description: { en: 'Credit scoring.', fr: 'Notation de crédit.' } };
        doc.rights!.push({ id: 'automated-decision' });
      }),
    ).to.deep.equal([]);
  });

  it('asks for the categories of data that come from third parties (Art. 14)', () => {
    const findings = lintChanged((doc) => {
      delete doc.dataCategories;
      delete doc.purposes![0]!.dataCategories;
      doc.sources = [{ id: 'partners', label: { en: 'Partners', fr: 'Partenaires' }, kind: 'third-party' }];
    });
    expect(where(findings)).to.deep.equal(['data-categories /sources']);
    expect(findings[0]!.message).to.include('(GDPR Art. 14(1)(d))');
  });
});
