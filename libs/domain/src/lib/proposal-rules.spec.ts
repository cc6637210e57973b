import { CONTRACT_TYPES, INDICATOR_EVENTS, PROPOSAL_KINDS, PROPOSAL_STATES, proposalStatesOf } from './enums';
import {
  acceptsFollowUp,
  canRecordDisclosure,
  followUpIndicator,
  indicatorEventsOfMove,
  isOpenProposalState,
  openProposalStates,
} from './proposal-rules';

describe('proposal rules', () => {
  it('open states are exactly those a withdrawal can leave', () => {
    expect(openProposalStates('offer')).toEqual(['proposed', 'viewed', 'interested', 'interview_arranged']);
    expect(openProposalStates('course')).toEqual(['proposed', 'viewed', 'interested', 'interview_arranged']);
    expect(isOpenProposalState('offer', 'hired')).toBe(false);
    expect(isOpenProposalState('course', 'enrolled')).toBe(false);
  });

  it('allows disclosure only in reachable states after the partner showed interest', () => {
    for (const kind of PROPOSAL_KINDS) {
      expect(canRecordDisclosure(kind, 'proposed')).toBe(false);
      expect(canRecordDisclosure(kind, 'viewed')).toBe(false);
      expect(canRecordDisclosure(kind, 'declined')).toBe(false);
      expect(canRecordDisclosure(kind, 'withdrawn')).toBe(false);
      expect(canRecordDisclosure(kind, 'interested')).toBe(true);
      for (const state of PROPOSAL_STATES) {
        if (canRecordDisclosure(kind, state)) expect(proposalStatesOf(kind)).toContain(state);
      }
    }
  });

  it('accepts follow-ups after hires and enrolments only', () => {
    expect(acceptsFollowUp('offer', 'hired')).toBe(true);
    expect(acceptsFollowUp('offer', 'not_hired')).toBe(false);
    expect(acceptsFollowUp('course', 'enrolled')).toBe(true);
    expect(acceptsFollowUp('course', 'interested')).toBe(false);
  });

  it('counts every hire by contract type with known indicator events', () => {
    for (const contract of CONTRACT_TYPES) {
      const events = indicatorEventsOfMove('hired', contract);
      expect(events).toEqual(['hired', `hired_${contract}`]);
      for (const event of events) expect(INDICATOR_EVENTS).toContain(event);
    }
    expect(indicatorEventsOfMove('viewed')).toEqual([]);
    expect(indicatorEventsOfMove('completed')).toEqual(['course_completed']);
  });

  it('names every indicator event as the counters table accepts it (letters and underscores)', () => {
    for (const event of INDICATOR_EVENTS) expect(event).toMatch(/^[a-z][a-z_]*$/);
  });

  it('counts still in work or training at 6 months only', () => {
    expect(followUpIndicator('offer', 6, 'still_in_work')).toBe('still_in_work_six_months');
    expect(followUpIndicator('course', 6, 'still_in_work')).toBe('still_in_training_six_months');
    expect(followUpIndicator('offer', 3, 'still_in_work')).toBeNull();
    expect(followUpIndicator('offer', 6, 'no_longer')).toBeNull();
  });
});
