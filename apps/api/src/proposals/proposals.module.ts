import { Module } from '@nestjs/common';
import { ConsentsModule } from '../consents/consents.module';
import { CoursesModule } from '../courses/courses.module';
import { MailModule } from '../mail/mail.module';
import { OffersModule } from '../offers/offers.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { ReferenceModule } from '../reference/reference.module';
import { ShortlistsModule } from '../shortlists/shortlists.module';
import { CandidateCardProjection } from './candidate-card.projection';
import { CounsellorOutcomes } from './counsellor-outcomes.service';
import { CounsellorProposalsController } from './counsellor-proposals.controller';
import { PartnerAnswers } from './partner-answers.service';
import { PartnerProposalsController } from './partner-proposals.controller';
import { ProposalAccess } from './proposal-access.service';
import { ProposalCreation } from './proposal-creation.service';
import { ProposalNotifier } from './proposal-notifier.service';
import { ProposalReads } from './proposal-reads.service';
import { ProposalTransitions } from './proposal-transitions.service';

/** Proposals: creation from the shortlist, candidate cards for partners, both sides' moves, follow-ups. */
@Module({
  imports: [ProfilesModule, ConsentsModule, ShortlistsModule, OffersModule, CoursesModule, MailModule, ReferenceModule],
  controllers: [CounsellorProposalsController, PartnerProposalsController],
  providers: [
    ProposalAccess,
    ProposalNotifier,
    ProposalCreation,
    ProposalTransitions,
    PartnerAnswers,
    CounsellorOutcomes,
    ProposalReads,
    CandidateCardProjection,
  ],
})
export class ProposalsModule {}
