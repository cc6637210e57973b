import { canTransitionOrganisation, ORGANISATION_STATUSES } from '@ponte/domain';
import { decisionsFrom, VETTING_MOVES } from './organisations';

describe('vetting decisions', () => {
  it('offers each status the decisions that start from it, in the vocabulary order', () => {
    expect(Object.fromEntries(ORGANISATION_STATUSES.map((s) => [s, decisionsFrom(s)]))).toEqual({
      pending: ['vet', 'reject'],
      vetted: ['suspend'],
      suspended: ['reinstate'],
      rejected: [],
    });
  });

  it('moves only along transitions the domain allows', () => {
    for (const { from, to } of Object.values(VETTING_MOVES)) expect(canTransitionOrganisation(from, to)).toBe(true);
  });
});
