export { QUEUES, JOBS, DEFAULT_JOB_OPTIONS } from './lib/jobs';
export type { QueueName } from './lib/jobs';
