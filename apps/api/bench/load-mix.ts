/**
 * What the load benchmark sends: a READ mix (counsellors reading their profiles, matches and
 * searches, autocomplete while typing; partners reading the proposals made to them and their
 * offers) and a WRITE mix (counsellors updating profiles, partners creating and editing offers).
 * Weights are per operation; each request picks one at random.
 */
import { rng } from '../test/search/random-catalogue';

export interface Caller {
  auth: string;
}
export interface MixContext {
  counsellors: (Caller & { profileIds: string[] })[];
  partner: Caller & { proposalIds: string[]; draftOfferIds: string[] };
  skillUris: string[];
  /** Skill labels the autocomplete prefixes are typed from (a few hundred: the answers are cached, so a handful of fixed prefixes would measure only the cache). */
  skillLabels: string[];
  /** Whether the built API serves GET /api/profiles/:id/matches (the matching feature). */
  matches: boolean;
}

export interface Operation {
  name: string;
  weight: number;
  build(): { method: string; path: string; auth: string; body?: unknown };
}

const AUTOCOMPLETE = ['sal', 'cuc', 'assist', 'pul', 'magaz', 'vend', 'cont', 'infor', 'cass', 'acco', 'segr', 'camer', 'cur', 'ingl', 'cucit'];

/** What a counsellor has typed so far: the first 3 to 8 letters of a label, or a common prefix. */
function typed(r: ReturnType<typeof rng>, labels: string[]): string {
  if (!labels?.length || r.next() < 0.3) return r.pick(AUTOCOMPLETE);
  const label = r.pick(labels);
  return label.slice(0, Math.min(label.length, r.int(3, 8))).trim();
}
const SEARCH = ['cuoca', 'magazziniera', 'addetta vendite', 'assistenza anziani', 'pulizie', 'cameriera', 'contabilità', 'sartoria', 'informatica', 'accoglienza', 'tirocinio', 'part time'];
const COMUNI = ['015146', '015209', '015182', '015116', '015077', '015170'];
/** The 24 most populous comuni of the metropolitan area; Milano is ~40% of its people. */
const SEARCH_COMUNI = ['015209', '015077', '015118', '015182', '015166', '015081', '015189', '015195', '015027', '015175', '015093', '015205', '015002', '015192', '015070', '015168', '015036', '015105', '015032', '015116', '015074', '015130', '015171'];

/**
 * A counsellor's search: a common query half the time, otherwise a word of an ESCO skill label;
 * near Milano (40%) or another large comune, within 20 km (or 10, 30); sometimes offers only or
 * the second page. Searches repeat only as often as that makes them (answers are kept in memory
 * while the catalogue is unchanged, so a few fixed queries would measure only that).
 */
function searchPath(r: ReturnType<typeof rng>, labels: string[]): string {
  const word = labels?.length ? r.pick(labels).split(/\s+/).find((w) => w.length >= 4) : undefined;
  const q = r.next() < 0.5 || !word ? r.pick(SEARCH) : word;
  const comune = r.next() < 0.4 ? '015146' : r.pick(SEARCH_COMUNI);
  const x = r.next();
  const radius = x < 0.6 ? 20 : x < 0.8 ? 10 : 30;
  return `/api/search?q=${encodeURIComponent(q)}&comune=${comune}&radiusKm=${radius}${r.next() < 0.2 ? '&kind=offer' : ''}${r.next() < 0.1 ? '&page=2' : ''}`;
}

export function readMix(ctx: MixContext): Operation[] {
  const r = rng(7);
  const counsellor = () => r.pick(ctx.counsellors);
  const ops: Operation[] = [
    { name: 'profiles list', weight: 12, build: () => ({ method: 'GET', path: `/api/profiles?page=${r.int(1, 5)}&pageSize=20`, auth: counsellor().auth }) },
    {
      name: 'profile detail',
      weight: 14,
      build: () => {
        const c = counsellor();
        return { method: 'GET', path: `/api/profiles/${r.pick(c.profileIds)}`, auth: c.auth };
      },
    },
    { name: 'search', weight: 14, build: () => ({ method: 'GET', path: searchPath(r, ctx.skillLabels), auth: counsellor().auth }) },
    { name: 'autocomplete skills', weight: 16, build: () => ({ method: 'GET', path: `/api/reference/skills?q=${encodeURIComponent(typed(r, ctx.skillLabels))}&limit=10`, auth: counsellor().auth }) },
    { name: 'partner proposals list', weight: 8, build: () => ({ method: 'GET', path: '/api/partner/proposals?pageSize=20', auth: ctx.partner.auth }) },
    { name: 'partner candidate card', weight: 8, build: () => ({ method: 'GET', path: `/api/partner/proposals/${r.pick(ctx.partner.proposalIds)}`, auth: ctx.partner.auth }) },
    { name: 'partner offers', weight: 6, build: () => ({ method: 'GET', path: `/api/offers?page=${r.int(1, 10)}&pageSize=20`, auth: ctx.partner.auth }) },
  ];
  if (ctx.matches) {
    ops.push({
      name: 'profile matches',
      weight: 22,
      build: () => {
        const c = counsellor();
        return { method: 'GET', path: `/api/profiles/${r.pick(c.profileIds)}/matches`, auth: c.auth };
      },
    });
  }
  return ops;
}

export function writeMix(ctx: MixContext): Operation[] {
  const r = rng(11);
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      name: 'profile update',
      weight: 40,
      build: () => {
        const c = r.pick(ctx.counsellors);
        return { method: 'PATCH', path: `/api/profiles/${r.pick(c.profileIds)}`, auth: c.auth, body: { weeklyHours: r.int(10, 40), maxCommuteKm: r.int(10, 40) } };
      },
    },
    {
      name: 'offer create',
      weight: 30,
      build: () => ({
        method: 'POST',
        path: '/api/offers',
        auth: ctx.partner.auth,
        body: {
          title: 'Addetta accoglienza clienti',
          description: 'Inserimento protetto con referente dedicata.',
          essentialSkills: r.some(ctx.skillUris, 1, 3),
          workMode: 'on_site',
          comune: r.pick(COMUNI),
          weeklyHours: r.int(15, 40),
          shifts: ['morning'],
          contract: 'tempo_determinato',
          seats: r.int(1, 3),
          deadline: inDays(r.int(20, 90)),
        },
      }),
    },
    {
      name: 'offer update',
      weight: 30,
      build: () => ({ method: 'PATCH', path: `/api/offers/${r.pick(ctx.partner.draftOfferIds)}`, auth: ctx.partner.auth, body: { seats: r.int(1, 9), weeklyHours: r.int(15, 40) } }),
    },
  ];
}

/** Picks an operation by weight. */
export function picker(ops: Operation[]): () => Operation {
  const r = rng(99);
  const total = ops.reduce((sum, op) => sum + op.weight, 0);
  return () => {
    let x = r.next() * total;
    for (const op of ops) if ((x -= op.weight) < 0) return op;
    return ops[ops.length - 1];
  };
}
