import { ConfigurationError, validateEnvironment } from './environment.js';

const SECRET = 'a-session-secret-of-32-characters!';

describe('validateEnvironment', () => {
  it('applies the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      S3_REGION: 'us-east-1',
      S3_BUCKET: 'dossier-sno',
      S3_FORCE_PATH_STYLE: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.S3_ENDPOINT).toBeUndefined();
  });

  it('converts numbers and booleans from their string form', () => {
    const env = validateEnvironment({ PORT: '8080', S3_FORCE_PATH_STYLE: 'false' });
    expect(env.PORT).toBe(8080);
    expect(env.S3_FORCE_PATH_STYLE).toBe(false);
  });

  it('treats empty strings as unset (compose files often pass VAR=)', () => {
    const env = validateEnvironment({ DATABASE_URL: '', S3_ENDPOINT: ' ' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.S3_ENDPOINT).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT /],
    [
      { DATABASE_URL: 'mysql://x' },
      /^Invalid configuration: DATABASE_URL must look like postgres:/,
    ],
    [{ S3_ENDPOINT: 'minio:9000' }, /^Invalid configuration: S3_ENDPOINT must be an http\(s\) URL/],
    [{ S3_BUCKET: 'Bad_Bucket' }, /^Invalid configuration: S3_BUCKET /],
    [
      { S3_FORCE_PATH_STYLE: 'maybe' },
      /^Invalid configuration: S3_FORCE_PATH_STYLE must be true or false/,
    ],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV /],
    [
      { S3_ENDPOINT: 'http://minio:9000' },
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required/,
    ],
    [
      { NODE_ENV: 'production', SESSION_SECRET: SECRET },
      /^Invalid configuration: .*NODE_ENV=production.*set DATABASE_URL and S3_ENDPOINT/,
    ],
    [
      { NODE_ENV: 'production', SESSION_SECRET: SECRET, DATABASE_URL: 'postgres://a:b@db/sno' },
      /set DATABASE_URL and S3_ENDPOINT/,
    ],
  ])('rejects %j with one line naming the variable', (raw, message) => {
    let error: unknown;
    try {
      validateEnvironment(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('virus scanning is off by default, on with CLAMAV_HOST; CLAMAV_* without the host is refused', () => {
    expect(validateEnvironment({}).CLAMAV_HOST).toBeUndefined();
    expect(validateEnvironment({ CLAMAV_HOST: 'clamav', CLAMAV_PORT: '3311' })).toMatchObject({
      CLAMAV_HOST: 'clamav',
      CLAMAV_PORT: 3311,
      CLAMAV_TIMEOUT: 60,
    });
    expect(() => validateEnvironment({ CLAMAV_PORT: '3310' })).toThrow(
      /CLAMAV_PORT is set but CLAMAV_HOST is not/,
    );
    expect(() => validateEnvironment({ CLAMAV_HOST: 'clamav', CLAMAV_PORT: '99999' })).toThrow(
      /CLAMAV_PORT must not be greater than 65535/,
    );
    expect(() => validateEnvironment({ CLAMAV_HOST: 'tcp://clamav:3310' })).toThrow(
      /CLAMAV_HOST must be a host name or IP address/,
    );
  });

  it('accepts a complete external configuration', () => {
    const env = validateEnvironment({
      DATABASE_URL: 'postgres://sno:secret@db:5432/sno',
      S3_ENDPOINT: 'http://minio:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(env.DATABASE_URL).toBe('postgres://sno:secret@db:5432/sno');
    expect(env.S3_ENDPOINT).toBe('http://minio:9000');
    expect(
      validateEnvironment({
        NODE_ENV: 'production',
        SESSION_SECRET: SECRET,
        DATABASE_URL: 'postgres://sno:secret@db:5432/sno',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }).NODE_ENV,
    ).toBe('production');
  });
});
