import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PERMISSIONS } from '@ponte/domain';
import { CurrentPrincipal, RequirePermissions } from '../auth/decorators';
import type { Principal } from '../common/context/principal';
import { Page, PageQuery } from '../common/pagination/page-query.dto';
import { UuidParam } from '../common/pipes/uuid-param.pipe';
import { CreateNetworkDto, NetworkMemberView, NetworkView, UpdateNetworkDto } from './dto/network.dto';
import { NetworksService } from './networks.service';
import { Post } from '../common/idempotency/post.decorator';

@ApiTags('networks')
@ApiBearerAuth()
@Controller('networks')
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  @Get()
  @RequirePermissions(PERMISSIONS.NETWORKS_READ)
  list(@Query() query: PageQuery): Promise<Page<NetworkView>> {
    return this.networks.list(query);
  }

  @Get(':id')
  @RequirePermissions(PERMISSIONS.NETWORKS_READ)
  @ApiOkResponse({ type: NetworkView })
  get(@Param('id', UuidParam) id: string): Promise<NetworkView> {
    return this.networks.get(id);
  }

  /** Active staff of a network: coordinators any network, counsellors their own (404 otherwise). */
  @Get(':id/members')
  @ApiOkResponse({ type: NetworkMemberView, isArray: true })
  members(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<NetworkMemberView[]> {
    return this.networks.members(principal, id);
  }

  @Post()
  @RequirePermissions(PERMISSIONS.NETWORKS_MANAGE)
  @ApiOkResponse({ type: NetworkView })
  create(@Body() dto: CreateNetworkDto): Promise<NetworkView> {
    return this.networks.create(dto);
  }

  @Patch(':id')
  @RequirePermissions(PERMISSIONS.NETWORKS_MANAGE)
  @ApiOkResponse({ type: NetworkView })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateNetworkDto): Promise<NetworkView> {
    return this.networks.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermissions(PERMISSIONS.NETWORKS_MANAGE)
  async remove(@Param('id', UuidParam) id: string): Promise<void> {
    await this.networks.remove(id);
  }
}
