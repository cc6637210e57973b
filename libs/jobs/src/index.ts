export { QUEUES, JOBS, DEFAULT_JOB_OPTIONS } from './lib/jobs';
export type { QueueName } from './lib/jobs';
export { recomputeProfileJobId, consentRevokedJobId, safetyChangedJobId, SWEEP_PROPOSALS_SCHEDULER } from './lib/profile-jobs';
export type { RecomputeProfileJob, ConsentRevokedJob, SafetyChangedJob } from './lib/profile-jobs';
export { followUpJobId, SWEEP_FOLLOW_UPS_SCHEDULER } from './lib/follow-up-jobs';
export type { FollowUpReminderJob } from './lib/follow-up-jobs';
export { MAIL_TEMPLATES, MAIL_LANGUAGES, isMailTemplate, secretParamsOf, assertMailParams, renderMail } from './lib/mail';
export type { MailTemplate, MailLanguage, MailParams, RenderedMail } from './lib/mail';
export { outboxSealAad, isSealedParam } from './lib/sealed-param';
export type { SealedParam } from './lib/sealed-param';
export {
  indexDocumentJobId,
  removeDocumentJobId,
  reindexOrganisationJobId,
  closeAtDeadlineJobId,
  SWEEP_DEADLINES_SCHEDULER,
  SWEEP_SEARCH_SCHEDULER,
} from './lib/catalogue-jobs';
export type {
  CatalogueKind,
  IndexDocumentJob,
  RemoveDocumentJob,
  ReindexOrganisationJob,
  CloseAtDeadlineJob,
} from './lib/catalogue-jobs';
export {
  recomputeOfferJobId,
  recomputeCourseJobId,
  recomputeOrganisationJobId,
  SWEEP_MATCHES_SCHEDULER,
} from './lib/matching-jobs';
export type { RecomputeOfferJob, RecomputeCourseJob, RecomputeOrganisationJob } from './lib/matching-jobs';
export { launchRecomputation, recomputationFlow, recomputationJobId, partitionJobId, RECOMPUTATIONS_KEPT } from './lib/recomputation-jobs';
export type { RecomputationJob, RecomputationPlan, RecomputePartitionJob, PartitionResult } from './lib/recomputation-jobs';
export { recomputationProgress, readRecomputation, markedStart, progressOf } from './lib/recomputation-progress';
