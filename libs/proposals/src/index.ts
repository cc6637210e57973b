export { notifyProposal, partnerUsersOf, insertPlainMail, proposalLink } from './lib/notify';
export type { PortalUrls, ProposalNotice } from './lib/notify';
export { remindFollowUp } from './lib/follow-up-reminder';
export type { ReminderOutcome } from './lib/follow-up-reminder';
export { withdrawForRevokedConsent, withdrawForSafety } from './lib/proposal-safety';
export type { RevokedConsent } from './lib/proposal-safety';
