// Which rights a notice must give, after W3C DPV's GDPR legal basis -> rights mapping.
import { expect } from '@open-wc/testing';
import { applicableRights } from '../../src/lint/index.js';
import type { PrivacyPolicyDocument } from '../../src/model/index.js';
import { lintChanged, loadComplete, where } from './lint-helpers.js';

const rightsUnder = (...bases: Parameters<typeof applicableRights>[0]) =>
  applicableRights(bases)
    .map((r) => r.right)
    .sort();

describe('lint: the rights that apply under the legal bases used', () => {
  before(loadComplete);

  it('follows DPV: portability needs consent or contract, objection public task or legitimate interests', () => {
    expect(rightsUnder('consent')).to.deep.equal([
      'access',
      'automated-decision',
      'complaint',
      'erasure',
      'portability',
      'rectification',
      'restriction',
      'withdraw-consent',
    ]);
    expect(rightsUnder('legal-obligation')).to.deep.equal(['access', 'complaint', 'rectification', 'restriction']);
    expect(rightsUnder('legitimate-interests'))
      .to.include.members(['objection', 'erasure'])
      .and.not.include('portability');
    expect(rightsUnder('public-task')).to.include('objection').and.not.include.members(['erasure', 'portability']);
    expect(rightsUnder('explicit-consent')).to.include('withdraw-consent');
    expect(rightsUnder('other')).to.deep.equal(rightsUnder());
  });

  it('with no legal basis known, asks for the rights every basis gives', () => {
    expect(rightsUnder()).to.deep.equal(['access', 'complaint', 'rectification', 'restriction']);
  });

  it('names each right’s DPV concept and article, and why it applies', () => {
    const withdraw = applicableRights(['contract', 'consent']).find((r) => r.right === 'withdraw-consent')!;
    expect(withdraw).to.deep.equal({
      right: 'withdraw-consent',
      iri: 'https://w3id.org/dpv/legal/eu/gdpr#A7-3',
      article: 'Art. 7(3)',
      because: ['consent'],
    });
  });

  it('reports a right the bases call for, saying which bases', () => {
    const findings = lintChanged((doc) => {
      doc.rights = doc.rights!.filter((r) => r.id !== 'portability');
    });
    expect(where(findings)).to.deep.equal(['right-missing /rights']);
    expect(findings[0]!.message).to.equal(
      'The policy relies on performance of a contract and consent, under which GDPR Art. 20 gives the right to data portability (W3C DPV); `rights` has no "portability".',
    );
    expect(findings[0]!.hint).to.equal('Add {"id": "portability"} to `rights`, with how to exercise it.');
  });

  it('asks for fewer rights when the bases call for fewer, and only counts GDPR bases', () => {
    const onlyLegalObligation = (doc: PrivacyPolicyDocument) => {
      for (const p of doc.purposes!) p.legalBases = ['legal-obligation'];
      doc.rights = doc.rights!.filter((r) => ['access', 'rectification', 'restriction', 'complaint'].includes(r.id));
    };
    expect(lintChanged(onlyLegalObligation)).to.deep.equal([]);
    const ccpaConsent = lintChanged((doc) => {
      onlyLegalObligation(doc);
      doc.purposes![1]!.legalBases = ['legal-obligation', { basis: 'consent', regime: 'ccpa' }];
    });
    expect(ccpaConsent).to.deep.equal([]);
    const consentChoice = lintChanged((doc) => {
      onlyLegalObligation(doc);
      doc.consentPurposes = [{ id: 'offers', label: { en: 'Offers', fr: 'Offres' } }];
    });
    expect(where(consentChoice).filter((w) => w.startsWith('right-missing'))).to.have.length(3); // erasure, portability, withdraw-consent
  });

  it('does not count a custom right or a CCPA right as the GDPR one', () => {
    const findings = lintChanged((doc) => {
      doc.rights = doc.rights!.filter((r) => r.id !== 'erasure');
      doc.rights.push(
        { id: 'delete' },
        { id: 'erasure-request', custom: true, title: { en: 'Erasure', fr: 'Effacement' } },
      );
    });
    expect(where(findings)).to.deep.equal(['right-missing /rights']);
    expect(findings[0]!.message).to.include('`rights` has no "erasure"');
  });

  it('accepts supervisory authorities for the complaint right, with a warning about its deep link', () => {
    const withAuthority = lintChanged((doc) => {
      doc.rights = doc.rights!.filter((r) => r.id !== 'complaint');
    });
    expect(where(withAuthority)).to.deep.equal(['complaint-right /supervisoryAuthorities']);
    expect(withAuthority[0]!.severity).to.equal('warning');
    const without = lintChanged((doc) => {
      doc.rights = doc.rights!.filter((r) => r.id !== 'complaint');
      delete doc.supervisoryAuthorities;
    });
    expect(where(without)).to.deep.equal(['right-missing /rights']);
  });

  it('asks for no channel per right when the notice shows the controller’s e-mail address (see faithful.test.ts)', () => {
    const findings = lintChanged((doc) => {
      delete doc.rightsExercise;
      doc.rights!.push({ id: 'information' });
    });
    expect(where(findings)).to.deep.equal([]);
  });
});
