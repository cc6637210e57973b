import { DECLINE_REASONS, type DeclineReason, type ProposalKind, type ProposalState } from '@ponte/domain';
import type { DemoRandom } from './demo-random';

/**
 * The legal walks of the proposal state machine (libs/domain enums.ts) that end in each state,
 * and how often the showcase draws each end state.
 */
export const OFFER_PATHS: Readonly<Partial<Record<ProposalState, readonly ProposalState[][]>>> = {
  proposed: [['proposed']],
  viewed: [['proposed', 'viewed']],
  interested: [['proposed', 'viewed', 'interested']],
  declined: [['proposed', 'viewed', 'declined'], ['proposed', 'viewed', 'interested', 'declined']],
  interview_arranged: [['proposed', 'viewed', 'interested', 'interview_arranged']],
  hired: [['proposed', 'viewed', 'interested', 'interview_arranged', 'hired']],
  not_hired: [['proposed', 'viewed', 'interested', 'interview_arranged', 'not_hired']],
  withdrawn: [['proposed', 'withdrawn'], ['proposed', 'viewed', 'withdrawn']],
};

export const COURSE_PATHS: Readonly<Partial<Record<ProposalState, readonly ProposalState[][]>>> = {
  proposed: [['proposed']],
  viewed: [['proposed', 'viewed']],
  interested: [['proposed', 'viewed', 'interested']],
  declined: [['proposed', 'viewed', 'declined']],
  interview_arranged: [['proposed', 'viewed', 'interested', 'interview_arranged']],
  enrolled: [['proposed', 'viewed', 'interested', 'enrolled'], ['proposed', 'viewed', 'interested', 'interview_arranged', 'enrolled']],
  completed: [['proposed', 'viewed', 'interested', 'enrolled', 'completed']],
  dropped_out: [['proposed', 'viewed', 'interested', 'enrolled', 'dropped_out']],
  withdrawn: [['proposed', 'withdrawn']],
};

const OFFER_WEIGHTS: [ProposalState, number][] = [
  ['proposed', 4], ['viewed', 3], ['interested', 3], ['interview_arranged', 3], ['hired', 6], ['declined', 2], ['not_hired', 2], ['withdrawn', 1],
];
const COURSE_WEIGHTS: [ProposalState, number][] = [
  ['proposed', 2], ['viewed', 1], ['interested', 1], ['interview_arranged', 1], ['enrolled', 4], ['completed', 3], ['dropped_out', 1], ['declined', 1], ['withdrawn', 1],
];

export function drawEndState(random: DemoRandom, kind: ProposalKind): ProposalState {
  const weights = kind === 'offer' ? OFFER_WEIGHTS : COURSE_WEIGHTS;
  let roll = random.next() * weights.reduce((sum, [, w]) => sum + w, 0);
  for (const [state, weight] of weights) {
    roll -= weight;
    if (roll < 0) return state;
  }
  return 'proposed';
}

export function pathTo(random: DemoRandom, kind: ProposalKind, state: ProposalState): ProposalState[] {
  const paths = (kind === 'offer' ? OFFER_PATHS : COURSE_PATHS)[state];
  if (!paths) throw new Error(`no ${kind} proposal ends in ${state}`);
  return [...random.pick(paths)];
}

export const drawDeclineReason = (random: DemoRandom): DeclineReason => random.pick(DECLINE_REASONS.filter((r) => r !== 'other'));

export const COVER_MESSAGES = [
  'Esperienza concreta nelle mansioni richieste; disponibile a iniziare con un periodo di prova.',
  'Molto motivata, ha già svolto lavori simili e chiede un affiancamento iniziale.',
  'Orario compatibile con i suoi impegni; preferisce un primo contatto tramite la rete.',
  'Ha completato di recente un corso nel settore e desidera metterlo in pratica.',
  'Affidabile e puntuale, cerca un inserimento stabile.',
];

export const INTERVIEW_PLACES = [
  'Sede operativa, ufficio del personale',
  'Sala riunioni al piano terra della sede',
  'Sportello lavoro del centro per l’impiego',
  'Segreteria del centro di formazione',
];
