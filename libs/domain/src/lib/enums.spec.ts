import fc from 'fast-check';
import {
  CEFR_LEVELS,
  ORGANISATION_STATUSES,
  PROPOSAL_STATES,
  canTransitionOrganisation,
  canTransitionProposal,
  cefrRank,
  distanceBand,
  isEqfLevel,
  isShift,
  isTerminalProposalState,
  nextProposalStates,
  proposalStatesOf,
  startsFollowUp,
  type OrganisationStatus,
  type ProposalKind,
} from './enums';

describe('organisation vetting', () => {
  const allowed: Array<[OrganisationStatus, OrganisationStatus]> = [
    ['pending', 'vetted'],
    ['pending', 'rejected'],
    ['vetted', 'suspended'],
    ['suspended', 'vetted'],
  ];

  it('allows exactly the transitions of issue 3', () => {
    for (const from of ORGANISATION_STATUSES) {
      for (const to of ORGANISATION_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect([from, to, canTransitionOrganisation(from, to)]).toEqual([
          from,
          to,
          expected,
        ]);
      }
    }
  });
});

describe('CEFR and EQF', () => {
  it('ranks CEFR levels in order', () => {
    expect(CEFR_LEVELS.map(cefrRank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cefrRank('B2') > cefrRank('B1')).toBe(true);
  });

  it('accepts EQF 1..8 integers only', () => {
    expect([1, 4, 8].every(isEqfLevel)).toBe(true);
    expect([0, 9, 2.5, '3', null].some(isEqfLevel)).toBe(false);
  });

  it('guards union members', () => {
    expect(isShift('night')).toBe(true);
    expect(isShift('Night')).toBe(false);
    expect(isShift(3)).toBe(false);
  });
});

describe('distanceBand', () => {
  it('is upper-inclusive', () => {
    expect(distanceBand(0)).toBe('within_5km');
    expect(distanceBand(5)).toBe('within_5km');
    expect(distanceBand(5.01)).toBe('within_10km');
    expect(distanceBand(10)).toBe('within_10km');
    expect(distanceBand(19.9)).toBe('within_20km');
    expect(distanceBand(50)).toBe('within_50km');
    expect(distanceBand(50.1)).toBe('beyond_50km');
  });

  it('rejects negative and NaN distances', () => {
    expect(() => distanceBand(-1)).toThrow(RangeError);
    expect(() => distanceBand(Number.NaN)).toThrow(RangeError);
  });

  it('never moves to a nearer band when the distance grows', () => {
    const order = [
      'within_5km',
      'within_10km',
      'within_20km',
      'within_50km',
      'beyond_50km',
    ];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        (a, b) => {
          const [near, far] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(distanceBand(near))).toBeLessThanOrEqual(
            order.indexOf(distanceBand(far)),
          );
        },
      ),
    );
  });
});

describe('proposal state machine', () => {
  it('walks the happy path of an offer', () => {
    const path = [
      'proposed',
      'viewed',
      'interested',
      'interview_arranged',
      'hired',
    ] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canTransitionProposal('offer', path[i - 1], path[i])).toBe(true);
    }
    expect(isTerminalProposalState('offer', 'hired')).toBe(true);
    expect(startsFollowUp('offer', 'hired')).toBe(true);
  });

  it('walks the happy path of a course', () => {
    const path = [
      'proposed',
      'viewed',
      'interested',
      'enrolled',
      'completed',
    ] as const;
    for (let i = 1; i < path.length; i++) {
      expect(canTransitionProposal('course', path[i - 1], path[i])).toBe(true);
    }
    expect(startsFollowUp('course', 'enrolled')).toBe(true);
    expect(nextProposalStates('course', 'enrolled')).toEqual([
      'completed',
      'dropped_out',
    ]);
  });

  it('refuses skipped and backward moves', () => {
    expect(canTransitionProposal('offer', 'proposed', 'interested')).toBe(
      false,
    );
    expect(canTransitionProposal('offer', 'proposed', 'hired')).toBe(false);
    expect(canTransitionProposal('offer', 'interested', 'viewed')).toBe(false);
    expect(canTransitionProposal('offer', 'hired', 'withdrawn')).toBe(false);
    expect(
      canTransitionProposal('offer', 'interview_arranged', 'enrolled'),
    ).toBe(false);
    expect(canTransitionProposal('course', 'interview_arranged', 'hired')).toBe(
      false,
    );
  });

  it('keeps offer and course vocabularies apart', () => {
    expect(proposalStatesOf('offer')).toEqual([
      'proposed',
      'viewed',
      'interested',
      'declined',
      'interview_arranged',
      'hired',
      'not_hired',
      'withdrawn',
    ]);
    expect(proposalStatesOf('course')).toEqual([
      'proposed',
      'viewed',
      'interested',
      'declined',
      'interview_arranged',
      'enrolled',
      'completed',
      'dropped_out',
      'withdrawn',
    ]);
  });

  it('lets the counsellor withdraw before every outcome, and never after', () => {
    for (const kind of ['offer', 'course'] as ProposalKind[]) {
      for (const state of proposalStatesOf(kind)) {
        const beforeOutcome = [
          'proposed',
          'viewed',
          'interested',
          'interview_arranged',
        ].includes(state);
        expect([
          kind,
          state,
          canTransitionProposal(kind, state, 'withdrawn'),
        ]).toEqual([kind, state, beforeOutcome]);
      }
    }
  });

  it('has no move back to proposed and no self-loop', () => {
    for (const kind of ['offer', 'course'] as ProposalKind[]) {
      for (const state of PROPOSAL_STATES) {
        const next = nextProposalStates(kind, state);
        expect(next).not.toContain('proposed');
        expect(next).not.toContain(state);
      }
    }
  });
});
