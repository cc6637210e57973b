import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANISATION_KINDS, ORGANISATION_STATUSES, organisationCanPublish, type OrganisationKind, type OrganisationStatus } from '@ponte/domain';
import { VETTING_DECISIONS, type VettingDecision } from '@ponte/contracts';
import { Organisation, OrganisationInformationRequest, OrganisationVettingDecision } from '@ponte/persistence';
import type * as contract from '@ponte/contracts';

export class VettingDecisionView implements contract.Served<contract.VettingDecisionView> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: VETTING_DECISIONS }) decision!: VettingDecision;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) fromStatus!: OrganisationStatus;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) toStatus!: OrganisationStatus;
  @ApiProperty() reason!: string;
  @ApiProperty() decidedAt!: Date;
  @ApiPropertyOptional({ format: 'uuid', description: 'Coordinators only', type: String, nullable: true }) decidedBy?: string | null;
}

export class OrganisationSummary implements contract.Served<contract.OrganisationSummary> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty() legalName!: string;
  @ApiProperty({ type: String, nullable: true }) vatNumber!: string | null;
  @ApiProperty({ enum: ORGANISATION_STATUSES }) status!: OrganisationStatus;
  @ApiProperty({ type: String, nullable: true }) seatComune!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class ContactView implements contract.Served<contract.OrganisationView['contact']> {
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
}

/** A coordinator's question during vetting and the organisation's answer. */
export class InformationRequestView implements contract.Served<contract.InformationRequest> {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty() askedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) answer!: string | null;
  @ApiProperty({ type: Date, nullable: true }) answeredAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Coordinators only' }) askedBy?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Coordinators only' }) answeredBy?: string | null;
}

export class OrganisationView extends OrganisationSummary implements contract.Served<contract.OrganisationView> {
  @ApiProperty({ type: String, nullable: true }) taxCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) atecoCode!: string | null;
  @ApiProperty({ type: ContactView }) contact!: ContactView;
  @ApiProperty({ type: String, nullable: true }) accreditationNumber!: string | null;
  @ApiProperty({ type: Date, nullable: true }) antiHarassmentDeclaredAt!: Date | null;
  @ApiProperty({ description: 'Only a vetted organisation publishes and receives proposals' }) canPublish!: boolean;
  @ApiProperty({ type: VettingDecisionView, isArray: true, description: 'Newest first' }) vettingHistory!: VettingDecisionView[];
  @ApiProperty({ type: InformationRequestView, isArray: true, description: 'Questions asked during vetting and their answers, newest first' })
  informationRequests!: InformationRequestView[];
}

export const toSummary = (o: Organisation): OrganisationSummary => ({
  id: o.id,
  kind: o.kind,
  legalName: o.legalName,
  vatNumber: o.vatNumber,
  status: o.status,
  seatComune: o.seatComune,
  createdAt: o.createdAt,
});

export const toDecisionView = (d: OrganisationVettingDecision, withDecider: boolean): VettingDecisionView => ({
  id: d.id,
  decision: d.decision,
  fromStatus: d.fromStatus,
  toStatus: d.toStatus,
  reason: d.reason,
  decidedAt: d.decidedAt,
  ...(withDecider ? { decidedBy: d.decidedBy } : {}),
});

export const toInformationView = (r: OrganisationInformationRequest, forCoordinator: boolean): InformationRequestView => ({
  id: r.id,
  question: r.question,
  askedAt: r.askedAt,
  answer: r.answer,
  answeredAt: r.answeredAt,
  ...(forCoordinator ? { askedBy: r.askedBy, answeredBy: r.answeredBy } : {}),
});

export const toView = (
  o: Organisation,
  history: OrganisationVettingDecision[],
  withDecider: boolean,
  requests: OrganisationInformationRequest[] = [],
): OrganisationView => ({
  ...toSummary(o),
  taxCode: o.taxCode,
  atecoCode: o.atecoCode,
  contact: { name: o.contactName, email: o.contactEmail, phone: o.contactPhone },
  accreditationNumber: o.accreditationNumber,
  antiHarassmentDeclaredAt: o.antiHarassmentDeclaredAt,
  canPublish: organisationCanPublish(o.status),
  vettingHistory: history.map((d) => toDecisionView(d, withDecider)),
  informationRequests: requests.map((r) => toInformationView(r, withDecider)),
});
