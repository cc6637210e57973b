import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

export interface RequestContextStore {
  requestId?: string;
  principal?: Principal;
  /** A GET, HEAD or OPTIONS request: nothing it reads was written by itself (ReadDatabase). */
  readOnly?: boolean;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** Who and which request, available to services (audit) without threading them through every call. */
export const RequestContext = {
  /** Runs the rest of the request within its context (Fastify keeps it across reading the body). */
  run(requestId: string, next: () => void, readOnly = false): void {
    storage.run({ requestId, readOnly }, next);
  },
  current(): RequestContextStore {
    return storage.getStore() ?? {};
  },
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
