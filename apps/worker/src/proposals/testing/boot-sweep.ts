import { JOBS } from '@ponte/jobs';
import type { Queue } from 'bullmq';

/**
 * Waits for the sweep the scheduler runs at boot. Until it has run, it may come after a test's
 * revocation and withdraw first what the test's own job or sweep call should (CI saw
 * `{ withdrawn: 0 }` on a loaded machine). Tests seed and revoke after it.
 */
export async function bootSweepSettled(queue: Queue, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const sweep = (await queue.getJobs(['completed', 'failed'])).find((job) => job.name === JOBS.proposals.sweep);
    if (sweep?.failedReason) throw new Error(`the boot sweep failed: ${sweep.failedReason}`);
    if (sweep) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the boot sweep did not run within ${timeoutMs} ms`);
}
