import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_STATUS } from '../common/error-status.js';
import { Permission } from './permission.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every TypeScript source of the API, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Sources outside policy/, with auth/ (which checks @Roles at the route) and common/ (HTTP). */
const outsidePolicy = () =>
  sources(SRC)
    .map((path) => relative(SRC, path))
    .filter((path) => !/^(policy|auth|common)\//.test(path));

describe('access decisions', () => {
  it('are taken in policy/ only: no role test anywhere else (auth/ checks @Roles at the route)', () => {
    const outside = outsidePolicy().filter((path) =>
      /\bhasRole\b/.test(readFileSync(join(SRC, path), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('are refused in policy/ only: no 403 raised anywhere else', () => {
    const forbidden = Object.entries(ERROR_STATUS)
      .filter(([, status]) => status === 403)
      .map(([code]) => code);
    const raising = new RegExp(`DomainError\\(\\s*'(${forbidden.join('|')})'`);
    const outside = outsidePolicy().filter((path) =>
      raising.test(readFileSync(join(SRC, path), 'utf8')),
    );
    expect(forbidden).toContain('ROLE_FORBIDDEN');
    expect(outside).toEqual([]);
  });

  it('never pick an HTTP status: refusals are DomainErrors, mapped to statuses once', () => {
    const picking = sources(SRC)
      .map((path) => relative(SRC, path))
      .filter((path) => /new \w+Exception\(/.test(readFileSync(join(SRC, path), 'utf8')));
    expect(picking).toEqual([]);
  });

  it('are asked by permission: every permission of the list is required somewhere', () => {
    const asking = sources(SRC)
      .filter((path) => !/policy\/permissions?\.ts$/.test(path))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = Object.keys(Permission).filter(
      (name) => !new RegExp(`\\bPermission\\.${name}\\b`).test(asking),
    );
    expect(unused).toEqual([]);
  });
});
