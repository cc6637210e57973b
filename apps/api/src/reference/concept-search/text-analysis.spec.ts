import { editDistance, inflectionRoot, isBoilerplate, normalizeText, stem, tokenize, typoBudget } from './text-analysis';

describe('text analysis for concept search', () => {
  it('drops case, accents and apostrophes, keeps hyphenated words joined too', () => {
    expect(normalizeText('Addetti all’assistenza PERSONALE, più')).toBe('addetti all assistenza personale piu');
    expect(tokenize("operatore socio-sanitario dell'ASL")).toEqual({
      words: ['operatore', 'socio', 'sanitario', 'dell', 'asl'],
      joined: ['sociosanitario'],
    });
  });

  it('undoes gender and number of Italian words, plural of English ones', () => {
    const roots = (words: string[]) => words.map((w) => inflectionRoot(w, 'it'));
    expect(new Set(roots(['cuoco', 'cuoca', 'cuochi', 'cuoche'])).size).toBe(1);
    expect(new Set(roots(['magazziniere', 'magazziniera', 'magazzinieri'])).size).toBe(1);
    expect(new Set(roots(['operatore', 'operatrice', 'operatori', 'operatrici'])).size).toBe(1);
    expect(new Set(roots(['operaio', 'operaia', 'operai'])).size).toBe(1);
    expect(new Set(roots(['antincendio', 'antincendi'])).size).toBe(1);
    expect(roots(['cuoco', 'cucina'])[0]).not.toBe(roots(['cucina'])[0]);
    expect(inflectionRoot('cooks', 'en')).toBe('cook');
    expect(inflectionRoot('glass', 'en')).toBe('glass');
  });

  it('stems derived words together: Snowball for Italian, job endings for English', () => {
    expect(stem('assistenza', 'it')).toBe(stem('assistente', 'it'));
    expect(stem('cucinare', 'it')).toBe(stem('cucina', 'it'));
    expect(stem('igienista', 'it')).toBe(stem('igiene', 'it'));
    expect(stem('cleaning', 'en')).toBe(stem('cleaner', 'en'));
  });

  it('counts edits with a swap as one, on a prefix when asked, and stops past the budget', () => {
    expect(editDistance('cameirera', 'cameriera')).toBe(1);
    expect(editDistance('badnte', 'badante')).toBe(1);
    expect(editDistance('magazzniere', 'magazziniere')).toBe(1);
    expect(editDistance('cucco', 'cuoco', 1)).toBe(1);
    expect(editDistance('xyzxyz', 'cuoco', 1)).toBe(2);
    expect(editDistance('magaz', 'magazziniere', 1, 5)).toBe(0);
    expect(typoBudget('oss')).toBe(0);
    expect(typoBudget('cuoco')).toBe(1);
    expect(typoBudget('magazziniere')).toBe(2);
  });

  it('knows the boilerplate of official titles', () => {
    expect(['personale', 'non', 'qualificato', 'assimilate', 'professioni'].every(isBoilerplate)).toBe(true);
    expect(isBoilerplate('pulizia')).toBe(false);
  });
});
