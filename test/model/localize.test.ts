import { expect } from '@open-wc/testing';
import { localize, pickLanguage } from '../../src/model/index.js';

describe('pickLanguage', () => {
  it('falls back from region to language (fr-CA -> fr)', () => {
    expect(pickLanguage(['fr-CA', 'en'], ['en', 'fr'], 'en')).to.equal('fr');
  });
  it('takes a regional variant for a bare language (pt -> pt-BR)', () => {
    expect(pickLanguage(['pt'], ['en', 'pt-BR'], 'en')).to.equal('pt-BR');
  });
  it('walks the reader’s preferences in order and ends at the policy default', () => {
    expect(pickLanguage(['ja', 'de-AT', 'fr'], ['en', 'fr', 'de'], 'en')).to.equal('de');
    expect(pickLanguage(['ja', 'ko'], ['en', 'fr'], 'en')).to.equal('en');
  });
  it('compares tags without regard to case', () => {
    expect(pickLanguage(['ZH-hant-tw'], ['en', 'zh-Hant'], 'en')).to.equal('zh-Hant');
  });
});

describe('localize', () => {
  const text = { en: 'Your rights', fr: 'Vos droits', 'pt-BR': 'Seus direitos' };
  it('returns a plain string in the document’s default language', () => {
    expect(localize('Privacy', 'fr', 'en')).to.deep.equal({ value: 'Privacy', lang: 'en' });
  });
  it('picks the language, then its shorter prefixes', () => {
    expect(localize(text, 'fr-CA', 'en')).to.deep.equal({ value: 'Vos droits', lang: 'fr' });
    expect(localize(text, 'pt-BR', 'en')).to.deep.equal({ value: 'Seus direitos', lang: 'pt-BR' });
  });
  it('falls back to the default language and says so through lang', () => {
    expect(localize(text, 'de', 'en')).to.deep.equal({ value: 'Your rights', lang: 'en' });
  });
  it('uses any translation there is when even the default is missing', () => {
    expect(localize({ nb: 'Personvern' }, 'de', 'en')).to.deep.equal({ value: 'Personvern', lang: 'nb' });
  });
  it('is undefined for absent text', () => {
    expect(localize(undefined, 'en', 'en')).to.equal(undefined);
  });
});
