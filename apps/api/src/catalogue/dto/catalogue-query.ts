import { ApiPropertyOptional } from '@nestjs/swagger';
import { PUBLICATION_STATUSES, type PublicationStatus } from '@ponte/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/pagination/page-query.dto';

/** A page of offers or courses. */
export class CatalogueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PUBLICATION_STATUSES, description: 'Partners only: staff always see published ones' })
  @IsOptional()
  @IsIn(PUBLICATION_STATUSES)
  status?: PublicationStatus;
}
