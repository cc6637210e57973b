import { instantToRomeWallTime, interviewOutcomeProblems, romeDay, romeWallTimeToInstant } from './proposal-dates';

describe('interview before its outcome (Europe/Rome days)', () => {
  const interview = new Date('2026-12-10T09:30:00Z'); // 10:30 in Rome

  it('refuses a hire or a "not hired" recorded before the interview day, and a start before it', () => {
    const before = new Date('2026-12-09T22:30:00Z'); // 23:30 in Rome, still the 9th
    expect(interviewOutcomeProblems(interview, { to: 'hired', startDate: '2026-12-09' }, before)).toEqual([
      { field: 'to', code: 'outcomeBeforeInterview', params: { date: '2026-12-10' } },
      { field: 'startDate', code: 'startBeforeInterview', params: { date: '2026-12-10' } },
    ]);
    expect(interviewOutcomeProblems(interview, { to: 'not_hired' }, before)).toHaveLength(1);
  });

  it('accepts them from the interview day on (Rome\'s midnight, not UTC\'s), and ignores other moves', () => {
    const sameDayInRome = new Date('2026-12-09T23:30:00Z'); // 00:30 on the 10th in Rome
    expect(romeDay(sameDayInRome)).toBe('2026-12-10');
    expect(interviewOutcomeProblems(interview, { to: 'hired', startDate: '2026-12-10' }, sameDayInRome)).toEqual([]);
    expect(interviewOutcomeProblems(null, { to: 'hired', startDate: '2020-01-01' }, sameDayInRome)).toEqual([]);
    expect(interviewOutcomeProblems(interview, { to: 'interested' }, new Date('2026-01-01T00:00:00Z'))).toEqual([]);
  });
});

describe('wall-clock times in Europe/Rome', () => {
  it('reads a typed 10:30 as 10:30 in Rome, in winter and in summer, whatever the machine\'s zone', () => {
    expect(romeWallTimeToInstant('2026-12-10T10:30')?.toISOString()).toBe('2026-12-10T09:30:00.000Z');
    expect(romeWallTimeToInstant('2026-07-10T10:30')?.toISOString()).toBe('2026-07-10T08:30:00.000Z');
    expect(instantToRomeWallTime(new Date('2026-12-10T09:30:00Z'))).toBe('2026-12-10T10:30');
    expect(romeWallTimeToInstant('10:30')).toBeNull();
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(romeWallTimeToInstant('2026-03-29T09:00')?.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(romeWallTimeToInstant('2026-10-25T09:00')?.toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(romeWallTimeToInstant('2026-03-29T01:30')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });
});
