import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, concatMap, from, Observable, throwError } from 'rxjs';
import { RequestContext } from '../common/context/request-context';
import { ReadDatabase } from './read-database';

/**
 * Read-your-writes with a replica: once a caller's write request is handled (answered or failed,
 * as a failure may follow a commit), and before the answer leaves, her next reads are pinned to
 * the primary for DATABASE_READ_STICKY_MS.
 */
@Injectable()
export class PrimaryAfterWrite implements NestInterceptor {
  constructor(private readonly reads: ReadDatabase) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reads.hasReplica || RequestContext.current().readOnly) return next.handle();
    return next.handle().pipe(
      concatMap((value) => from(this.reads.primaryAfterWrite().then(() => value))),
      catchError((error) => from(this.reads.primaryAfterWrite()).pipe(concatMap(() => throwError(() => error)))),
    );
  }
}
