/**
 * Every documented property of every JSON body, sent with each wrong JSON type, with lone
 * surrogates and non-characters in strings and with an unknown value for each enum (issue 13).
 * The fuzzing (fuzz.int-spec.ts) draws such values at random; this walks them all, from the
 * application's own OpenAPI document, on top of each route's valid call (`callFor`). For every
 * case: never a 5xx, a 4xx is JSON with a message, and a 4xx wrote nothing (fingerprints).
 */
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { personasOf } from './support/callers.js';
import { differences, fingerprint, fingerprintQuery, hasMessage } from './support/fingerprint.js';
import { documentedInput, type OpenApi, type Schema } from './support/openapi-input.js';
import { callFor, createEvidence, type Evidence } from './support/route-calls.js';
import { applicationRoutes } from './support/routes.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { anonymous, buildWorld, personaSessions, type World } from './support/world.js';

const STRINGS_THAT_ARE_NOT_TEXT = ['"\\ud800"', '"x\\udfffy"', '"\\ufffe\\uffff"', '"\\u0000"'];
const NOT_AN_OBJECT = ['[]', '"texte"', '1', 'true'];
const NOT_AN_ARRAY = ['{}', '"texte"', '1', '[[[]]]', '[null]', '["\\ud800"]'];

/** Wrong JSON for a property, chosen from its documented type (all of them when undocumented). */
function wrongValues(schema: Schema): string[] {
  const values = ['null', '{"__proto__":{"polluted":1}}'];
  if (schema.enum) values.push('"pas-une-valeur"', '""', `[${JSON.stringify(schema.enum[0])}]`);
  switch (schema.type) {
    case 'string':
      return [...values, '1', 'true', '[]', '{}', ...STRINGS_THAT_ARE_NOT_TEXT];
    case 'integer':
    case 'number':
      return [...values, '"12"', '[]', '{}', '1.5', '-1', '1e400', '12345678901234567890'];
    case 'boolean':
      return [...values, '"true"', '0', '[]', '{}'];
    case 'array':
      return [...values, ...NOT_AN_ARRAY];
    case 'object':
      return [...values, ...NOT_AN_OBJECT, '{"a":[[]]}'];
    default:
      return [...values, ...NOT_AN_OBJECT, ...NOT_AN_ARRAY, ...STRINGS_THAT_ARE_NOT_TEXT];
  }
}

/** `body` as JSON text with `path` set to the raw JSON `value` (array items as "0"). */
function withValue(body: object | undefined, path: string[], value: string): string {
  const marker = '\u0000SHAPE\u0000';
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      target[key] = marker;
      return;
    }
    const next = target[key];
    target[key] = next && typeof next === 'object' ? next : /^\d+$/.test(path[i + 1]!) ? [{}] : {};
    target = target[key] as Record<string, unknown>;
  });
  return JSON.stringify(copy).replace(JSON.stringify(marker), value);
}

/** Bodies that are not an object at all, sent to every persona. */
const WHOLE_BODIES = ['[]', '"texte"', 'null', '1'];
const WHOLE_BODY = WHOLE_BODIES.length;

describe('every documented body property with every wrong shape (OpenAPI-driven)', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;
  let sessionOf: ReturnType<typeof personaSessions>;
  const serverErrors: string[] = [];

  beforeAll(async () => {
    // Each case from its own address: the rate limits count by address.
    platform = await startTestPlatform({ TRUST_PROXY: 'true' });
    const keep = (...args: unknown[]) =>
      serverErrors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    platform.app.useLogger({ log: () => {}, warn: () => {}, error: keep, fatal: keep });
    sessionOf = personaSessions(platform, () => world);
    world = await buildWorld(platform);
    evidence = await createEvidence(await sessionOf('candidate'), await sessionOf('admin'), world);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('never answers 5xx, and a refusal is a JSON message that wrote nothing', async () => {
    const started = Date.now();
    const db = platform.app.get(DataSource);
    const storage = platform.app.get(ObjectStorage);
    const query = await fingerprintQuery(db);
    const openapi = (await anonymous(platform).agent.get('/api/docs-json').expect(200))
      .body as OpenApi;
    const routes = applicationRoutes(platform).filter((r) => !r.startsWith('GET '));
    const failures: string[] = [];
    const statuses = new Map<string, number>();
    let cases = 0;
    let fields = 0;
    let address = 0;
    let before: Map<string, string> | null = null;

    for (const route of routes) {
      const [method, template] = route.split(' ') as [string, string];
      if (callFor(route, world, evidence).attach) continue; // multipart: the fuzzing's uploads
      const documented = documentedInput(openapi, route).fields;
      fields += documented.length;
      const shapes = [
        ...WHOLE_BODIES.map((json) => ({ label: 'body', json: () => json })),
        ...documented.flatMap(({ path, schema }) =>
          wrongValues(schema).map((value) => ({
            label: `${path.join('.')}=${value}`,
            json: () => withValue(callFor(route, world, evidence).body, path, value),
          })),
        ),
      ];
      // The property shapes go to the first persona let through; the others get the whole-body
      // shapes (validation does not depend on who asks, and this keeps CI within its time).
      let admitted = false;
      for (const persona of personasOf(route)) {
        for (const shape of admitted ? shapes.slice(0, WHOLE_BODY) : shapes) {
          const call = callFor(route, world, evidence);
          if (call.freshSession || !sessionOf.has(persona)) before = null;
          const session =
            route === 'POST /api/auth/login'
              ? anonymous(platform)
              : await sessionOf(persona, call.freshSession);
          before ??= await fingerprint(db, query, storage);
          serverErrors.length = 0;
          cases++;
          const path = template.replace(/:(\w+)/g, (_, name: string) =>
            encodeURIComponent(call.params![name]!),
          );
          let req = session.agent[method.toLowerCase() as 'post'](
            call.query ? `${path}?${call.query}` : path,
          )
            .set('X-Forwarded-For', `198.19.${(address >> 8) & 255}.${address++ & 255}`)
            .set('Content-Type', 'application/json');
          if (session.csrf) req = req.set('X-CSRF-Token', session.csrf);
          const res = await req.send(shape.json());
          const family = `${String(res.status)[0]}xx`;
          statuses.set(family, (statuses.get(family) ?? 0) + 1);
          const problems: string[] = [];
          if (res.status >= 500) problems.push(`${res.status} ${serverErrors.join('\n')}`);
          const after = await fingerprint(db, query, storage);
          if (res.status >= 400 && res.status < 500) {
            if (!hasMessage(res.body)) problems.push(`${res.status} without a message`);
            const changed = differences(before, after);
            if (changed.length) problems.push(`${res.status} but wrote ${changed.join('; ')}`);
          }
          before = after;
          if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
            delete (Object.prototype as Record<string, unknown>).polluted;
            problems.push('Object.prototype was polluted');
          }
          if (problems.length)
            failures.push(`${route} as ${persona}, ${shape.label}: ${problems.join('; ')}`);
          // A persona stopped at the door tells nothing more about this route's shapes.
          if (shape.label === 'body' && (res.status === 401 || res.status === 403)) break;
          if (shape === shapes[WHOLE_BODY - 1]) admitted = true;
        }
      }
    }
    console.log(
      `shapes: ${cases} cases on ${routes.length} routes (${fields} documented properties) in ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s; answers: ${[...statuses]
        .sort()
        .map(([f, n]) => `${n} ${f}`)
        .join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
  }, 600_000);
});
