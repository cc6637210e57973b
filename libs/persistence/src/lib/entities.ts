import { AuditEntry } from './audit/audit-entry.entity';
import { Network } from './identity/network.entity';
import { NetworkComune } from './identity/network-comune.entity';
import { Organisation } from './identity/organisation.entity';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';

/**
 * Every TypeORM entity of Ponte. The API and the worker share one schema, so the entities
 * live here, one folder per feature; list each new entity class in this array.
 */
export const ENTITIES: (new () => object)[] = [Network, NetworkComune, Organisation, User, Session, AuditEntry];
