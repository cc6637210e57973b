import { codiceFiscaleCheckChar, IDENTIFIER_KINDS, type IdentifierKind } from '@ponte/domain';
import request from 'supertest';
import { createTestApp, TestApp } from '../../test/test-app';
import { createProfile, profileBody, ProfileWorld, profileWorld, SKILLS } from '../../test/profiles/profile-fixtures';

const cfBody = 'BNCGLI85M52F205';

/** Italian text with one identifier of each kind, as a counsellor might type it. */
const EXAMPLES: Record<IdentifierKind, string> = {
  person_name: 'Si chiama Giulia Bianchi e ha lavorato come colf',
  email: 'Per contattarla: giulia.bianchi85@gmail.com',
  phone: 'Reperibile al cellulare 347 123 4567 dopo le 18',
  codice_fiscale: `Codice fiscale ${cfBody}${codiceFiscaleCheckChar(cfBody)}`,
  iban: 'Stipendio su IT60 X054 2811 1010 0000 0123 456',
  street_address: 'Abita in via Padova 45, vicino al mercato',
  date_of_birth: 'Nata il 12/03/1985 a Casablanca',
  social_handle: 'Su Instagram la trovate come @giulia_b85',
  document_number: 'Permesso di soggiorno n. I 0123456 7, in rinnovo',
  licence_plate: 'Arriva con la sua auto targata AB 123 CD',
};

/** The evasions of the adversarial review (issue 20): each must be refused with its kind. */
const EVASIONS: [string, string, string][] = [
  ['no-break spaces', 'Cellulare 347\u00a0123\u00a04567', 'phone'],
  ['zero-width spaces', 'Cellulare 347\u200b123\u200b4567', 'phone'],
  ['word joiners in a codice fiscale', `CF ${cfBody.slice(0, 6)}\u2060${cfBody.slice(6)}${codiceFiscaleCheckChar(cfBody)}`, 'codice_fiscale'],
  ['soft hyphens in an IBAN', 'IT60\u00adX054\u00ad2811\u00ad1010\u00ad0000\u00ad0123\u00ad456', 'iban'],
  ['full-width digits', 'Cellulare ３４７ １２３ ４５６７', 'phone'],
  ['Arabic-Indic digits', 'Cellulare ٣٤٧ ١٢٣ ٤٥٦٧', 'phone'],
  ['a full-width at sign', 'giulia.bianchi85＠gmail.com', 'email'],
  ['letter-spacing', 'G I U L I A  B I A N C H I', 'person_name'],
  ['an upper-case surname first, at a line start', 'BIANCHI GIULIA\nColf', 'person_name'],
  ['a phone in words', 'tre quattro sette, uno due tre, quattro cinque sei sette', 'phone'],
  ['a birth date in words', 'nata il dodici marzo millenovecentottantacinque', 'date_of_birth'],
];

/** Ordinary descriptions that must pass untouched. */
const ORDINARY = [
  'Assistenza domiciliare a persone anziane, igiene della persona e preparazione pasti',
  'Cura della casa e dei figli per dieci anni (lavoro di cura non retribuito)',
  'Addetta alla cassa in un supermercato di Sesto San Giovanni per 3 anni',
  'Corso HACCP di 12 ore nel 2019; disponibile dal 01/09/2026, turni 6-14',
  'Sarta: orli, riparazioni, macchina da cucire industriale',
  'Volontariato presso la Caritas Ambrosiana e la Croce Rossa',
];

