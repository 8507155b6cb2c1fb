/** Helpers for tests that talk to a listening API (or start servers) over real sockets. */
import { createServer, type AddressInfo } from 'node:net';
import { PASSWORD } from './world.js';

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Signs `email` in on the API at `base` (http://host:port): the headers their JSON requests carry
 * (session cookie, CSRF token, content type). The whole answer is read first: the session is
 * saved only then (bench/README.md).
 */
export async function signInOverHttp(
  base: string,
  email: string,
  password = PASSWORD,
): Promise<Record<'cookie' | 'x-csrf-token' | 'content-type', string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in of ${email} failed: ${login.status}`);
  await login.text();
  return {
    cookie: login.headers.getSetCookie()[0]!.split(';')[0]!,
    'x-csrf-token': login.headers.get('x-csrf-token')!,
    'content-type': 'application/json',
  };
}
