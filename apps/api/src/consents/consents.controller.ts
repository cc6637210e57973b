import { Body, Controller, Get, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, ProfileScoped, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { ConsentRecordingService } from './consent-recording.service';
import { ConsentView } from './dto/consent.view';
import { RecordConsentDto } from './dto/record-consent.dto';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('consents')
@ApiBearerAuth()
@ProfileScoped()
@Controller('profiles/:profileId/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentRecordingService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.PROFILES_READ)
  @ApiOperation({ summary: 'Consents of a profile, active and revoked, newest first' })
  @ApiOkResponse({ type: [ConsentView] })
  list(@CurrentPrincipal() principal: Principal, @Param('profileId', UuidParam) profileId: string): Promise<ConsentView[]> {
    return this.consents.list(principal, profileId);
  }

  @Post()
  @RequirePermissions(PERMISSIONS.CONSENTS_WRITE)
  @ApiOperation({ summary: 'Record a consent: matching, or share_card / disclose_identity with one organisation' })
  @ApiCreatedResponse({ type: ConsentView })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Body() dto: RecordConsentDto,
  ): Promise<ConsentView> {
    return this.consents.record(principal, profileId, dto);
  }

  @Post(':consentId/revoke')
  @HttpCode(200)
  @RequirePermissions(PERMISSIONS.CONSENTS_WRITE)
  @ApiOperation({ summary: 'Revoke a consent: what it allowed is hidden at once, open proposals are withdrawn' })
  @ApiOkResponse({ type: ConsentView })
  revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('profileId', UuidParam) profileId: string,
    @Param('consentId', UuidParam) consentId: string,
  ): Promise<ConsentView> {
    return this.consents.revoke(principal, profileId, consentId);
  }
}
