import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createOrganisation, signedInUser } from '../../test/fixtures';
import { createTestApp, TestApp } from '../../test/test-app';
import { escoDirectorySources, referenceFileSources, sharedDataOptions } from './import/esco-directory';
import { ReferenceImportService } from './import/reference-import.service';
import { SHARED_DATA_DIR } from '../../test/reference/shared-data';

const SKILL = 'http://data.europa.eu/esco/skill/';

/** Autocomplete and lookups over the full shared data, plus a one-skill Italian pack. */
describe('reference endpoints', () => {
  let t: TestApp;
  let auth: string;
  let italianDir: string;
  let weldingUri: string;

  beforeAll(async () => {
    t = await createTestApp();
    const options = sharedDataOptions(SHARED_DATA_DIR);
    if (!options) throw new Error(`Shared data not found in ${SHARED_DATA_DIR} (set PONTE_SHARED_DATA)`);
    const importer = t.app.get(ReferenceImportService);
    await importer.import(referenceFileSources(options));
    [{ uri: weldingUri }] = await t.dataSource.query(
      `SELECT uri FROM esco_labels WHERE language = 'en' AND label = 'use welding equipment' AND label_kind = 'preferred'`,
    );
    // An Italian pack in the official layout, for one skill only: the rest must fall back to English.
    italianDir = mkdtempSync(join(tmpdir(), 'esco-it-'));
    writeFileSync(
      join(italianDir, 'skills_it.csv'),
      `conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status\n` +
        `KnowledgeSkillCompetence,${weldingUri},skill/competence,sector-specific,utilizzare attrezzature per saldatura,"saldatura\nsaldare metalli",released\n`,
    );
    await importer.import(escoDirectorySources(italianDir));
    const organisation = await createOrganisation(t);
    ({ auth } = await signedInUser(t, 'partner_member', { organisation }));
  }, 420_000);

  afterAll(async () => {
    rmSync(italianDir, { recursive: true, force: true });
    await t?.close();
  });

  const get = (path: string, lang?: string) => {
    const req = request(t.server).get(path).set('Authorization', auth);
    return lang ? req.set('Accept-Language', lang) : req;
  };

  it('answers 401 without a session', async () => {
    await request(t.server).get('/api/reference/skills?q=weld').expect(401);
  });

  it('finds skills by preferred and alternative labels, exact and prefix matches first', async () => {
    const res = await get('/api/reference/skills?q=welding&lang=en&limit=50').expect(200);
    // Every skill with a label holding "welding", and nothing else: the word is known, no typo search.
    const [{ count }] = await t.dataSource.query(
      `SELECT count(DISTINCT uri)::int FROM esco_labels WHERE kind = 'skill' AND language IN ('en', 'it') AND normalized LIKE '%welding%'`,
    );
    expect(res.body.items.length).toBe(count);
    // Two skills have the alternative label "welding": they come first, shown by their preferred label.
    expect(res.body.items.slice(0, 2).map((i: { matchedLabel: string; match: string }) => [i.matchedLabel, i.match])).toEqual([
      ['welding', 'exact'],
      ['welding', 'exact'],
    ]);
    expect(res.body.items[0].label).not.toBe('welding');
    const equipment = res.body.items.find((i: { uri: string }) => i.uri === weldingUri);
    expect(equipment).toMatchObject({ kind: 'skill', label: 'use welding equipment', labelLanguage: 'en' });
    const tiers = res.body.items.map((i: { match: string }) => ['exact', 'prefix', 'word', 'contains', 'fuzzy'].indexOf(i.match));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('tolerates one typo, ranked after real matches', async () => {
    const res = await get('/api/reference/skills?q=weldnig&lang=en').expect(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { match: string }) => i.match === 'fuzzy')).toBe(true);
    expect(res.body.items[0].matchedLabel).toMatch(/^welding\b/i);
    const occupations = await get('/api/reference/occupations?q=weldr&lang=en').expect(200);
    expect(occupations.body.items.some((i: { label: string }) => /welder/i.test(i.label))).toBe(true);
    // Letters swapped early in a short word defeat trigrams; the sorted-letters lookup finds them.
    const cleaner = await get('/api/reference/occupations?q=claener&lang=en').expect(200);
    expect(cleaner.body.items.length).toBeGreaterThan(0);
    expect(cleaner.body.items.every((i: { matchedLabel: string; match: string }) => i.match === 'fuzzy' && /cleaner/i.test(i.matchedLabel))).toBe(true);
  });

  it('ignores accents and case', async () => {
    const plain = await get('/api/reference/occupations?q=FACADE%20cleaner&lang=en').expect(200);
    expect(plain.body.items[0]).toMatchObject({ matchedLabel: 'façade cleaner', match: 'exact' });
    const accented = await get(`/api/reference/occupations?q=${encodeURIComponent('répétiteur')}&lang=en`).expect(200);
    const unaccented = await get('/api/reference/occupations?q=repetiteur&lang=en').expect(200);
    expect(unaccented.body.items.map((i: { uri: string }) => i.uri)).toEqual(accented.body.items.map((i: { uri: string }) => i.uri));
    expect(unaccented.body.items.length).toBeGreaterThan(0);
  });

  it("uses the user's language and falls back to English", async () => {
    const it = await get('/api/reference/skills?q=saldatura', 'it-IT,it;q=0.9').expect(200);
    expect(it.body.items[0]).toMatchObject({
      uri: weldingUri,
      label: 'utilizzare attrezzature per saldatura',
      labelLanguage: 'it',
      matchedLabel: 'saldatura',
    });
    // Italian users still find the skills that have English labels only.
    const fallback = await get('/api/reference/skills?q=welding&limit=50', 'it').expect(200);
    const labelsIn = new Set(fallback.body.items.map((i: { labelLanguage: string }) => i.labelLanguage));
    expect(labelsIn).toEqual(new Set(['it', 'en']));
    expect(fallback.body.items.find((i: { uri: string }) => i.uri === weldingUri).label).toBe('utilizzare attrezzature per saldatura');
    const english = await get('/api/reference/skills?q=use%20welding%20equipment&lang=en').expect(200);
    expect(english.body.items[0]).toMatchObject({ uri: weldingUri, label: 'use welding equipment', labelLanguage: 'en' });
  });

  describe('Italian occupations as a counsellor types them', () => {
    const O = 'http://data.europa.eu/esco/occupation/';
    const COOK = `${O}90f75f67-495d-49fa-ab57-2f320e251d7e`;
    const top5 = async (q: string) => {
      const res = await get(`/api/reference/occupations?q=${encodeURIComponent(q)}&limit=5`, 'it').expect(200);
      return res.body.items as { uri: string; label: string; labelLanguage: string; matchedLabel: string; match: string }[];
    };
    const uris = async (q: string) => (await top5(q)).map((i) => i.uri);

    // What a counsellor expects among the first five, by ESCO URI (Italian labels in the comments).
    it.each([
      ['cuoco', [COOK]],
      ['cuoca', [COOK]],
      ['magazzin', [`${O}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`]], // magazziniere/magazziniera
      ['pulizia', [`${O}303a1e34-cb16-4054-b323-81e5eec17397`, `${O}cbad55a4-c7cf-4ab6-9540-eac72b26729b`]], // addetto alle pulizie negli stabili, collaboratore familiare
      ['assistenza anziani', [`${O}d5954a2b-a525-45b7-b6d9-b62efafc6c78`, `${O}d38c2107-98f2-47b7-8bb4-f69750d51082`]], // assistente familiare, OSS
      ['badante', [`${O}d5954a2b-a525-45b7-b6d9-b62efafc6c78`]], // assistente familiare
      ['commessa', [`${O}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`]], // assistente di vendita (commessa)
      ['colf', [`${O}cbad55a4-c7cf-4ab6-9540-eac72b26729b`]], // collaboratore familiare/collaboratrice familiare
      ['cucinare', [COOK, `${O}e1cf6897-158d-4b48-a39e-2a3a8cac216c`]], // cuoco, assistente di cucina
      ['igiene', [`${O}503ea267-93e9-4b8c-ae5e-817fe7e4a245`]], // operatore ecologico (igiene ambientale)
      ['OSS', [`${O}d38c2107-98f2-47b7-8bb4-f69750d51082`]], // operatore socio-sanitario
      ['cameirera', [`${O}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`]], // cameriere/cameriera, with a typo
      ['pulizie addetta', [`${O}303a1e34-cb16-4054-b323-81e5eec17397`]], // words in any order
      ['Cuochi in alberghi e ristoranti', [COOK]], // an official plural title
      ["Addetti all'assistenza personale", [`${O}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`]], // assistente domiciliare (ISCO 5322)
    ])('"%s" finds what a counsellor expects in the first five', async (q, expected) => {
      expect(await uris(q)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(${expected.join('|')})$`))]));
    });

    it('shows the Italian label, names both genders, and says which label matched', async () => {
      const [cook] = await top5('cuoca');
      expect(cook).toMatchObject({ uri: COOK, label: 'cuoco/cuoca', labelLanguage: 'it', matchedLabel: 'cuoco/cuoca' });
      // Every result of "igiene" matched a word of the igiene family.
      expect((await top5('igiene')).every((i) => /igien/i.test(i.matchedLabel))).toBe(true);
    });

    it('ignores accents and apostrophes and finds the same with and without them', async () => {
      expect(await uris('addetta all’assistenza')).toEqual(await uris("addetta all'assistenza"));
      expect(await uris('càssiera')).toEqual(await uris('cassiera'));
      expect((await uris('cassiera'))[0]).toBe(`${O}2b871272-bd61-4206-bd1a-0b96d7023098`);
    });

    it('suggests while she types the first letters', async () => {
      expect((await top5('ad')).length).toBe(5);
      expect((await top5('ad')).every((i) => /\bad/i.test(i.matchedLabel))).toBe(true);
    });

    it('falls back to English for an occupation without an Italian label', async () => {
      // Occupations newer than the v1.0.8 Italian pack have English labels only.
      const [newer] = await t.dataSource.query(`SELECT c.uri, l.label FROM esco_concepts c JOIN esco_labels l ON l.uri = c.uri AND l.label_kind = 'preferred'
        WHERE c.kind = 'occupation' AND NOT EXISTS (SELECT 1 FROM esco_labels i WHERE i.uri = c.uri AND i.language = 'it') ORDER BY c.uri LIMIT 1`);
      const found = await top5(newer.label);
      expect(found[0]).toMatchObject({ uri: newer.uri, label: newer.label, labelLanguage: 'en' });
    });

    it('finds ISCO groups by their Italian plural title', async () => {
      const res = await get('/api/reference/isco-groups?q=cuochi&lang=it').expect(200);
      expect(res.body.items.map((i: { code: string }) => i.code)).toContain('5120');
    });
  });

  it('tells coordinators which packs and languages are loaded, with counts', async () => {
    const coordinator = await signedInUser(t, 'coordinator');
    await get('/api/reference/status').expect(403);
    const res = await request(t.server).get('/api/reference/status').set('Authorization', coordinator.auth).expect(200);
    const [{ occupations, italianOccupations }] = await t.dataSource.query(`
      SELECT (SELECT count(*) FROM esco_concepts WHERE kind = 'occupation')::int AS occupations,
             (SELECT count(*) FROM esco_labels WHERE kind = 'occupation' AND language = 'it' AND label_kind = 'preferred')::int AS "italianOccupations"`);
    expect(res.body.concepts).toMatchObject({ skills: 13_896, occupations, iscoGroups: 619 });
    expect(res.body.comuni).toBe(133);
    const it = res.body.languages.find((l: { language: string }) => l.language === 'it');
    // The official Italian occupations, the Italian ISCO groups and the one-skill Italian pack of this suite.
    expect(it.concepts).toMatchObject({ occupations: italianOccupations, iscoGroups: 619, skills: 1 });
    expect(italianOccupations).toBe(2_939);
    expect(res.body.languages.find((l: { language: string }) => l.language === 'en').concepts.skills).toBe(13_896);
    expect(res.body.imports[0].sources).toEqual(['skills_it.csv']);
    expect(res.body.imports[1].sources).toEqual(expect.arrayContaining(['skills_en.csv', 'occupations_it.csv (labels)', 'comuni-milano.csv']));
  });

  it('finds ISCO groups in Italian by label and by code', async () => {
    const byLabel = await get('/api/reference/isco-groups?q=Sviluppatori&lang=it').expect(200);
    expect(byLabel.body.items[0]).toMatchObject({ code: '2512', label: 'Sviluppatori di software', labelLanguage: 'it', kind: 'isco_group' });
    const accents = await get('/api/reference/isco-groups?q=pubblicita&lang=it').expect(200);
    expect(accents.body.items.map((i: { code: string }) => i.code)).toEqual(expect.arrayContaining(['1222', '2431']));
    const byCode = await get('/api/reference/isco-groups?q=2512&lang=en').expect(200);
    expect(byCode.body.items[0]).toMatchObject({ code: '2512', label: 'Software developers', match: 'exact' });
  });

  it('finds comuni by a partial name, an ISTAT code and with a typo', async () => {
    const cernusco = await get('/api/reference/comuni?q=Cernusco').expect(200);
    expect(cernusco.body.items[0]).toMatchObject({ istatCode: '015070', name: 'Cernusco sul Naviglio' });
    const words = await get('/api/reference/comuni?q=naviglio%20cernusco').expect(200);
    expect(words.body.items[0].name).toBe('Cernusco sul Naviglio');
    const milano = await get('/api/reference/comuni?q=015146').expect(200);
    expect(milano.body.items[0]).toMatchObject({ name: 'Milano', lat: 45.4668, lon: 9.1905 });
    const typo = await get('/api/reference/comuni?q=Abbiategraso').expect(200);
    expect(typo.body.items[0].name).toBe('Abbiategrasso');
    const all = await get('/api/reference/comuni?limit=200').expect(200);
    expect(all.body.items).toHaveLength(133);
    await get('/api/reference/comuni/015146').expect(200);
    await get('/api/reference/comuni/999999').expect(404);
  });

  it('answers 422 naming the field for a bad query', async () => {
    const res = await get('/api/reference/skills?q=&limit=500').expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['limit', 'q']);
  });

  it('gives labels for stored URIs and lists unknown ones', async () => {
    const res = await request(t.server)
      .post('/api/reference/concepts/lookup')
      .set('Authorization', auth)
      .send({ uris: [weldingUri, 'http://data.europa.eu/esco/isco/C2512', `${SKILL}no-such-skill`], lang: 'it' })
      .expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({ uri: weldingUri, kind: 'skill', label: 'utilizzare attrezzature per saldatura', labelLanguage: 'it' }),
      expect.objectContaining({ kind: 'isco_group', code: '2512', label: 'Sviluppatori di software' }),
    ]);
    expect(res.body.unknown).toEqual([`${SKILL}no-such-skill`]);
  });

  it('describes a skill with its broader concepts and an occupation with its skills', async () => {
    const skill = await get(`/api/reference/skills/${weldingUri.slice(SKILL.length)}?lang=en`).expect(200);
    const alternatives = await t.dataSource.query(
      `SELECT label FROM esco_labels WHERE uri = $1 AND language = 'en' AND label_kind = 'alternative' ORDER BY label`,
      [weldingUri],
    );
    expect(skill.body).toMatchObject({ label: 'use welding equipment', skillType: 'skill/competence' });
    expect(skill.body.alternativeLabels).toEqual(alternatives.map((a: { label: string }) => a.label));
    const [{ count: broaderCount }] = await t.dataSource.query('SELECT count(*)::int FROM esco_skill_broader WHERE skill_uri = $1', [weldingUri]);
    expect(skill.body.broader).toHaveLength(broaderCount);
    const [{ uri: welder }] = await t.dataSource.query(`SELECT uri FROM esco_labels WHERE label = 'welder' AND label_kind = 'preferred'`);
    const occupation = await get(`/api/reference/occupations/${welder.split('/').pop()}?lang=en`).expect(200);
    const [{ essential, optional }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE relation = 'essential')::int AS essential, count(*) FILTER (WHERE relation = 'optional')::int AS optional
       FROM esco_occupation_skills WHERE occupation_uri = $1`,
      [welder],
    );
    expect(occupation.body.essentialSkills).toHaveLength(essential);
    expect(occupation.body.optionalSkills).toHaveLength(optional);
    expect(occupation.body.iscoGroup).toBe('7212');
    await get(`/api/reference/skills/${welder.split('/').pop()}`).expect(404);
    await get('/api/reference/skills/not-a-uuid').expect(404);
  });
});
