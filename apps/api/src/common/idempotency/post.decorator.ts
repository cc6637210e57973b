import { applyDecorators, Post as NestPost, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * A POST route, which takes an `Idempotency-Key`: Nest's `@Post` with the idempotency
 * interceptor. Mounted per route rather than globally because a route without interceptors
 * skips Nest's interceptor chain (rxjs and an AsyncResource per request): ~15% of the CPU of a
 * simple GET. ESLint refuses `Post` from @nestjs/common in the API, so no POST route lacks it.
 */
export const Post = (path?: string | string[]): MethodDecorator => applyDecorators(NestPost(path), UseInterceptors(IdempotencyInterceptor));
