import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { catchError, from, map, Observable, of, switchMap, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Principal } from '../context/principal';
import { ProblemException } from '../problem/problem';
import { CLAIM_KEY_SQL, COMPLETE_KEY_SQL, DELETE_EXPIRED_KEY_SQL, FORGET_KEY_SQL, STORED_KEY_SQL } from './idempotency.sql';

const KEY_FORMAT = /^[A-Za-z0-9_.:-]{8,128}$/;
/**
 * Answers under /api/auth carry access tokens, TOTP secrets and recovery codes: they are never
 * stored (the table would hold them in clear) nor replayed (a key reused behind the same address
 * would hand one caller's token to another). The key is ignored there; those requests run.
 * Tested on the matched route, not the raw path: routing ignores case and a trailing slash.
 */
const NEVER_STORED = /^\/api\/auth\//i;

interface StoredKey {
  method: string;
  path: string;
  request_hash: string;
  status: number | null;
  response: unknown;
}

/**
 * `Idempotency-Key` on POST: the first request runs, a replay with the same key and body
 * gets the first response back (header `Idempotent-Replayed: true`) without running again;
 * the same key with another body is refused; a replay while the first still runs answers 409.
 * Failed requests are forgotten so the client can retry them.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const response = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    const path = request.originalUrl.split('?')[0];
    // Mounted on POST routes only (post.decorator.ts).
    if (key === undefined || NEVER_STORED.test(request.routeOptions.url ?? path)) return next.handle();
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) {
      return throwError(() => new ProblemException({ status: 400, type: 'bad-request', detailKey: 'problem.idempotency-key-format.detail' }));
    }
    const owner = request.principal?.userId ?? `anonymous:${request.ip}`;
    const hash = createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('hex');

    return from(this.claim(owner, key, request.method, path, hash)).pipe(
      switchMap((stored) => {
        if (stored) {
          if (stored.request_hash !== hash || stored.path !== path || stored.method !== request.method) {
            throw new ProblemException({ status: 422, type: 'idempotency-key-reused' });
          }
          if (stored.status === null) throw new ProblemException({ status: 409, type: 'idempotency-in-progress' });
          response.status(stored.status).header('Idempotent-Replayed', 'true');
          return of(stored.response);
        }
        // The status Nest will send: @HttpCode or 201 for POST.
        const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
        return next.handle().pipe(
          // Stored before the response leaves, so an immediate replay already finds it.
          switchMap((body) => from(this.complete(owner, key, status, body)).pipe(map(() => body))),
          catchError((error) => from(this.forget(owner, key)).pipe(switchMap(() => throwError(() => error)))),
        );
      }),
    );
  }

  /** Inserts the key as in progress, or returns the existing row when it is a replay. */
  private async claim(owner: string, key: string, method: string, path: string, hash: string): Promise<StoredKey | null> {
    await this.dataSource.query(DELETE_EXPIRED_KEY_SQL, [owner, key]);
    const inserted = await this.dataSource.query(
      CLAIM_KEY_SQL,
      [owner, key, method, path, hash],
    );
    if (inserted.length) return null;
    const [stored] = await this.dataSource.query(
      STORED_KEY_SQL,
      [owner, key],
    );
    return stored ?? null;
  }

  private async complete(owner: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(COMPLETE_KEY_SQL, [
      owner,
      key,
      status,
      JSON.stringify(body ?? null),
    ]);
  }

  private async forget(owner: string, key: string): Promise<void> {
    await this.dataSource.query(FORGET_KEY_SQL, [owner, key]).catch(() => undefined);
  }
}
