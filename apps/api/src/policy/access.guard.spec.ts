import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../common/domain-error.js';
import type { AccessPolicy } from './access-policy.js';
import { AccessGuard } from './access.guard.js';
import { Permission } from './permission.js';

const contextFor = (id: string) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ actor: { id: 'me' }, params: { id } }) }),
  }) as unknown as ExecutionContext;

describe('AccessGuard', () => {
  it('answers 400 to an id that is not a UUID, before asking the policy (guards run before pipes)', async () => {
    const asked: [Permission, string[]][] = [];
    const Guard = AccessGuard(Permission.TraceUpdate);
    const policy = {
      requireAccess: async (_actor: unknown, permission: Permission, ids: string[]) => {
        asked.push([permission, ids]);
      },
    };
    const guard = new Guard(policy as unknown as AccessPolicy);
    await expect(guard.canActivate(contextFor('../../etc/passwd'))).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(asked).toEqual([]);
    await expect(
      guard.canActivate(contextFor('2d9f0a4e-8c1b-4b7e-9f3a-6c5d4e3b2a19')),
    ).resolves.toBe(true);
    expect(asked).toEqual([[Permission.TraceUpdate, ['2d9f0a4e-8c1b-4b7e-9f3a-6c5d4e3b2a19']]]);
  });
});
