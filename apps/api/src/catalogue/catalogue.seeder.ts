import { parseEnv } from '@ponte/config';
import { createSearchEngine, SearchDocumentBuilder } from '@ponte/search';
import type { DataSource } from 'typeorm';
import type { Seeder } from '../common/seed/seeder';
import { ESSENTIAL_SKILLS_SQL, insertDemoCourseSql, insertDemoOfferSql, LISTING_BY_TITLE_SQL, ORGANISATION_BY_NAME_SQL } from './catalogue.seeder.sql';

const ESCO = 'http://data.europa.eu/esco/occupation/';

/** Demo listings; the occupations are in the built-in reference set as well as in the full ESCO pack. */
interface DemoListing {
  organisation: string;
  kind: 'offer' | 'course';
  status: 'draft' | 'published';
  title: string;
  description: string;
  occupation: string;
  comune: string | null;
  workMode: 'on_site' | 'remote' | 'hybrid';
  shifts: string[];
  seats: number;
  /** Offers: weekly hours; courses: total hours. */
  hours: number;
  contract?: string;
  cost?: string;
  accommodations?: string[];
  childcareSupport?: boolean;
}

const ACME = 'Acme Servizi S.r.l.';
const ENAIP = 'ENAIP Lombardia – sede demo';
const CGIL = 'CGIL Camera del Lavoro Metropolitana – demo';

export const DEMO_LISTINGS: DemoListing[] = [
  {
    organisation: ACME, kind: 'offer', status: 'published', title: 'Addetta alle pulizie di uffici, part time mattina',
    description: 'Pulizia di uffici in zona Porta Romana, dalle 7 alle 11. Affiancamento nelle prime settimane, prodotti e divise forniti.',
    occupation: 'cbad55a4-c7cf-4ab6-9540-eac72b26729b', comune: '015146', workMode: 'on_site', shifts: ['morning'], seats: 3, hours: 20,
    contract: 'tempo_determinato', accommodations: ['flexible_hours', 'confidential_hr', 'part_time'],
  },
  {
    organisation: ACME, kind: 'offer', status: 'published', title: 'Magazziniera con patentino per il carrello elevatore',
    description: 'Movimentazione merci e inventario nel magazzino di Rho. Il patentino può essere conseguito con noi nel primo mese.',
    occupation: 'eeac6251-1974-42f5-91ed-513c6c883755', comune: '015182', workMode: 'on_site', shifts: ['morning', 'afternoon'], seats: 2, hours: 38,
    contract: 'tempo_indeterminato', accommodations: ['transport', 'confidential_hr'],
  },
  {
    organisation: ACME, kind: 'offer', status: 'published', title: 'Addetta al centralino e all’accoglienza clienti',
    description: 'Gestione delle chiamate e accoglienza dei visitatori, con due giorni a settimana da casa.',
    occupation: 'f7b04542-d8c7-42db-8475-e63b507cce82', comune: '015209', workMode: 'hybrid', shifts: ['morning'], seats: 1, hours: 30,
    contract: 'apprendistato', accommodations: ['flexible_hours', 'childcare'],
  },
  {
    organisation: ACME, kind: 'offer', status: 'draft', title: 'Cameriera ai piani per hotel in centro',
    description: 'Riassetto delle camere di un hotel quattro stelle, turni a rotazione con un weekend libero su due.',
    occupation: '731ecac4-06e8-4ec2-a559-101fecbd9183', comune: '015146', workMode: 'on_site', shifts: ['morning', 'weekend'], seats: 2, hours: 24,
    contract: 'tempo_determinato',
  },
  {
    organisation: CGIL, kind: 'offer', status: 'published', title: 'Operatrice di call center da casa, orario flessibile',
    description: 'Assistenza clienti per un servizio pubblico, da remoto con postazione fornita. Formazione iniziale retribuita.',
    occupation: '0ededdc2-050a-4ec3-8e70-6295105fcd19', comune: null, workMode: 'remote', shifts: ['morning', 'afternoon'], seats: 4, hours: 25,
    contract: 'tirocinio', accommodations: ['flexible_hours', 'childcare', 'part_time'],
  },
  {
    organisation: ENAIP, kind: 'course', status: 'published', title: 'Aiuto cuoca: corso professionale con tirocinio',
    description: 'Igiene e sicurezza alimentare (HACCP), preparazioni di base, organizzazione della cucina. 80 ore di tirocinio in ristoranti partner.',
    occupation: 'e1cf6897-158d-4b48-a39e-2a3a8cac216c', comune: '015146', workMode: 'on_site', shifts: ['morning'], seats: 15, hours: 200,
    cost: 'funded', childcareSupport: true,
  },
  {
    organisation: ENAIP, kind: 'course', status: 'published', title: 'Assistente familiare: cura della persona anziana',
    description: 'Cura della persona, alimentazione, primo soccorso e relazione con la famiglia. Attestato di competenze regionale.',
    occupation: '1391bdf9-bd61-4fb5-91ca-c29036ab2b60', comune: '015070', workMode: 'on_site', shifts: ['afternoon'], seats: 12, hours: 120,
    cost: 'free',
  },
  {
    organisation: CGIL, kind: 'course', status: 'published', title: 'Sartoria e macchine da cucire industriali',
    description: 'Uso della macchina da cucire industriale, orli, riparazioni e confezione. Laboratorio a piccoli gruppi.',
    occupation: '7d4266b3-2108-4330-b27b-430a96012c21', comune: '015118', workMode: 'on_site', shifts: ['morning'], seats: 8, hours: 80,
    cost: 'free', childcareSupport: true,
  },
];

