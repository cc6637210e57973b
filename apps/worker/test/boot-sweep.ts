import type { Queue } from 'bullmq';

/**
 * Waits for the sweep a scheduler runs at boot (`jobName` on `queue`). Until it has run, it may
 * come after a test's own writes and do first what the test's job should (CI saw a revoked
 * consent's job report `{ withdrawn: 0 }`, and a profile's matches stored half by the sweep, on
 * a loaded machine). Tests seed after it, on a database it found empty.
 */
export async function bootSweepSettled(queue: Queue, jobName: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const sweep = (await queue.getJobs(['completed', 'failed'])).find((job) => job.name === jobName);
    if (sweep?.failedReason) throw new Error(`the boot ${jobName} failed: ${sweep.failedReason}`);
    if (sweep) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the boot ${jobName} did not run within ${timeoutMs} ms`);
}
