import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { signInOverHttp } from './support/network.js';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, PASSWORD } from './support/world.js';

/**
 * PostgreSQL restarts while requests are in flight: they answer 503 (never hang, never 500), the
 * health check says the database is down while it is, and the same API process serves again once
 * PostgreSQL is back. A PostgreSQL server of the test's own, stopped and started for real.
 */
describe('a PostgreSQL restart', () => {
  let postgres: PrivatePostgres;
  let platform: TestPlatform;
  let base: string;
  let cookie: string;
  let csrf: string;
  let traceId: string;

  /** Every call gives up after 20 s: a hang fails the test instead of blocking it. */
  const call = async (method: string, path: string, body?: object) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  const newTrace = {
    title: 'Sauvegarde',
    context: 'centre',
    occurredOn: '2026-11-20',
    competences: ['C1.1'],
  };

  beforeAll(async () => {
    postgres = await startPrivatePostgres();
    platform = await startTestPlatform({ DATABASE_URL: postgres.url });
    await platform.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(platform.app.getHttpServer().address() as AddressInfo).port}`;
    const world = await buildWorld(platform);
    ({ cookie, 'x-csrf-token': csrf } = await signInOverHttp(base, world.people.candidate.email));
    traceId = (await call('POST', '/api/traces', newTrace)).json.id as string;
  });

  afterAll(async () => {
    await platform?.close();
    await postgres?.destroy();
  });

  it('answers 503 to requests in flight and during the outage, and recovers without a restart', async () => {
    // Hold the trace table so that these requests are inside PostgreSQL when it stops.
    const holder = new pg.Client({ connectionString: postgres.url });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE trace IN ACCESS EXCLUSIVE MODE');
    const inFlight = [
      call('GET', '/api/traces'),
      call('GET', `/api/traces/${traceId}`),
      call('POST', '/api/traces', newTrace),
      call('PATCH', `/api/traces/${traceId}`, { version: 1, title: 'Modifiée' }),
    ];
    let waiting = 0;
    for (let i = 0; waiting < inFlight.length && i < 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
      // Inside a transaction the activity view is a snapshot unless cleared.
      await holder.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await holder.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
      );
      waiting = rows[0]!.n;
    }
    expect(waiting).toBe(inFlight.length);

    await postgres.stop();
    for (const res of await Promise.all(inFlight)) {
      expect(res.status).toBe(503);
      expect(res.json.message).toMatch(/Base de données indisponible/);
    }

    // While it is down: new requests, even before the session is read, answer 503 quickly.
    const health = await call('GET', '/api/health');
    expect(health).toEqual({
      status: 503,
      json: { status: 'error', db: 'down', storage: 'up' },
    });
    for (const res of [
      await call('GET', '/api/traces'),
      await call('POST', '/api/traces', newTrace),
      await call('POST', '/api/auth/login', { email: 'x@example.org', password: PASSWORD }),
    ]) {
      expect(res.status).toBe(503);
      expect(res.json.message).toMatch(/Base de données indisponible/);
    }

    await postgres.start();
    let healthy = false;
    for (let i = 0; i < 100 && !healthy; i++) {
      healthy = (await call('GET', '/api/health')).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy).toBe(true);
    // The same process, the same session: the work goes on, and nothing half-done was kept.
    const traces = await call('GET', '/api/traces');
    expect(traces.status).toBe(200);
    expect(JSON.stringify(traces.json)).not.toContain('Modifiée');
    expect((await call('POST', '/api/traces', newTrace)).status).toBe(201);
  });
});
