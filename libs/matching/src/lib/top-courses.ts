// Her best courses. A course scores by its progress towards her targets, and one teaching none of
// their gaps scores 0: the courses able to score are found from her gaps through the index of the
// courses by skill taught (at 200,000 listings ~25,000 courses pass her filters; scoring each one
// cost ~12% of a ranking). Only when fewer of them score than the top K keeps do the courses
// scoring 0 enter it (by order): then every course is scanned.

import type { Catalogue } from './catalogue';
import type { Clock } from './context';
import type { CourseProgress } from './course-progress';
import { popcount, type PreparedProfile } from './prepare';
import { courseScoreOf, courseScheduleShare, distanceShare } from './score';
import { clockView } from './tally';
import { TopK } from './topk';
import { PASS, Viewer, reachableBuckets, scanBuckets } from './viewer';

/**
 * The best `capacity` courses for her (counting every course's filter reason into counts), and
 * how many pass her filters.
 */
export function topCourses(
  p: PreparedProfile,
  cat: Catalogue,
  clock: Clock,
  counts: Int32Array,
  progress: CourseProgress,
  capacity: number,
): { heap: TopK; passed: number } {
  const c = cat.courseColumns;
  const scoreOf = (i: number, distance: number, schedule: number) =>
    courseScoreOf(progress.of(c.skill, c.skillStart[i], c.skillStart[i + 1]).progress, distance, schedule);
  const scheduleOf = (i: number) =>
    courseScheduleShare(popcount(c.shiftMask[i] & p.shiftMask), c.shiftCount[i]);
  const view = clockView(c, clock);
  const viewer = new Viewer(p, cat);
  const passed = viewer.count(p, c, view, counts);
  const reach = reachableBuckets(p, c);
  const heap = new TopK(capacity);
  const marked: number[] = [];
  let scoring = 0;
  try {
    for (const s of progress.gapSkills()) {
      if (s + 1 >= c.postingStart.length) continue;
      for (let k = c.postingStart[s]; k < c.postingStart[s + 1]; k++) {
        const i = c.posting[k];
        if (c.done[i] === 1) continue;
        c.done[i] = 1;
        marked.push(i);
        if (reach[c.bucket[i]] === 0 || viewer.reason(c, view, i) !== PASS) continue;
        const remote = c.remote[i] === 1;
        const score = scoreOf(
          i,
          distanceShare(p.distances[c.comune[i]], p.maxCommuteKm, remote),
          scheduleOf(i),
        );
        if (score > 0) scoring++;
        heap.push(score, 0, c.order[i], i);
      }
    }
  } finally {
    for (const i of marked) c.done[i] = 0;
  }
  if (scoring >= capacity) return { heap, passed };
  const all = new TopK(capacity);
  scanBuckets(p, c, (start, end, comune, remote) => {
    const distance = distanceShare(p.distances[comune], p.maxCommuteKm, remote);
    for (let i = start; i < end; i++)
      if (viewer.reason(c, view, i) === PASS)
        all.push(scoreOf(i, distance, scheduleOf(i)), 0, c.order[i], i);
  });
  return { heap: all, passed };
}
