import { Injectable } from '@nestjs/common';
import { organisationCanPublish, type OrganisationStatus } from '@ponte/domain';
import { Organisation } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { conflict } from '../common/problem/problem';

/**
 * Whether an organisation may publish now. The one place to swap for
 * `OrganisationsService.assertCanPublish(organisationId)` once vetting exposes it.
 */
@Injectable()
export class OrganisationPublication {
  constructor(private readonly dataSource: DataSource) {}

  async assertCanPublish(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const organisation = await manager.findOne(Organisation, { where: { id: organisationId }, select: { id: true, status: true } });
    const status = (organisation?.status ?? 'pending') as OrganisationStatus;
    if (!organisationCanPublish(status)) {
      throw conflict('catalogue.organisationNotVetted', { status }, { organisationStatus: status });
    }
  }
}
