import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit.service.js';
import { ObjectStorage } from './object-storage.service.js';

/** Every column that names an object in the bucket, with the table it is in. */
const REFERENCES = `
  SELECT storage_key AS key, 'trace_file' AS source FROM trace_file
  UNION ALL SELECT storage_key, 'submission_file' FROM submission_file
  UNION ALL SELECT proof_storage_key, 'pfmp_period' FROM pfmp_period
    WHERE proof_storage_key IS NOT NULL`;

/** An upload writes its object before its row commits: younger objects are never orphans yet. */
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface OrphanReport {
  objects: number;
  rows: number;
  /** Objects no row names, older than the grace period: deleted. */
  removed: string[];
  /** Rows whose object is gone: reported, never deleted (restore the object from a backup). */
  missing: { key: string; source: string }[];
  /** Multipart uploads begun before the grace period and never completed: aborted. */
  abortedUploads: { key: string; uploadId: string }[];
}

/**
 * Keeps the bucket and the database in step, and drops stale multipart uploads (policy in
 * docs/decisions.md, 31). Safe with several
 * replicas without a lock: a removal re-checks that no row names the object, deleting twice is
 * harmless, and a missing object is only reported.
 */
@Injectable()
export class OrphanSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrphanSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditLog,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep(new Date()).catch((e: unknown) =>
        this.logger.error(`orphan sweep failed: ${String(e)}`),
      );
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(now: Date): Promise<OrphanReport> {
    const rows: { key: string; source: string }[] = await this.db.query(REFERENCES);
    const objects = await this.storage.list();
    const named = new Set(rows.map((r) => r.key));
    const stored = new Set(objects.map((o) => o.key));
    const report: OrphanReport = {
      objects: objects.length,
      rows: rows.length,
      removed: [],
      missing: [],
      abortedUploads: [],
    };

    for (const object of objects) {
      if (named.has(object.key)) continue;
      const age = now.getTime() - (object.lastModified?.getTime() ?? now.getTime());
      if (age < ORPHAN_GRACE_MS) continue;
      // A row may have been committed since the listing.
      const still: unknown[] = await this.db.query(
        `SELECT 1 FROM (${REFERENCES}) r WHERE r.key = $1`,
        [object.key],
      );
      if (still.length) continue;
      await this.storage.delete(object.key);
      report.removed.push(object.key);
      this.logger.warn(`removed orphan object ${object.key} (${object.size} bytes)`);
      await this.audit.record({
        action: 'storage.orphan_removed',
        subjectType: 'object',
        subjectId: object.key,
        details: { size: object.size },
      });
    }
    for (const row of rows) {
      if (stored.has(row.key)) continue;
      report.missing.push(row);
      this.logger.error(`object ${row.key} named by ${row.source} is missing from the bucket`);
      await this.audit.record({
        action: 'storage.object_missing',
        subjectType: 'object',
        subjectId: row.key,
        details: { source: row.source },
      });
    }
    await this.abortStaleUploads(now, report);
    return report;
  }

  /**
   * A multipart upload whose API process died (crash, kill) is never completed nor aborted, and
   * its parts take space without ever being listed as objects. One begun more than the grace
   * period ago is no live upload any more.
   */
  private async abortStaleUploads(now: Date, report: OrphanReport): Promise<void> {
    for (const upload of await this.storage.openUploads()) {
      const age = now.getTime() - (upload.initiated?.getTime() ?? now.getTime());
      if (age < ORPHAN_GRACE_MS) continue;
      await this.storage.abortUpload(upload);
      report.abortedUploads.push({ key: upload.key, uploadId: upload.uploadId });
      this.logger.warn(`aborted multipart upload ${upload.uploadId} of ${upload.key}`);
      await this.audit.record({
        action: 'storage.upload_aborted',
        subjectType: 'object',
        subjectId: upload.key,
        details: { uploadId: upload.uploadId, initiated: upload.initiated?.toISOString() },
      });
    }
  }
}
