import { recomputationProgress, shownState } from './recomputation-progress';
import type { PartitionResult } from './recomputation-jobs';

const result = (profiles: number, startedAt: string, finishedAt: string, worker = 'a:1'): PartitionResult => ({
  profiles,
  stored: profiles * 100,
  deleted: 0,
  startedAt,
  finishedAt,
  worker,
});
const at = (second: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, second)).toISOString();

describe('recomputationProgress', () => {
  it('counts from the first start: rate over the profiles done, time left for the rest', () => {
    const progress = recomputationProgress(
      { partitions: 4, profiles: 4000 },
      [result(1000, at(10), at(20), 'a:1'), result(1000, at(10), at(30), 'b:2')],
      0,
      new Date(at(50)),
      at(0),
    );
    // 2,000 profiles in the 50 s since the first partition started: 40/s, 2,000 left: 50 s.
    expect(progress).toEqual({
      partitions: { total: 4, done: 2, failed: 0 },
      profiles: { total: 4000, done: 2000 },
      profilesPerSecond: 40,
      etaSeconds: 50,
      workers: 2,
      startedAt: at(0),
      updatedAt: at(50),
    });
  });

  it('stops the clock at the last partition once every one is done or failed for good', () => {
    const progress = recomputationProgress({ partitions: 3, profiles: 3000 }, [result(1000, at(0), at(10)), result(1000, at(0), at(20))], 1, new Date(at(59)));
    expect(progress).toMatchObject({ partitions: { total: 3, done: 2, failed: 1 }, profilesPerSecond: 100, etaSeconds: 0 });
  });

  it('knows no rate or time left before a partition is done', () => {
    expect(recomputationProgress({ partitions: 2, profiles: 10 }, [], 0, new Date(at(5)))).toMatchObject({
      profilesPerSecond: null,
      etaSeconds: null,
      startedAt: null,
      workers: 0,
    });
  });
});

describe('shownState', () => {
  const ended = Date.UTC(2026, 11, 1, 9, 1);

  it('shows a job that ended after it was read, with no end time yet, as finishing', () => {
    expect(shownState('completed', undefined, at(0), 0)).toBe('finishing');
    expect(shownState('failed', undefined, at(0), 0)).toBe('finishing');
    expect(shownState('completed', ended, at(0), 0)).toBe('completed');
    expect(shownState('failed', ended, at(0), 1)).toBe('failed');
  });

  it('shows children waiting for a first worker as queued, then running', () => {
    expect(shownState('waiting-children', undefined, null, 0)).toBe('queued');
    expect(shownState('waiting-children', undefined, at(0), 0)).toBe('running');
    expect(shownState('waiting-children', undefined, null, 1)).toBe('running');
    expect(shownState('active', undefined, at(0), 0)).toBe('finishing');
  });
});
