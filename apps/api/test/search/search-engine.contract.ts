import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { haversineKm, searchDocumentId, type SearchDocument, type SearchEngine, type SearchQuery } from '@ponte/search';
import { randomUUID } from 'node:crypto';
import { comuni, iscoGroups, occupations, skills } from './reference-sample';

/**
 * The behaviour every SearchEngine must show, on real reference data: ESCO v1.1.1 labels and
 * URIs, the comuni of the metropolitan area with their coordinates, Italian ISCO labels.
 * Run it against an engine with `searchEngineContract('name', open)`.
 */

export interface EngineHandle {
  engine: SearchEngine;
  close(): Promise<void>;
}

const MILANO = '015146';
const DAY = 86_400_000;

function catalogue(): SearchDocument[] {
  const towns = new Map(comuni().map((c) => [c.code, c]));
  const occ = new Map(
    occupations(['welder', 'barista', 'warehouse worker', 'accounting assistant', 'cook', 'care at home worker', 'software developer']).map(
      (o) => [o.label, o],
    ),
  );
  const skillLabels = skills([...occ.values()].flatMap((o) => o.essential));
  const isco = iscoGroups();
  const companyA = randomUUID();
  const companyB = randomUUID();
  const union = randomUUID();
  const school = randomUUID();
  const now = Date.now();
  let n = 0;
  const make = (
    kind: 'offer' | 'course',
    occupation: string,
    fields: Partial<SearchDocument> & { comune: string | null; title: string; organisationId: string; organisationKind: string },
  ): SearchDocument => {
    n += 1;
    const o = occ.get(occupation);
    if (!o) throw new Error(`ESCO occupation "${occupation}" missing from the shared data`);
    const essential = o.essential.slice(0, 5);
    const town = fields.comune ? towns.get(fields.comune) : undefined;
    const sourceId = randomUUID();
    return {
      id: searchDocumentId(kind, sourceId),
      kind,
      sourceId,
      version: 1,
      organisationName: `Organizzazione ${fields.organisationKind}`,
      description: 'Inserimento lavorativo protetto, orari concordati, referente dedicata.',
      labels: {
        it: [isco.get(o.iscoGroup)?.it ?? ''].filter(Boolean),
        en: [o.label, ...o.altLabels.slice(0, 3), ...essential.map((s) => skillLabels.get(s)?.label ?? '')].filter(Boolean),
      },
      occupationUris: [o.uri],
      skillUris: essential,
      comuneName: town?.name ?? null,
      location: town ? { lat: town.lat, lon: town.lon } : null,
      workMode: fields.comune ? 'on_site' : 'remote',
      contract: kind === 'offer' ? 'tempo_determinato' : null,
      shifts: ['morning'],
      accommodations: [],
      cost: kind === 'course' ? 'free' : null,
      startDate: '2026-03-01',
      deadline: '2026-02-15',
      publishedAt: new Date(now - n * DAY).toISOString(),
      ...fields,
    };
  };
  return [
    make('offer', 'welder', { title: 'Saldatore a filo continuo (MIG/MAG)', comune: '015209', organisationId: companyA, organisationKind: 'company', shifts: ['morning', 'afternoon'] }),
    make('offer', 'barista', { title: 'Barista per caffè e colazioni', comune: MILANO, organisationId: companyA, organisationKind: 'company', contract: 'apprendistato' }),
    make('offer', 'warehouse worker', { title: 'Magazziniere con patentino per il muletto', comune: '015182', organisationId: union, organisationKind: 'union', contract: 'tempo_indeterminato', shifts: ['night'] }),
    make('offer', 'accounting assistant', { title: 'Assistente contabile', comune: null, organisationId: companyB, organisationKind: 'company' }),
    make('course', 'welder', { title: 'Corso di saldatura per principianti', comune: '015002', organisationId: school, organisationKind: 'training_body', shifts: ['afternoon'] }),
    make('course', 'cook', { title: 'Cucina professionale: aiuto cuoca', comune: '015070', organisationId: union, organisationKind: 'union', cost: 'funded', shifts: ['morning', 'afternoon'] }),
    make('offer', 'care at home worker', { title: 'Operatrice di assistenza domiciliare', comune: '015118', organisationId: companyB, organisationKind: 'company', contract: 'tempo_indeterminato', workMode: 'hybrid', shifts: ['weekend', 'morning'] }),
    make('course', 'software developer', { title: 'Programmazione web per donne in ripartenza', comune: null, organisationId: school, organisationKind: 'training_body', cost: 'paid', shifts: ['evening'] }),
  ];
}

