import { Injectable } from '@nestjs/common';
import { Network, NetworkComune } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/context/principal';
import { Page, pageOf, PageQuery, pageWindow } from '../common/pagination/page-query.dto';
import { conflict, FieldProblem, notFound, validationProblem } from '../common/problem/problem';
import { ComuneCheck } from './comune-check.service';
import { CreateNetworkDto, NetworkMemberView, NetworkView, UpdateNetworkDto } from './dto/network.dto';
import { ACTIVE_MEMBERS_SQL, CODE_TAKEN_SQL, COMUNI_TAKEN_SQL, MEMBER_COUNT_SQL } from './networks.sql';

const toView = (network: Network): NetworkView => ({
  id: network.id,
  code: network.code,
  name: network.name,
  leadComune: network.leadComune,
  comuni: (network.comuni ?? []).map((c) => c.comune).sort(),
});

/** The territorial networks: readable by every signed-in role (public territory), managed by coordinators. */
@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comuni: ComuneCheck,
    private readonly audit: AuditService,
  ) {}

  async list(query: PageQuery): Promise<Page<NetworkView>> {
    const [networks, total] = await this.dataSource.getRepository(Network).findAndCount({ relations: { comuni: true }, order: { name: 'ASC' }, ...pageWindow(query) });
    return pageOf(networks.map(toView), total, query);
  }

  async get(id: string): Promise<NetworkView> {
    return toView(await this.load(id));
  }

  /** Colleagues of a network: coordinators see any network's, counsellors only their own (else 404). */
  async members(principal: Principal, id: string): Promise<NetworkMemberView[]> {
    if (principal.role !== 'coordinator' && !principal.networkIds.includes(id)) throw notFound();
    await this.load(id);
    return this.dataSource.query(
      ACTIVE_MEMBERS_SQL,
      [id],
    );
  }

  async create(dto: CreateNetworkDto): Promise<NetworkView> {
    await this.assertTerritory(dto.leadComune, dto.comuni, null);
    const [{ taken }] = await this.dataSource.query(CODE_TAKEN_SQL, [dto.code]);
    if (taken) throw validationProblem([{ field: 'code', code: 'networkCodeTaken' }]);
    const network = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Network).save({ code: dto.code, name: dto.name.trim(), leadComune: dto.leadComune, comuni: dto.comuni.map((comune) => ({ comune })) });
      await this.audit.record({ action: 'network.create', targetType: 'network', targetId: saved.id, networkId: saved.id, details: { comuni: dto.comuni.length } }, manager);
      return saved;
    });
    return this.get(network.id);
  }

  async update(id: string, dto: UpdateNetworkDto): Promise<NetworkView> {
    const current = await this.load(id);
    const comuni = dto.comuni ?? current.comuni.map((c) => c.comune);
    await this.assertTerritory(dto.leadComune ?? current.leadComune, comuni, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Network, id, { name: dto.name?.trim() ?? current.name, leadComune: dto.leadComune ?? current.leadComune });
      if (dto.comuni) await this.replaceComuni(manager, id, dto.comuni);
      await this.audit.record({ action: 'network.update', targetType: 'network', targetId: id, networkId: id, details: { fields: Object.keys(dto).sort() } }, manager);
    });
    return this.get(id);
  }

  /** Refused (409) while the network has members or anything else refers to it. */
  async remove(id: string): Promise<void> {
    await this.load(id);
    const [{ members }] = await this.dataSource.query(MEMBER_COUNT_SQL, [id]);
    if (members > 0) throw conflict('problem.network-in-use.detail', { members });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(Network, id);
        await this.audit.record({ action: 'network.delete', targetType: 'network', targetId: id, networkId: id }, manager);
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23503') throw conflict('problem.network-in-use.detail', { members: 0 });
      throw error;
    }
  }

  private async load(id: string): Promise<Network> {
    const network = await this.dataSource.getRepository(Network).findOne({ where: { id }, relations: { comuni: true } });
    if (!network) throw notFound();
    return network;
  }

  private async replaceComuni(manager: EntityManager, id: string, comuni: string[]): Promise<void> {
    await manager.delete(NetworkComune, { networkId: id });
    await manager.insert(NetworkComune, comuni.map((comune) => ({ networkId: id, comune })));
  }

  /** Known comuni, lead among them, and no comune already covered by another network. */
  private async assertTerritory(leadComune: string, comuni: string[], networkId: string | null): Promise<void> {
    const problems: FieldProblem[] = [];
    const unknown = new Set(await this.comuni.unknown([...new Set([leadComune, ...comuni])]));
    comuni.forEach((code, i) => unknown.has(code) && problems.push({ field: `comuni[${i}]`, code: 'comuneUnknown', params: { code } }));
    if (unknown.has(leadComune)) problems.push({ field: 'leadComune', code: 'comuneUnknown', params: { code: leadComune } });
    else if (!comuni.includes(leadComune)) problems.push({ field: 'leadComune', code: 'leadComuneNotCovered' });
    const covered: { comune: string }[] = await this.dataSource.query(
      COMUNI_TAKEN_SQL,
      [comuni, networkId],
    );
    const elsewhere = new Set(covered.map((row) => row.comune));
    comuni.forEach((code, i) => elsewhere.has(code) && problems.push({ field: `comuni[${i}]`, code: 'comuneInOtherNetwork', params: { code } }));
    if (problems.length) throw validationProblem(problems);
  }
}
