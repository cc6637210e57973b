import { FILTER_REASONS } from '@ponte/matching';
import { FOLDED_FILTER_REASONS, REPORTED_FILTER_REASONS, reportedFilterCounts } from './reported-filters';

describe('reported filter counts', () => {
  it('place every reason of the engine: reported apart, or folded into unavailable', () => {
    for (const reason of FILTER_REASONS) {
      expect([reason, FOLDED_FILTER_REASONS.has(reason) || (REPORTED_FILTER_REASONS as readonly string[]).includes(reason)]).toEqual([reason, true]);
    }
    expect(FOLDED_FILTER_REASONS.has('exclusion_area')).toBe(true);
    expect(FOLDED_FILTER_REASONS.has('organisation_blocked')).toBe(true);
  });

  it('never single out exclusion areas or blocked organisations', () => {
    expect(
      reportedFilterCounts({ exclusion_area: 7, organisation_blocked: 2, not_open: 1, no_seats: 0, beyond_commute: 40, schedule: 3, eqf: 0 }),
    ).toEqual({ beyond_commute: 40, schedule: 3, unavailable: 10 });
    expect(reportedFilterCounts({ exclusion_area: 3 })).toEqual({ unavailable: 3 });
    expect(reportedFilterCounts({})).toEqual({});
    expect(reportedFilterCounts(null)).toEqual({});
    // Idempotent: stored counts are already reported ones.
    expect(reportedFilterCounts({ unavailable: 4, language: 1 })).toEqual({ language: 1, unavailable: 4 });
  });
});
