import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/server.js';

function compose(...args: string[]) {
  return spawnSync('docker-compose', ['-f', 'docker-compose.yml', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // Values the compose file requires from .env in production; placeholders are enough to validate.
    env: {
      ...process.env,
      POSTGRES_PASSWORD: 'x',
      MINIO_ROOT_USER: 'x',
      MINIO_ROOT_PASSWORD: 'xxxxxxxx',
      SESSION_SECRET: 'x'.repeat(32),
    },
  });
}

describe('docker-compose.yml (production)', () => {
  it('passes docker-compose config validation', () => {
    const run = compose('config', '-q');
    expect(run.error).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('defines the database, the object storage, its bucket set-up, the app and an optional clamd', () => {
    const run = compose('config', '--services');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').sort()).toEqual([
      'app',
      'clamav',
      'minio',
      'minio-init',
      'postgres',
    ]);
    // clamd starts only with `--profile antivirus`; the app scans only when CLAMAV_HOST is set.
    const config = compose('config').stdout;
    expect(config).toMatch(/\n {2}clamav:\n(?: {4}.*\n)*? {4}profiles:\n {4}- antivirus\n/);
    expect(config).toMatch(/\n {6}CLAMAV_HOST: ''\n/);
  });

  it('refuses to start without the secrets of .env', () => {
    const run = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/POSTGRES_PASSWORD/);
  });
});
