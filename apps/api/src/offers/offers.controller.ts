import { Body, Controller, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import type { Offer } from '@ponte/persistence';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { CatalogueLifecycle } from '../catalogue/catalogue-lifecycle.service';
import { Page } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreateOfferDto, OfferQuery, UpdateOfferDto } from './dto/offer.dto';
import { OFFER_PUBLISHED_EDITABLE } from './offer-rules';
import { OfferView } from './offer.view';
import { OffersService } from './offers.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('offers')
@ApiBearerAuth()
@Controller('offers')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly lifecycle: CatalogueLifecycle,
  ) {}

  @Get()
  @ApiOperation({ summary: "Partners: their organisation's offers; staff (catalogue:read): published offers of vetted organisations" })
  list(@CurrentPrincipal() principal: Principal, @Query() query: OfferQuery): Promise<Page<OfferView>> {
    return this.offers.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One offer (404 outside the caller scope)' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<OfferView> {
    return this.offers.get(principal, id);
  }

  @Post()
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Create a draft offer' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateOfferDto): Promise<OfferView> {
    return this.offers.create(principal, body);
  }

  @Patch(':id')
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: `Edit an offer; once published only ${OFFER_PUBLISHED_EDITABLE.join(', ')}` })
  update(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() body: UpdateOfferDto): Promise<OfferView> {
    return this.offers.update(principal, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Publish a draft (the organisation must be vetted)' })
  async publish(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<OfferView> {
    await this.lifecycle.publish('offer', id, principal);
    return this.offers.get(principal, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Close a published offer' })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<OfferView> {
    await this.lifecycle.close('offer', id, principal);
    return this.offers.get(principal, id);
  }

  @Post(':id/duplicate')
  @RequirePermissions(PERMISSIONS.OFFERS_WRITE)
  @ApiOperation({ summary: 'Copy an offer into a new draft' })
  async duplicate(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<OfferView> {
    const copy = (await this.lifecycle.duplicate('offer', id, principal)) as Offer;
    return this.offers.get(principal, copy.id);
  }
}
