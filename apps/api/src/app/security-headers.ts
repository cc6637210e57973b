import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

const POLICY: HelmetOptions = {
  // The API serves JSON and the Swagger UI; the portals set their own policy.
  contentSecurityPolicy: {
    directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
  },
  crossOriginResourcePolicy: { policy: 'same-site' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * helmet's headers for Ponte's policy, plus `Cache-Control: no-store` (on a shared or stolen
 * computer a browser or proxy cache would still hold profiles and candidate cards after
 * sign-out). They never depend on the request, so helmet runs once at boot and a hook sets
 * the result on every reply: helmet's own chain is a dozen middlewares on every request.
 */
export function securityHeaders(): Record<string, string> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name, String(value)),
    removeHeader: (name: string) => headers.delete(name),
  };
  helmet(POLICY)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  headers.set('Cache-Control', 'no-store');
  return Object.fromEntries(headers);
}
