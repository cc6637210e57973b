import { isPlausibleStartDate, startDateWindow } from './start-date';

describe('earliest start dates', () => {
  const now = new Date('2026-12-06T10:00:00Z');

  it('are plausible from a year ago to two years ahead, in Rome days', () => {
    expect(startDateWindow(now)).toEqual({ min: '2025-12-06', max: '2028-12-05' });
    for (const date of ['2025-12-06', '2026-12-06', '2027-06-30', '2028-12-05']) expect([date, isPlausibleStartDate(date, now)]).toEqual([date, true]);
    for (const date of ['1900-01-01', '1985-03-12', '2025-12-05', '2028-12-06', '9999-12-31', '2026-12-6']) expect([date, isPlausibleStartDate(date, now)]).toEqual([date, false]);
  });

  it('follow the Rome calendar across midnight UTC', () => {
    expect(startDateWindow(new Date('2026-12-06T23:30:00Z')).min).toBe('2025-12-07');
  });
});
