import {
  HttpException,
  HttpStatus,
  Injectable,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { AuditLog } from '../audit/audit.service.js';
import type { Environment } from '../config/environment.js';
import { ClamdError, type ClamdOptions, ClamdScan } from './clamd-client.js';

export const SCANNER_UNAVAILABLE_MESSAGE =
  'Analyse antivirus indisponible : le fichier n’a pas été enregistré, réessayez dans un instant. / Virus scanner unavailable: the file was not stored, retry shortly.';

const SCANNER_SIZE_LIMIT_MESSAGE =
  'Fichier trop volumineux pour l’analyse antivirus : il n’a pas été enregistré. Signalez-le à l’administrateur, qui doit relever la limite de l’antivirus. / File too large for the virus scanner: it was not stored; the administrator must raise the scanner’s limit.';

const SCANNER_INTERRUPTED_MESSAGE =
  'Analyse antivirus interrompue (fichier trop volumineux pour l’antivirus, ou antivirus redémarré) : le fichier n’a pas été enregistré. Réessayez ; si cela se reproduit, signalez-le à l’administrateur. / Virus scan interrupted (file too large for the scanner, or scanner restarting): the file was not stored.';

const MESSAGES: Partial<Record<ClamdError['reason'], string>> = {
  'size-limit': SCANNER_SIZE_LIMIT_MESSAGE,
  closed: SCANNER_INTERRUPTED_MESSAGE,
};

export class InfectedFile extends HttpException {
  constructor(fileName: string, signature: string) {
    super(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `Fichier « ${fileName} » refusé : l’antivirus y a détecté ${signature}. Il n’a pas été enregistré. / File "${fileName}" rejected: the virus scanner found ${signature}. It was not stored.`,
        fileName,
        signature,
      },
      HttpStatus.UNPROCESSABLE_ENTITY,
    );
  }
}

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
  ): Promise<HttpException> {
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
    return new InfectedFile(fileName, signature);
  }

  /** clamd failed (unreachable, timeout, refused stream): logged for the admin, 503 for the user. */
  unavailable(error: unknown): HttpException {
    const detail = error instanceof Error ? error.message : String(error);
    const hint =
      error instanceof ClamdError && (error.reason === 'size-limit' || error.reason === 'closed')
        ? ' — clamd’s StreamMaxLength (and MaxFileSize, MaxScanSize) must be at least MAX_UPLOAD_BYTES'
        : '';
    this.logger.error(`virus scan failed, upload refused: ${detail}${hint}`);
    return new ServiceUnavailableException(
      (error instanceof ClamdError && MESSAGES[error.reason]) || SCANNER_UNAVAILABLE_MESSAGE,
    );
  }
}