async function insertListing(dataSource: DataSource, organisationId: string, l: DemoListing, skills: string[]): Promise<string> {
  const occupation = `${ESCO}${l.occupation}`;
  const [row] =
    l.kind === 'offer'
      ? await dataSource.query(
          insertDemoOfferSql(l.status === 'published'),
          [organisationId, l.title, l.description, occupation, skills, l.workMode, l.comune, l.hours, l.shifts, l.contract, l.seats, l.accommodations ?? [], l.status],
        )
      : await dataSource.query(
          insertDemoCourseSql(l.status === 'published'),
          [organisationId, l.title, l.description, skills, [occupation], l.workMode, l.comune, l.shifts, l.hours, l.seats, l.cost, l.childcareSupport ?? false, l.status],
        );
  return row.id;
}

/**
 * A few offers and courses of the demo organisations (seeded by the identity seeder, found by
 * name), then indexed with the configured engine. Idempotent: a listing with the same
 * organisation and title is left as it is.
 */
export const catalogueSeeder: Seeder = {
  key: 'catalogue',
  after: ['reference', 'identity'],
  name: 'demo offers and courses',
  async run({ dataSource, log }) {
    const created: { kind: 'offer' | 'course'; id: string }[] = [];
    for (const listing of DEMO_LISTINGS) {
      const [organisation] = await dataSource.query(ORGANISATION_BY_NAME_SQL, [listing.organisation]);
      if (!organisation) {
        log(`skipped "${listing.title}": organisation "${listing.organisation}" not seeded`);
        continue;
      }
      const [existing] = await dataSource.query(LISTING_BY_TITLE_SQL[listing.kind], [organisation.id, listing.title]);
      if (existing) continue;
      const skills: string[] = (
        await dataSource.query(
          ESSENTIAL_SKILLS_SQL,
          [`${ESCO}${listing.occupation}`],
        )
      ).map((r: { skill_uri: string }) => r.skill_uri);
      if (skills.length === 0) {
        log(`skipped "${listing.title}": its ESCO occupation is not loaded`);
        continue;
      }
      created.push({ kind: listing.kind, id: await insertListing(dataSource, organisation.id, listing, skills) });
    }
    log(`${created.length} listings created, ${DEMO_LISTINGS.length - created.length} already there or skipped`);
    if (created.length === 0) return;
    try {
      const engine = await createSearchEngine(parseEnv(process.env), dataSource);
      const builder = new SearchDocumentBuilder(dataSource);
      for (const { kind, id } of created) {
        const document = await builder.build(kind, id);
        if (document) await engine.index(document);
      }
      await engine.close();
      log(`indexed with the ${engine.name} engine`);
    } catch (error) {
      log(`not indexed (${(error as Error).message}): run "node dist/apps/api/cli.js reindex" once search is up`);
    }
  },
};
