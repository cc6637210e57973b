import { getQueueToken } from '@nestjs/bullmq';
import { indexDocumentJobId, JOBS, QUEUES, reindexOrganisationJobId } from '@ponte/jobs';
import { Job, Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { createTestWorker, TestWorker } from '../../test/test-worker';
import { SearchIndexModule } from './search-index.module';
import { SearchIndexService } from './search-index.service';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

describe('search-index worker', () => {
  let w: TestWorker;
  let queue: Queue;
  let events: QueueEvents;
  let organisationId: string;

  const insertOffer = async (status: string, title = 'Saldatore a filo continuo') => {
    const [row] = await w.dataSource.query(
      `INSERT INTO offers (organisation_id, title, description, occupation_uri, work_mode, comune, weekly_hours, shifts, contract,
         seats, deadline, status, published_at)
       VALUES ($1, $2, 'Saldatura MIG/MAG con tutor.', $3, 'on_site', '015209', 30, '{morning}', 'tempo_determinato', 1,
         current_date + 10, $4, CASE WHEN $4 = 'draft' THEN NULL ELSE now() END)
       RETURNING id, version`,
      [organisationId, title, WELDER, status],
    );
    return row as { id: string; version: number };
  };
  const run = async (name: string, data: object, jobId: string): Promise<unknown> => {
    const job: Job = await queue.add(name, data, { jobId, attempts: 1 });
    return job.waitUntilFinished(events, 20_000);
  };
  const indexed = async (id: string) =>
    (await w.dataSource.query('SELECT title, labels_it, labels_en, comune_name, version FROM search_documents WHERE source_id = $1', [id]))[0];

  beforeAll(async () => {
    w = await createTestWorker([SearchIndexModule]);
    queue = w.context.get<Queue>(getQueueToken(QUEUES.search));
    events = new QueueEvents(QUEUES.search, { connection: { url: w.env['REDIS_URL'] }, prefix: w.env['QUEUE_PREFIX'] });
    await events.waitUntilReady();
    [{ id: organisationId }] = await w.dataSource.query(
      `INSERT INTO organisations (kind, legal_name, status) VALUES ('company', 'Officine Brambilla S.r.l.', 'vetted') RETURNING id`,
    );
    await w.dataSource.query(`INSERT INTO comuni (istat_code, name, lat, lon) VALUES ('015209', 'Sesto San Giovanni', 45.535722, 9.237655)`);
    await w.dataSource.query(
      `INSERT INTO esco_concepts (uri, kind, isco_group) VALUES ($1, 'occupation', '7212'), ('http://data.europa.eu/esco/isco/C7212', 'isco_group', NULL)`,
      [WELDER],
    );
    await w.dataSource.query(`UPDATE esco_concepts SET code = '7212' WHERE kind = 'isco_group'`);
    const [kindColumn] = await w.dataSource.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'esco_labels' AND column_name = 'kind'`,
    );
    await w.dataSource.query(
      `INSERT INTO esco_labels (uri, language, label, label_kind${kindColumn ? ', kind' : ''})
       SELECT v.*${kindColumn ? ', c.kind' : ''} FROM (VALUES ($1, 'en', 'welder', 'preferred'),
         ('http://data.europa.eu/esco/isco/C7212', 'it', 'Saldatori e tagliatori a fiamma', 'preferred')) AS v(uri, language, label, label_kind)
       JOIN esco_concepts c ON c.uri = v.uri`,
      [WELDER],
    );
  });
  afterAll(async () => {
    await events.close();
    await w.close();
  });

  it('indexes a published offer as the database holds it, with its ESCO labels and comune', async () => {
    const offer = await insertOffer('published');
    expect(await run(JOBS.search.indexDocument, { kind: 'offer', id: offer.id, version: 1 }, indexDocumentJobId({ kind: 'offer', id: offer.id, version: 1 }))).toBe('indexed');
    expect(await indexed(offer.id)).toEqual({
      title: 'Saldatore a filo continuo',
      labels_it: 'Saldatori e tagliatori a fiamma',
      labels_en: 'welder',
      comune_name: 'Sesto San Giovanni',
      version: 1,
    });
  });

  it('removes a document once its offer is closed, and is idempotent', async () => {
    const offer = await insertOffer('published', 'Tornitore');
    const service = w.context.get(SearchIndexService);
    expect(await service.sync('offer', offer.id)).toBe('indexed');
    await w.dataSource.query(`UPDATE offers SET status = 'closed', version = 2 WHERE id = $1`, [offer.id]);
    expect(await run(JOBS.search.indexDocument, { kind: 'offer', id: offer.id, version: 2 }, `index-offer-${offer.id}-v2`)).toBe('removed');
    expect(await service.sync('offer', offer.id)).toBe('removed');
    expect(await indexed(offer.id)).toBeUndefined();
  });

  it('refuses (for a retry) a job whose version the database does not show yet', async () => {
    const offer = await insertOffer('published', 'Magazziniere');
    await expect(w.context.get(SearchIndexService).sync('offer', offer.id, 2)).rejects.toThrow(/not visible yet/);
    expect(await indexed(offer.id)).toBeUndefined();
  });

  it("drops an organisation's documents when it is suspended and restores them when vetted again", async () => {
    const offer = await insertOffer('published', 'Carrellista');
    await insertOffer('draft', 'Bozza');
    const service = w.context.get(SearchIndexService);
    await service.sync('offer', offer.id);
    await w.dataSource.query(`UPDATE organisations SET status = 'suspended' WHERE id = $1`, [organisationId]);
    const suspended = (await run(JOBS.search.reindexOrganisation, { organisationId }, reindexOrganisationJobId({ organisationId }, 1))) as Record<string, number>;
    expect(suspended['indexed']).toBe(0);
    expect(suspended['removed']).toBeGreaterThanOrEqual(1);
    expect(await indexed(offer.id)).toBeUndefined();
    await w.dataSource.query(`UPDATE organisations SET status = 'vetted' WHERE id = $1`, [organisationId]);
    await run(JOBS.search.reindexOrganisation, { organisationId }, reindexOrganisationJobId({ organisationId }, 2));
    expect((await indexed(offer.id)).title).toBe('Carrellista');
  });

  it('rebuilds the whole index from the database', async () => {
    await w.dataSource.query(`INSERT INTO search_documents (id, kind, source_id, version, organisation_id, organisation_kind, organisation_name,
      title, description, work_mode, published_at) VALUES ('offer-' || $1, 'offer', $1::uuid, 1, $1::uuid, 'company', 'x', 'Fantasma', 'non più nel database', 'remote', now())`, [randomUUID()]);
    const result = (await run(JOBS.search.reindexAll, {}, `reindex-all-${Date.now()}`)) as { indexed: number };
    const [{ published }] = await w.dataSource.query(`SELECT count(*)::int AS published FROM offers WHERE status = 'published'`);
    expect(result.indexed).toBe(published);
    const titles = (await w.dataSource.query('SELECT title FROM search_documents ORDER BY title')).map((r: { title: string }) => r.title);
    expect(titles).not.toContain('Fantasma');
    expect(titles).toHaveLength(published);
  });
});