export function searchEngineContract(name: string, open: () => Promise<EngineHandle>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let handle: EngineHandle;
    let docs: SearchDocument[];
    const byTitle = (start: string) => {
      const doc = docs.find((d) => d.title.startsWith(start));
      if (!doc) throw new Error(start);
      return doc;
    };
    const query = (q: Partial<SearchQuery>): SearchQuery => ({ sort: 'relevance', page: 1, pageSize: 20, ...q });
    const ids = async (q: Partial<SearchQuery>) => (await handle.engine.search(query(q))).items.map((i) => i.id).sort();
    const idsOf = (...titles: string[]) => titles.map((t) => byTitle(t).id).sort();
    const milano = () => {
      const m = comuni().find((c) => c.code === MILANO);
      if (!m) throw new Error('Milano');
      return m;
    };

    beforeAll(async () => {
      docs = catalogue();
      handle = await open();
      await handle.engine.reindexAll([]);
      for (const doc of docs) await handle.engine.index(doc);
    }, 120_000);
    afterAll(() => handle?.close());

    it('finds a singular title from the plural (Italian stemming: "saldatori" → "Saldatore")', async () => {
      expect(await ids({ text: 'saldatori', kinds: ['offer'] })).toEqual(idsOf('Saldatore'));
    });

    it('ignores accents and case ("CAFFE" finds "caffè")', async () => {
      expect(await ids({ text: 'caffe' })).toEqual(idsOf('Barista'));
      expect(await ids({ text: 'CAFFÈ' })).toEqual(idsOf('Barista'));
    });

    it('tolerates a typo ("magazzinere" finds "Magazziniere")', async () => {
      expect(await ids({ text: 'magazzinere' })).toEqual(idsOf('Magazziniere'));
    });

    it('searches the ESCO labels in English and the ISCO group in Italian', async () => {
      expect(await ids({ text: 'welder' })).toEqual(idsOf('Saldatore', 'Corso di saldatura'));
      expect(await ids({ text: 'Sviluppatori' })).toEqual(idsOf('Programmazione web'));
    });

    it('filters by kind, contract, shift, work mode, occupation, skill and organisation kind', async () => {
      expect(await ids({ kinds: ['course'] })).toEqual(idsOf('Corso di saldatura', 'Cucina', 'Programmazione web'));
      expect(await ids({ contracts: ['tempo_indeterminato'] })).toEqual(idsOf('Magazziniere', 'Operatrice'));
      expect(await ids({ shifts: ['night', 'evening'] })).toEqual(idsOf('Magazziniere', 'Programmazione web'));
      expect(await ids({ remote: true })).toEqual(idsOf('Assistente contabile', 'Operatrice', 'Programmazione web'));
      expect(await ids({ remote: false })).toHaveLength(5);
      const welder = byTitle('Saldatore');
      expect(await ids({ occupationUris: welder.occupationUris })).toEqual(idsOf('Saldatore', 'Corso di saldatura'));
      expect(await ids({ skillUris: [welder.skillUris[0]] })).toEqual(idsOf('Saldatore', 'Corso di saldatura'));
      expect(await ids({ organisationKinds: ['union'] })).toEqual(idsOf('Magazziniere', 'Cucina'));
      expect(await ids({ text: 'saldatura', kinds: ['course'], shifts: ['afternoon'] })).toEqual(idsOf('Corso di saldatura'));
    });

    it('counts facets under the active filters', async () => {
      const all = await handle.engine.search(query({}));
      expect(all.total).toBe(8);
      expect(all.facets.kind).toEqual({ offer: 5, course: 3 });
      expect(all.facets.shifts).toEqual({ morning: 5, afternoon: 3, night: 1, weekend: 1, evening: 1 });
      expect(all.facets.workMode).toEqual({ on_site: 5, remote: 2, hybrid: 1 });
      expect(all.facets.organisationKind).toEqual({ company: 4, union: 2, training_body: 2 });
      expect(all.facets.contract).toEqual({ tempo_determinato: 2, apprendistato: 1, tempo_indeterminato: 2 });
      expect(all.facets.comune[MILANO]).toBe(1);
      const offers = await handle.engine.search(query({ kinds: ['offer'] }));
      expect(offers.facets.kind).toEqual({ offer: 5 });
      expect(offers.facets.shifts).toEqual({ morning: 4, afternoon: 1, night: 1, weekend: 1 });
    });

    it('keeps documents within a radius of a comune (remote ones always) and reports the distance', async () => {
      const { lat, lon } = milano();
      const within10 = await handle.engine.search(query({ near: { lat, lon, radiusKm: 10 }, sort: 'distance' }));
      expect(within10.items.map((i) => i.id).sort()).toEqual(idsOf('Barista', 'Saldatore', 'Assistente contabile', 'Programmazione web'));
      // Nearest first, remote (no distance) last.
      expect(within10.items.slice(0, 2).map((i) => i.title)).toEqual([byTitle('Barista').title, byTitle('Saldatore').title]);
      expect(within10.items.slice(2).every((i) => i.distanceKm === null)).toBe(true);
      const sesto = byTitle('Saldatore').location;
      if (!sesto) throw new Error('Sesto');
      expect(within10.items[1].distanceKm).toBeCloseTo(haversineKm(lat, lon, sesto.lat, sesto.lon), 0);
      expect(await ids({ near: { lat, lon, radiusKm: 15 }, remote: false })).toEqual(idsOf('Barista', 'Saldatore', 'Magazziniere', 'Cucina'));
    });

    it('pages through results without overlap, newest first when sorted by date', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => handle.engine.search(query({ sort: 'date', page, pageSize: 3 }))));
      expect(pages.map((p) => p.items.length)).toEqual([3, 3, 2]);
      expect(pages.every((p) => p.total === 8)).toBe(true);
      const order = pages.flatMap((p) => p.items.map((i) => i.id));
      expect(new Set(order).size).toBe(8);
      const expected = [...docs].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((d) => d.id);
      expect(order).toEqual(expected);
      expect(pages[1]).toMatchObject({ page: 2, pageSize: 3 });
    });

    it('returns the display fields of a hit', async () => {
      const [hit] = (await handle.engine.search(query({ text: 'caffe' }))).items;
      const barista = byTitle('Barista');
      expect(hit).toMatchObject({
        id: barista.id,
        kind: 'offer',
        sourceId: barista.sourceId,
        organisationId: barista.organisationId,
        organisationKind: 'company',
        comune: MILANO,
        comuneName: 'Milano',
        contract: 'apprendistato',
        workMode: 'on_site',
        shifts: ['morning'],
        deadline: '2026-02-15',
        publishedAt: barista.publishedAt,
        distanceKm: null,
      });
    });

    it('leaves out excluded organisations, from hits and counts', async () => {
      const welder = byTitle('Saldatore');
      const result = await handle.engine.search(query({ excludeOrganisationIds: [welder.organisationId] }));
      expect(result.total).toBe(6);
      expect(result.items.map((i) => i.organisationId)).not.toContain(welder.organisationId);
      expect(result.facets.kind).toEqual({ offer: 3, course: 3 });
    });

    it('indexes idempotently and replaces a document by a newer version', async () => {
      const welder = byTitle('Saldatore');
      await handle.engine.index(welder);
      expect((await handle.engine.search(query({}))).total).toBe(8);
      await handle.engine.index({ ...welder, version: 2, title: 'Tornitore su macchine a controllo numerico' });
      expect(await ids({ text: 'tornitore' })).toEqual([welder.id]);
      expect(await ids({ text: 'filo continuo' })).toEqual([]);
    });

    it('removes a document, and removing it again is not an error', async () => {
      const warehouse = byTitle('Magazziniere');
      await handle.engine.remove(warehouse.id);
      await handle.engine.remove(warehouse.id);
      expect(await ids({ text: 'magazziniere' })).toEqual([]);
      expect((await handle.engine.search(query({}))).total).toBe(7);
    });

    it('rebuilds the whole index from a stream of documents', async () => {
      async function* two() {
        yield byTitle('Barista');
        yield byTitle('Cucina');
      }
      expect(await handle.engine.reindexAll(two())).toBe(2);
      expect(await ids({})).toEqual(idsOf('Barista', 'Cucina'));
    });
  });
}
