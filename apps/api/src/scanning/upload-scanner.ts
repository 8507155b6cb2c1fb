import type { ErrorCode } from '@dossier-sno/i18n';
import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { AuditLog } from '../audit/audit.service.js';
import { DomainError } from '../common/domain-error.js';
import type { Environment } from '../config/environment.js';
import { ClamdError, type ClamdOptions, ClamdScan } from './clamd-client.js';

/** What a failed scan answers, by clamd's reason; SCANNER_UNAVAILABLE otherwise. */
const REFUSALS: Partial<Record<ClamdError['reason'], ErrorCode>> = {
  'size-limit': 'SCANNER_SIZE_LIMIT',
  closed: 'SCANNER_INTERRUPTED',
};

/**
 * The optional virus scan of uploads (clamd over TCP), on when CLAMAV_HOST is set. It fails
 * closed: once an administrator has turned scanning on, a file that cannot be scanned is not
 * stored. S3StorageEngine drives it; this class decides what the outcomes mean.
 */
@Injectable()
export class UploadScanner {
  private readonly logger = new Logger('VirusScan');
  private readonly options: ClamdOptions | null;

  constructor(
    config: ConfigService<Environment, true>,
    private readonly audit: AuditLog,
  ) {
    const host = config.get('CLAMAV_HOST', { infer: true });
    this.options = host
      ? {
          host,
          port: config.get('CLAMAV_PORT', { infer: true }),
          timeoutMs: config.get('CLAMAV_TIMEOUT', { infer: true }) * 1000,
        }
      : null;
  }

  /** A scan to feed with the file's bytes, or null when scanning is off. */
  start(highWaterMark?: number): ClamdScan | null {
    return this.options ? new ClamdScan(this.options, highWaterMark) : null;
  }

  /** Records the rejection in the audit log and returns the 422 to answer with. */
  async infected(
    req: Request,
    fileName: string,
    signature: string,
    size: number,
  ): Promise<DomainError> {
    this.logger.warn(`upload "${fileName}" rejected: ${signature} (${req.originalUrl})`);
    await this.audit
      .record({
        action: 'upload.infected_rejected',
        actor: req.actor,
        subjectType: 'user',
        subjectId: req.actor?.id,
        details: { fileName, signature, size, path: req.originalUrl },
        ip: req.ip,
      })
      // The file is refused either way; a database outage must not turn that into a 500.
      .catch((e: unknown) => this.logger.error(`audit of an infected upload failed: ${String(e)}`));
    return new DomainError('FILE_INFECTED', { fileName, signature }, { fileName, signature });
  }

  /** clamd failed (unreachable, timeout, refused stream): logged for the admin, 503 for the user. */
  unavailable(error: unknown): DomainError {
    const detail = error instanceof Error ? error.message : String(error);
    const hint =
      error instanceof ClamdError && (error.reason === 'size-limit' || error.reason === 'closed')
        ? ' — clamd’s StreamMaxLength (and MaxFileSize, MaxScanSize) must be at least MAX_UPLOAD_BYTES'
        : '';
    this.logger.error(`virus scan failed, upload refused: ${detail}${hint}`);
    return new DomainError(
      (error instanceof ClamdError && REFUSALS[error.reason]) || 'SCANNER_UNAVAILABLE',
    );
  }
}