describe('identifiers in free text', () => {
  let t: TestApp;
  let w: ProfileWorld;
  let existing: string;
  beforeAll(async () => {
    t = await createTestApp();
    w = await profileWorld(t);
    existing = (await createProfile(t, w.counsellor)).id;
  });
  afterAll(() => t.close());

  const withNotes = (text: string) => profileBody({ notes: text });
  const withComment = (text: string) =>
    profileBody({ skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['work'] }, { uri: SKILLS.domesticCare, level: 'advanced', acquiredThrough: ['unpaid_care'], comment: text }] });
  const countProfiles = async () => Number((await t.dataSource.query('SELECT count(*) FROM profiles'))[0].count);

  it('covers every kind the detector knows', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...IDENTIFIER_KINDS].sort());
  });

  describe.each(IDENTIFIER_KINDS)('%s', (kind) => {
    it('is refused in the notes and in a skill comment, on creation, naming field and kind, storing nothing', async () => {
      const before = await countProfiles();
      for (const [field, body] of [
        ['notes', withNotes(EXAMPLES[kind])],
        ['skills[1].comment', withComment(EXAMPLES[kind])],
      ] as const) {
        const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(body).expect(422);
        expect(res.body.type).toBe('urn:ponte:problem:validation');
        expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code: `identifier.${kind}` }));
        expect(res.body.errors.every((e: { field: string }) => e.field === field)).toBe(true);
        // Each kind has its own message (Italian here), never the generic "invalid value".
        expect(res.body.errors[0].message).toMatch(/^Sembra contenere .*: Ponte non conserva dati identificativi/);
        // The refusal never echoes what it refused.
        expect(JSON.stringify(res.body)).not.toContain(EXAMPLES[kind]);
      }
      const english = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).set('Accept-Language', 'en').send(withNotes(EXAMPLES[kind])).expect(422);
      expect(english.body.errors[0].message).toMatch(/^Seems to contain .*: Ponte does not keep identifying data/);
      expect(await countProfiles()).toBe(before);
    });

    it('is refused on update too, leaving the profile unchanged', async () => {
      const res = await request(t.server).patch(`/api/profiles/${existing}`).set('Authorization', w.counsellor.auth).send({ notes: EXAMPLES[kind] }).expect(422);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'notes', code: `identifier.${kind}` }));
      const comment = await request(t.server)
        .patch(`/api/profiles/${existing}`)
        .set('Authorization', w.counsellor.auth)
        .send({ skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['work'], comment: EXAMPLES[kind] }] })
        .expect(422);
      expect(comment.body.errors).toContainEqual(expect.objectContaining({ field: 'skills[0].comment', code: `identifier.${kind}` }));
      const [{ version }] = await t.dataSource.query('SELECT version FROM profiles WHERE id = $1', [existing]);
      expect(version).toBe(1);
    });
  });

  it.each(EVASIONS)('refuses an identifier disguised with %s, in notes, comments and cover-message-like text', async (_how, text, kind) => {
    for (const [field, body] of [
      ['notes', withNotes(text)],
      ['skills[1].comment', withComment(text)],
    ] as const) {
      const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(body).expect(422);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field, code: `identifier.${kind}` }));
    }
  });

  it('stores free text normalised, so what was checked is what is read back', async () => {
    const sent = 'Turni\u00a0da\u202f８ ore,\u200b reparto ٣ e corso HACCP\u00ad; ﬁne settimana libero';
    const stored = 'Turni da 8 ore, reparto 3 e corso HACCP; fine settimana libero';
    const created = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(withComment(sent)).expect(201);
    await request(t.server).patch(`/api/profiles/${created.body.id}`).set('Authorization', w.counsellor.auth).send({ notes: sent }).expect(200);
    const read = await request(t.server).get(`/api/profiles/${created.body.id}`).set('Authorization', w.counsellor.auth).expect(200);
    expect(read.body.notes).toBe(stored);
    expect(read.body.skills[1].comment).toBe(stored);
  });

  it('explains the refusal in Italian by default and in English on request', async () => {
    const it = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(withNotes(EXAMPLES.email)).expect(422);
    expect(it.body.errors[0].message).toBe('Sembra contenere un indirizzo e-mail: Ponte non conserva dati identificativi.');
    const en = await request(t.server)
      .post('/api/profiles')
      .set('Authorization', w.counsellor.auth)
      .set('Accept-Language', 'en')
      .send(withNotes(EXAMPLES.phone))
      .expect(422);
    expect(en.body.errors[0].message).toBe('Seems to contain a phone number: Ponte does not keep identifying data.');
  });

  it('reports every field with an identifier at once', async () => {
    const body = profileBody({
      notes: EXAMPLES.iban,
      skills: [{ uri: SKILLS.sewFabric, level: 'basic', acquiredThrough: ['work'], comment: EXAMPLES.street_address }],
    });
    const res = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(body).expect(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'notes:identifier.iban',
      'skills[0].comment:identifier.street_address',
    ]);
  });

  it.each(ORDINARY)('accepts the ordinary description "%s" in notes and comments', async (text) => {
    const created = await request(t.server).post('/api/profiles').set('Authorization', w.counsellor.auth).send(withComment(text)).expect(201);
    await request(t.server).patch(`/api/profiles/${created.body.id}`).set('Authorization', w.counsellor.auth).send({ notes: text }).expect(200);
    const read = await request(t.server).get(`/api/profiles/${created.body.id}`).set('Authorization', w.counsellor.auth).expect(200);
    expect(read.body.notes).toBe(text);
    expect(read.body.skills[1].comment).toBe(text);
  });
});
