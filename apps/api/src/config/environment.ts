import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every configuration variable the API reads, validated once at start-up.
 * Names are a public contract (README, docker-compose, acceptance checks): do not rename.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Where the embedded PostgreSQL and S3 keep their data (and later: mail drops). */
  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  /** PostgreSQL connection string; absent → embedded PGlite under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL?: string;

  /** S3-compatible endpoint URL; absent → embedded S3 server under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'S3_ENDPOINT must be an http(s) URL such as http://minio:9000' },
  )
  S3_ENDPOINT?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message:
      'S3_BUCKET must be a valid bucket name (3-63 lowercase letters, digits, dots, hyphens)',
  })
  S3_BUCKET = 'dossier-sno';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'S3_FORCE_PATH_STYLE must be true or false' })
  S3_FORCE_PATH_STYLE = true;

  /** Signs session cookies; required in production (all replicas share it). Else kept in DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters long' })
  SESSION_SECRET?: string;

  /** A session unused for this long ends. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 120;

  /** A session ends this long after login, used or not. */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Behind a reverse proxy that sets X-Forwarded-*: cookies become Secure over HTTPS. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /** The address people open; links in e-mails start with it. Defaults to http://localhost:PORT. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PUBLIC_URL must be an http(s) URL such as https://dossier.example.fr' },
  )
  PUBLIC_URL?: string;

  /** smtp://user:pass@host:587 — absent → e-mails are written as .eml files under DATA_DIR/mail. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:password@host:587' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Dossier SNO <no-reply@dossier-sno.local>';

  /** With ADMIN_PASSWORD: the first admin, created at start when no admin exists. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'ADMIN_PASSWORD must be at least 8 characters long' })
  ADMIN_PASSWORD?: string;

  /** Seeds a demo establishment into an empty database (README lists its logins). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'DEMO_SEED must be true or false' })
  DEMO_SEED = true;

  /** Largest accepted upload, in bytes (default 2 GiB); larger → 413. */
  @Transform(toInteger)
  @IsInt({ message: 'MAX_UPLOAD_BYTES must be a whole number of bytes' })
  @Min(1)
  MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

  /** clamd's address: set → every upload is scanned (INSTREAM) before it is kept; unset → no scan. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]+$/, {
    message: 'CLAMAV_HOST must be a host name or IP address such as clamav or 10.0.0.5',
  })
  CLAMAV_HOST?: string;

  @Transform(toInteger)
  @IsInt({ message: 'CLAMAV_PORT must be a port number' })
  @Min(1)
  @Max(65535)
  CLAMAV_PORT = 3310;

  /** Longest wait for clamd to accept the connection, and for its verdict after the last byte. */
  @Transform(toInteger)
  @IsInt({ message: 'CLAMAV_TIMEOUT must be a whole number of seconds' })
  @Min(1)
  CLAMAV_TIMEOUT = 60;

  /** Folder of the built web app; defaults to apps/web/dist beside the API. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;
}

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * Validates raw environment variables; throws a ConfigurationError whose message is one line
 * naming the first bad variable, so an operator sees at once what to fix.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  const first = errors[0];
  if (first) {
    // class-validator messages start with the property name: "PORT must be an integer number".
    const reason = Object.values(first.constraints ?? {})[0] ?? `${first.property} is invalid`;
    const shown =
      raw[first.property] === undefined ? 'missing' : JSON.stringify(raw[first.property]);
    throw new ConfigurationError(`Invalid configuration: ${reason} (got ${shown})`);
  }
  if (env.S3_ENDPOINT && (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigurationError(
      'Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required when S3_ENDPOINT is set',
    );
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    throw new ConfigurationError(
      'Invalid configuration: ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    );
  }
  const clamavSetting = ['CLAMAV_PORT', 'CLAMAV_TIMEOUT'].find(
    (name) => typeof raw[name] === 'string' && (raw[name] as string).trim() !== '',
  );
  if (clamavSetting && !env.CLAMAV_HOST) {
    throw new ConfigurationError(
      `Invalid configuration: ${clamavSetting} is set but CLAMAV_HOST is not (virus scanning is on only with CLAMAV_HOST)`,
    );
  }
  // The embedded services are for trying the product on one machine: no backups, one process.
  if (env.NODE_ENV === 'production' && (!env.DATABASE_URL || !env.S3_ENDPOINT)) {
    throw new ConfigurationError(
      'Invalid configuration: NODE_ENV=production does not run the embedded database and storage: set DATABASE_URL and S3_ENDPOINT',
    );
  }
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
    throw new ConfigurationError(
      'Invalid configuration: SESSION_SECRET is required when NODE_ENV=production (32+ random characters)',
    );
  }
  return env;
}
