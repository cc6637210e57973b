import { Injectable } from '@nestjs/common';
import type { Profile } from '@ponte/persistence';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/context/principal';
import { notFound } from '../common/problem/problem';
import { profileInScopeSql } from './profile-access.sql';

/** The few columns scope checks and writers need. */
export interface ScopedProfile {
  id: string;
  networkId: string;
  version: number;
  status: Profile['status'];
}

/**
 * Need to know: a profile exists for a caller only if it belongs to one of her networks.
 * Anything else (another network, erased, malformed) is the same 404.
 */
@Injectable()
export class ProfileAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** The profile if in the caller's networks, else 404. `lock` takes the row lock writers need. */
  async inScope(principal: Principal, profileId: string, options: { manager?: EntityManager; lock?: boolean } = {}): Promise<ScopedProfile> {
    const manager = options.manager ?? this.dataSource.manager;
    const [row]: ScopedProfile[] = await manager.query(profileInScopeSql(!!options.lock), [profileId, principal.networkIds]);
    if (!row) throw notFound();
    return row;
  }
}
