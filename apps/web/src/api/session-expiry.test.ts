import { describe, expect, it, vi } from 'vitest';
import { sessionExpiryMiddleware } from './session-expiry';

const call = async (url: string, status: number, onExpired: () => void) => {
  const middleware = sessionExpiryMiddleware(onExpired);
  await middleware.onResponse!({
    request: new Request(url),
    response: new Response(null, { status }),
    options: {} as never,
    schemaPath: '',
    params: {},
    id: '1',
  });
};

describe('sessionExpiryMiddleware', () => {
  it('reports a 401 on an ordinary route as an ended session', async () => {
    const onExpired = vi.fn();
    await call('http://localhost/api/traces', 401, onExpired);
    expect(onExpired).toHaveBeenCalledOnce();
  });

  it('ignores other statuses and the 401 of a wrong password or of an anonymous visit', async () => {
    const onExpired = vi.fn();
    await call('http://localhost/api/traces', 403, onExpired);
    await call('http://localhost/api/auth/login', 401, onExpired);
    await call('http://localhost/api/auth/me', 401, onExpired);
    expect(onExpired).not.toHaveBeenCalled();
  });
});
