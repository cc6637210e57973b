import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Principal } from '../../auth/principal';

export interface RequestContextStore {
  requestId?: string;
  principal?: Principal;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** Who and which request, available to services (audit) without threading them through every call. */
export const RequestContext = {
  middleware(req: Request & { id?: string }, _res: Response, next: NextFunction): void {
    storage.run({ requestId: req.id }, () => next());
  },
  current(): RequestContextStore {
    return storage.getStore() ?? {};
  },
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
