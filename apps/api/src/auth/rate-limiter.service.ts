import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ponte/config';
import { ProblemException } from '../common/problem/problem';
import { RedisClient } from '../queue/redis.provider';

export interface RateLimit {
  /** What is limited, e.g. `login:ip`. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/** Fixed windows of attempts in Redis, per IP and per e-mail on sign-in, reset and registration. */
export const RATE_LIMITS = {
  loginPerIp: { bucket: 'login:ip', limit: 50, windowSeconds: 15 * 60 },
  loginPerEmail: { bucket: 'login:email', limit: 10, windowSeconds: 15 * 60 },
  secondFactorPerIp: { bucket: 'totp:ip', limit: 50, windowSeconds: 15 * 60 },
  resetPerIp: { bucket: 'reset:ip', limit: 20, windowSeconds: 3600 },
  resetPerEmail: { bucket: 'reset:email', limit: 3, windowSeconds: 3600 },
  tokenUsePerIp: { bucket: 'token:ip', limit: 30, windowSeconds: 15 * 60 },
  registrationPerIp: { bucket: 'registration:ip', limit: 10, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;

/**
 * Counts an attempt and answers 429 with Retry-After once the window's limit is passed.
 * Fails closed: when Redis is unreachable the attempt is refused with 503 rather than
 * let through unlimited.
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly redis: RedisClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async consume(rule: RateLimit, subject: string): Promise<void> {
    // Hashed so e-mail addresses never sit in Redis in clear.
    const key = `${this.config.QUEUE_PREFIX}:ratelimit:${rule.bucket}:${createHash('sha256').update(subject.toLowerCase()).digest('hex')}`;
    let count: number;
    let ttl: number;
    try {
      const results = await this.redis.multi().set(key, 0, 'EX', rule.windowSeconds, 'NX').incr(key).ttl(key).exec();
      count = Number(results?.[1]?.[1]);
      ttl = Number(results?.[2]?.[1]);
    } catch {
      throw new ProblemException({ status: 503, type: 'service-unavailable' });
    }
    if (count > rule.limit) {
      const retryAfter = String(ttl > 0 ? ttl : rule.windowSeconds);
      throw new ProblemException({ status: 429, type: 'too-many-requests', headers: { 'Retry-After': retryAfter }, extensions: { retryAfter: Number(retryAfter) } });
    }
  }
}
