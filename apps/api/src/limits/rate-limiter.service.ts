import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ErrorCode } from '@dossier-sno/i18n';
import { DomainError } from '../common/domain-error.js';

/** One limit of a bucket: at most `max` hits of `key` per window. */
export interface RateRule {
  key: string;
  max: number;
}

/** A bucket: what is limited, over which window, and what a refused caller reads. */
export interface RateBucket {
  name: string;
  windowMinutes: number;
  /** The refusal (429); its `count` is the wait in `waitUnit`, rounded up. */
  refusal: ErrorCode;
  waitUnit: 'minutes' | 'hours';
}

const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Fixed-window counters in PostgreSQL (`rate_limit`), so every replica counts the same. A hit is
 * counted and checked in one upsert: the row lock of `ON CONFLICT DO UPDATE` orders concurrent hits
 * of a key, so 30 requests at once see 1…30 and exactly `max` get through (docs/decisions.md, 39).
 * Keys are locked in sorted order, so two hits sharing keys cannot deadlock.
 */
@Injectable()
export class RateLimiter implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.prune().catch((e: unknown) =>
        this.logger.error(`rate-limit prune failed: ${String(e)}`),
      );
    }, PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Counts one hit on every rule's key; throws 429 when any key is past its max. */
  async hit(bucket: RateBucket, rules: RateRule[]): Promise<void> {
    const keys = [...new Set(rules.map((r) => r.key))].sort();
    const rows = (await this.db.query(
      `INSERT INTO rate_limit AS r (bucket, key, hits, window_start)
       SELECT $1, k, 1, now() FROM unnest($2::text[]) AS k ORDER BY k
       ON CONFLICT (bucket, key) DO UPDATE SET
         hits = CASE WHEN r.window_start <= now() - make_interval(mins => $3) THEN 1 ELSE r.hits + 1 END,
         window_start = CASE WHEN r.window_start <= now() - make_interval(mins => $3)
                             THEN now() ELSE r.window_start END
       RETURNING key, hits,
         ceil(extract(epoch FROM r.window_start + make_interval(mins => $3) - now()))::int AS wait`,
      [bucket.name, keys, bucket.windowMinutes],
    )) as { key: string; hits: number; wait: number }[];
    const waits = rows
      .filter((row) => rules.some((rule) => rule.key === row.key && row.hits > rule.max))
      .map((row) => Math.max(1, row.wait));
    if (waits.length === 0) return;
    const retryAfter = Math.max(...waits);
    const count = Math.ceil(retryAfter / (bucket.waitUnit === 'hours' ? 3600 : 60));
    // The errors filter turns `retryAfter` (seconds) into the Retry-After header.
    throw new DomainError(bucket.refusal, { count }, { retryAfter });
  }

  /** Takes back one hit of each key (a login that succeeded is not a failure). */
  async forgive(bucket: RateBucket, rules: RateRule[]): Promise<void> {
    await this.db.query(
      `UPDATE rate_limit SET hits = hits - 1 WHERE bucket = $1 AND key = ANY($2::text[]) AND hits > 0`,
      [bucket.name, [...new Set(rules.map((r) => r.key))]],
    );
  }

  /** Windows ended a day ago or more count nothing any more. */
  async prune(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit WHERE window_start < now() - interval '1 day'`);
  }
}
