import { AuditEntry } from './audit/audit-entry.entity';
import { AuthToken } from './identity/auth-token.entity';
import { OrganisationVettingDecision } from './identity/organisation-vetting-decision.entity';
import { OrganisationInformationRequest } from './identity/organisation-information-request.entity';
import { RecoveryCode } from './identity/recovery-code.entity';
import { MailOutboxEntry } from './mail/mail-outbox-entry.entity';
import { Course } from './catalogue/course.entity';
import { Offer } from './catalogue/offer.entity';
import { Network } from './identity/network.entity';
import { NetworkComune } from './identity/network-comune.entity';
import { Organisation } from './identity/organisation.entity';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';
import { IndicatorCount } from './indicators/indicator-count.entity';
import { Notification } from './notifications/notification.entity';
import { Proposal } from './proposals/proposal.entity';
import { ProposalFollowUp } from './proposals/proposal-follow-up.entity';
import { ProposalHistoryEntry } from './proposals/proposal-history.entity';
import { ShortlistEntry } from './proposals/shortlist-entry.entity';
import { Consent } from './profiles/consent.entity';
import { Profile } from './profiles/profile.entity';
import { Match, MatchNotice, MatchState } from './matching/match.entity';
import { ProfileBlockedOrganisation } from './profiles/profile-blocked-organisation.entity';
import { ProfileExclusion } from './profiles/profile-exclusion.entity';
import { ProfileLanguage } from './profiles/profile-language.entity';
import { ProfileSkill } from './profiles/profile-skill.entity';
import { Comune } from './reference/comune.entity';
import { EscoConcept } from './reference/esco-concept.entity';
import { EscoLabel, EscoLabelWord } from './reference/esco-label.entity';
import { EscoOccupationSkill, EscoSkillAncestor, EscoSkillBroader } from './reference/esco-relations.entity';
import { ReferenceImport } from './reference/reference-import.entity';

/**
 * Every TypeORM entity of Ponte. The API and the worker share one schema, so the entities
 * live here, one folder per feature; list each new entity class in this array.
 */
export const ENTITIES: (new () => object)[] = [Network, NetworkComune, Organisation, User, Session, AuditEntry,
  AuthToken, RecoveryCode, OrganisationVettingDecision, OrganisationInformationRequest, MailOutboxEntry,
  Comune, EscoConcept, EscoLabel, EscoLabelWord, EscoSkillBroader, EscoSkillAncestor, EscoOccupationSkill, ReferenceImport,
  Offer, Course,
  Profile, ProfileSkill, ProfileLanguage, ProfileExclusion, ProfileBlockedOrganisation, Consent, IndicatorCount,
  ShortlistEntry, Proposal, ProposalHistoryEntry, ProposalFollowUp, Notification,
  Match, MatchState, MatchNotice];
