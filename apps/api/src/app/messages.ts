import { authMessages } from '../auth/auth.messages';
import { catalogueMessages } from '../catalogue/catalogue.messages';
import type { MessageBundle } from '../common/i18n/define-messages';
import { consentsMessages } from '../consents/consents.messages';
import { indicatorsMessages } from '../indicators/indicators.messages';
import { jobsMessages } from '../jobs/jobs.messages';
import { matchingMessages } from '../matching/matching.messages';
import { identityMessages } from '../organisations/identity.messages';
import { profilesMessages } from '../profiles/profiles.messages';
import { proposalsMessages } from '../proposals/proposals.messages';
import { shortlistsMessages } from '../shortlists/shortlists.messages';

/**
 * Every feature's user-facing messages (their `*.messages.ts`), handed to I18nModule.forRoot.
 * A feature with messages adds its bundle here; messages.spec.ts fails on one left out.
 */
export const FEATURE_MESSAGES: readonly MessageBundle[] = [
  catalogueMessages,
  authMessages,
  identityMessages,
  profilesMessages,
  consentsMessages,
  shortlistsMessages,
  proposalsMessages,
  matchingMessages,
  indicatorsMessages,
  jobsMessages,
];
