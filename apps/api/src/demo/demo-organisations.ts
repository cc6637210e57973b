import { partitaIvaCheckDigit, type OrganisationKind, type OrganisationStatus } from '@ponte/domain';
import type { Sector } from './demo-occupations';

/**
 * The showcase's organisations (besides the four demo accounts' ones): employers of protected
 * placement, training bodies and unions of the metropolitan area. Names are of things, never
 * of people (they pass the identifier detector); identifiers are valid but made up.
 */
export interface ShowcaseOrganisation {
  kind: OrganisationKind;
  legalName: string;
  atecoCode: string;
  seatComune: string;
  status: Extract<OrganisationStatus, 'vetted' | 'pending' | 'suspended'>;
  /** What it offers (employers) or teaches (training bodies, unions). */
  sectors: readonly Sector[];
}

const company = (legalName: string, atecoCode: string, seatComune: string, sectors: Sector[], status: ShowcaseOrganisation['status'] = 'vetted'): ShowcaseOrganisation => ({
  kind: 'company', legalName, atecoCode, seatComune, sectors, status,
});
const trainer = (legalName: string, seatComune: string, sectors: Sector[], status: ShowcaseOrganisation['status'] = 'vetted'): ShowcaseOrganisation => ({
  kind: 'training_body', legalName, atecoCode: '85.59.20', seatComune, sectors, status,
});
const union = (legalName: string, seatComune: string, sectors: Sector[], status: ShowcaseOrganisation['status'] = 'vetted'): ShowcaseOrganisation => ({
  kind: 'union', legalName, atecoCode: '94.20.00', seatComune, sectors, status,
});

export const SHOWCASE_ORGANISATIONS: readonly ShowcaseOrganisation[] = [
  company('Cooperativa Sociale Arcobaleno Servizi', '81.21.00', '015146', ['cleaning', 'care']),
  company('Pulizie Lombarde Soc. Coop.', '81.21.00', '015209', ['cleaning']),
  company('Cooperativa Sociale Nuovi Orizzonti', '88.10.00', '015077', ['care']),
  company('Casa Serena Servizi alla Persona S.r.l.', '87.30.00', '015118', ['care', 'hospitality']),
  company('Residenza Il Glicine S.r.l.', '87.10.00', '015182', ['care', 'cleaning']),
  company('Mercato Fresco S.p.A.', '47.11.10', '015146', ['retail', 'logistics']),
  company('Emporio Martesana S.r.l.', '47.11.40', '015070', ['retail']),
  company('Botteghe del Naviglio S.r.l.', '47.19.10', '015002', ['retail']),
  company('Logistica Padana S.p.A.', '52.10.00', '015116', ['logistics']),
  company('Magazzini Est Milano S.r.l.', '52.29.22', '015175', ['logistics', 'office']),
  company('Hotel dei Navigli S.r.l.', '55.10.00', '015146', ['hospitality']),
  company('Albergo della Stazione S.r.l.', '55.10.00', '015182', ['hospitality', 'cleaning']),
  company('Ristorazione Collettiva Lombarda S.p.A.', '56.29.10', '015192', ['hospitality']),
  company('Trattoria del Borgo S.r.l.', '56.10.11', '015140', ['hospitality']),
  company('Mense Scolastiche Sud Milano Soc. Coop.', '56.29.20', '015189', ['hospitality', 'cleaning']),
  company('Lavanderia Industriale Olona S.r.l.', '96.01.10', '015168', ['cleaning', 'manufacturing']),
  company('Sartoria Sociale Trame Soc. Coop.', '14.13.10', '015146', ['manufacturing', 'retail']),
  company('Servizi Ufficio Integrati S.r.l.', '82.11.01', '015205', ['office']),
  company('Contact Center Lombardia S.r.l.', '82.20.00', '015209', ['office']),
  company('Igiene Urbana Adda S.p.A.', '38.11.00', '015059', ['cleaning']),
  company('Asilo Nido Primi Passi Soc. Coop.', '88.91.00', '015027', ['care']),
  company('Officine Metalliche Ticino S.r.l.', '25.11.00', '015130', ['manufacturing', 'logistics']),
  company('Imballaggi del Sud Milano S.r.l.', '82.92.10', '015115', ['logistics']),
  company('Farmacia e Sanitaria Martesana S.r.l.', '47.73.10', '015142', ['retail', 'office']),
  company('Cooperativa Sociale La Rotonda', '88.99.00', '015093', ['care', 'cleaning', 'hospitality']),
  company('Multiservizi Alto Milanese Soc. Coop.', '81.21.00', '015131', ['cleaning', 'office']),
  company('Casa di Riposo Villa dei Tigli S.r.l.', '87.30.00', '015011', ['care', 'hospitality']),
  company('Ortofrutta Sud Milano S.r.l.', '46.31.10', '015201', ['logistics', 'retail']),
  company('Mensa Aziendale Melzo Soc. Coop.', '56.29.10', '015142', ['hospitality']),
  company('Archivi e Servizi Documentali S.r.l.', '82.19.09', '015146', ['office']),
  company('Spesa Amica Supermercati S.r.l.', '47.11.10', '015036', ['retail'], 'pending'),
  company('Servizi Rapidi Multiservice S.r.l.', '81.22.02', '015087', ['cleaning'], 'pending'),
  company('Logistica Veloce Hinterland S.r.l.', '52.29.22', '015166', ['logistics'], 'suspended'),
  company('Ristoro Fiera S.r.l.', '56.10.11', '015170', ['hospitality'], 'suspended'),
  trainer('Fondazione Formazione e Lavoro Milano', '015146', ['hospitality', 'office', 'retail']),
  trainer('Centro di Formazione Professionale Nord Milano', '015209', ['care', 'logistics', 'office']),
  trainer('Scuola Professionale Alto Milanese', '015118', ['manufacturing', 'care', 'hospitality']),
  trainer('Istituto di Formazione Adda Martesana', '015070', ['retail', 'logistics', 'cleaning']),
  trainer('Agenzia Formativa Sud Milano', '015192', ['care', 'cleaning', 'hospitality']),
  trainer('Centro Servizi Formazione Rhodense', '015182', ['office', 'logistics', 'retail']),
  trainer('Accademia dei Mestieri della Cura', '015146', ['care'], 'pending'),
  union('CISL Milano Metropoli – sportello demo', '015146', ['care', 'office']),
  union('UIL Milano e Lombardia – demo', '015146', ['retail', 'hospitality']),
  union('Sportello Lavoro Donne – Camera del Lavoro Ticino Olona', '015118', ['cleaning', 'care']),
];

/** A valid, made-up partita IVA (or numeric codice fiscale) for the n-th organisation. */
export function demoFiscalNumber(n: number, first: '0' | '8'): string {
  const body = `${first}${String(4_200_000 + n * 7_919).padStart(6, '0').slice(-6)}156`;
  return `${body}${partitaIvaCheckDigit(body)}`;
}

/** Accreditation numbers of the regional register look like this (made up). */
export const demoAccreditation = (n: number): string => `LOM-DEMO-${String(100 + n).padStart(4, '0')}`;
