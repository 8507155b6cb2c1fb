import { BadRequestException, type ExecutionContext } from '@nestjs/common';
import type { AccessPolicy } from '../policy/access-policy.js';
import { OwnerGuard } from './owner.guard.js';

const contextFor = (id: string) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ actor: { id: 'me' }, params: { id } }) }),
  }) as unknown as ExecutionContext;

describe('OwnerGuard', () => {
  it('answers 400 to an id that is not a UUID, before asking the policy (guards run before pipes)', async () => {
    const asked: string[] = [];
    const Guard = OwnerGuard(async (_policy, _actor, id) => asked.push(id));
    const guard = new Guard({} as AccessPolicy);
    await expect(guard.canActivate(contextFor('../../etc/passwd'))).rejects.toBeInstanceOf(
      BadRequestException,
    );
    expect(asked).toEqual([]);
    await expect(
      guard.canActivate(contextFor('2d9f0a4e-8c1b-4b7e-9f3a-6c5d4e3b2a19')),
    ).resolves.toBe(true);
    expect(asked).toEqual(['2d9f0a4e-8c1b-4b7e-9f3a-6c5d4e3b2a19']);
  });
});
