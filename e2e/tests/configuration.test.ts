import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { embeddedEnv } from '../support/server.js';

const mainJs = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));

describe('start-up configuration', () => {
  it.each([
    ['PORT', 'not-a-port'],
    ['DATABASE_URL', 'mysql://db/sno'],
    ['S3_FORCE_PATH_STYLE', 'perhaps'],
  ])('a bad %s stops the process with one line naming it', (name, value) => {
    const run = spawnSync(process.execPath, [mainJs], {
      env: embeddedEnv({ [name]: value, DATA_DIR: '/nonexistent/never-created' }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name} `));
  });
});
