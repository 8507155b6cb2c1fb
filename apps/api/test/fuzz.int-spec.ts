/**
 * Bad input (issue 7): fast-check throws hostile values at every route of the application — its
 * path parameters, query strings, JSON bodies and multipart uploads — one field at a time on top of
 * the route's valid call (`callFor`, shared with the authorisation matrix), plus whole-body
 * replacements. For every generated case:
 *
 * - the answer is never 5xx;
 * - a 4xx answer is JSON with a non-empty `message` (a string or a list of strings);
 * - a 4xx answer wrote nothing: the database and the bucket have the same fingerprint before and
 *   after (a 2xx may write: some hostile values are valid input, such as a title with an emoji);
 * - nothing reached `Object.prototype` (prototype-pollution keys).
 *
 * The route list comes from the running application, so a new route is fuzzed without anyone
 * remembering to, and fails here until it has its valid call in `callFor`.
 *
 * Cost: FUZZ_RUNS cases per route and persona (default below, about 30 s on a 2-core machine);
 * FUZZ_SEED changes the fixed seed (each route derives its own from it, so adding a route does not
 * change the cases of the others). A failure prints the seed and the case to replay it.
 */
import { createHash } from 'node:crypto';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { binaryParser, makePng } from './support/fixtures.js';
import { differences, fingerprint, fingerprintQuery, hasMessage } from './support/fingerprint.js';
import { type Documented, documentedInput, type OpenApi } from './support/openapi-input.js';
import { ALLOWED, personasOf } from './support/callers.js';
import { type Call, callFor, createEvidence, type Evidence } from './support/route-calls.js';
import { applicationRoutes } from './support/routes.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { anonymous, buildWorld, personaSessions, type World } from './support/world.js';

// 5 keeps CI under its 15 minutes; raise it (FUZZ_RUNS=50) to search further by hand.
const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_107);
const DOCUMENTATION = /^GET \/api\/docs/;

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

const HUGE = 100_000;

/** Strings that broke something somewhere once: encodings, traversal, dates, numbers, injections. */
const NASTY_STRINGS: string[] = [
  '',
  ' ',
  '   \t\n',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(64),
  '\uD800', // lone high surrogate
  'x\uDFFFy', // lone low surrogate
  '\u202Eevil\u202C', // right-to-left override
  '\u200F\u202Bمرحبا\u202C',
  'e\u0301\u0301\u0301\u0301',
  'Z̸̢̛̛͈͇̬̼̲̠͚a̷l̶g̵o̴',
  '👩🏽‍💻🇫🇷🏳️‍🌈',
  '\uFEFFbom',
  '\uFFFF\uFFFE',
  '\r\n\r\n',
  '\u001b[31mred',
  "'; DROP TABLE trace; --",
  '" OR 1=1 --',
  '%',
  '%00',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '....//....//etc/passwd',
  '/etc/passwd',
  'C:\\boot.ini',
  'CON',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  '1e400',
  '-1',
  '0x1F',
  '9'.repeat(40),
  '2147483648',
  '-9223372036854775809',
  '0000-00-00',
  '9999-99-99',
  '+275760-09-13',
  '275760-09-14',
  '2026-02-30',
  '2026-13-01',
  '0001-01-01',
  '-000001-01-01',
  '2026-11-02T25:61:61Z',
  '2026-11-02T00:00:00+99:00',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '12345678-1234-1234-1234-1234567890ab',
  'E9',
  'e3',
  'C99.99',
  'a'.repeat(HUGE),
  'é'.repeat(HUGE),
  '😀'.repeat(HUGE / 2),
  '\u0301'.repeat(HUGE / 4),
];

/** Any string: the list above, random code points (lone surrogates included), random graphemes. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }),
        fc.boolean(),
      )
      .map(([d, time]) => (time ? d.toISOString() : d.toISOString().slice(0, 10))),
  },
);

/**
 * URLs cannot carry 100 000 characters: Node answers 431 itself past 16 KiB of request head, before
 * the application sees anything. Path and query values are therefore cut to 6 000 characters once
 * percent-encoded.
 */
const URL_VALUE_MAX = 6_000;

/** Percent-encodes UTF-8 bytes (lone surrogates become U+FFFD, as any client would send them). */
const pct = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** `pct`, cut (at a character) so that the encoded value stays within URL_VALUE_MAX. */
function pctWithin(s: string): string {
  let out = '';
  for (const c of s) {
    const next = pct(c);
    if (out.length + next.length > URL_VALUE_MAX) break;
    out += next;
  }
  return out;
}

/** Already-encoded URL pieces: traversal, broken escapes, over-long UTF-8. */
const RAW_URL_PIECES = [
  '..',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5c..%5cwindows',
  '%00',
  '%',
  '%ZZ',
  '%C0%AF',
  '%FF%FE',
  '%ED%A0%80', // an encoded surrogate: invalid UTF-8
  '%E2%80%AE',
  'a%20b',
  '%3Cscript%3E',
];

/** A path or query value, as it goes on the wire. */
const wireValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.map(pctWithin) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_PIECES) },
);

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** JSON texts that are not strings: wrong types, extreme numbers, nesting, pollution attempts. */
const NASTY_JSON: string[] = [
  'null',
  'true',
  'false',
  '0',
  '-0',
  '-1',
  '1.5',
  '1e308',
  '-1e308',
  '1e400',
  '5e-324',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '123456789012345678901234567890',
  '[]',
  '{}',
  '[null]',
  '[[]]',
  '[{}]',
  '[""]',
  '["\\u0000"]',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]',
  deepArray(5_000),
  deepObject(2_000),
  `[${'1,'.repeat(HUGE - 1)}1]`,
  `[${'"x",'.repeat(20_000)}"x"]`,
  `{${Array.from({ length: 5_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
];

const number: fc.Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((n) => (Object.is(n, -0) ? '-0' : String(n))),
);

/** A JSON value as text (so that -0, 1e400 and exact big integers reach the server as written). */
const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_JSON) },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }).map((a) => JSON.stringify(a)) },
);

/** Whole bodies that are not the object a route expects, or not JSON at all. */
const HOSTILE_BODIES: { text: string | Buffer; type: string; encoding?: string }[] = [
  { text: 'null', type: 'application/json' },
  { text: '[]', type: 'application/json' },
  { text: '"text"', type: 'application/json' },
  { text: '42', type: 'application/json' },
  { text: '', type: 'application/json' },
  { text: '{', type: 'application/json' },
  { text: '{"a":', type: 'application/json' },
  { text: "{'single': 'quotes'}", type: 'application/json' },
  { text: '{"a":1,}', type: 'application/json' },
  { text: 'NaN', type: 'application/json' },
  { text: '{"x": NaN}', type: 'application/json' },
  { text: deepArray(50_000), type: 'application/json' },
  { text: deepObject(20_000), type: 'application/json' },
  { text: '{"__proto__":{"polluted":"yes"}}', type: 'application/json' },
  { text: '{"constructor":{"prototype":{"polluted":"yes"}}}', type: 'application/json' },
  { text: `{"a":"${'x'.repeat(1_200_000)}"}`, type: 'application/json' },
  { text: Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), type: 'application/json' },
  { text: Buffer.from('{"a":"\xff\xfe"}', 'latin1'), type: 'application/json' },
  { text: '{}', type: 'application/json; charset=utf-16' },
  { text: '{}', type: 'application/json; charset=klingon' },
  { text: 'not gzip', type: 'application/json', encoding: 'gzip' },
  { text: '{}', type: 'application/json', encoding: 'br, compress' },
  { text: '{"title":"x"}', type: 'text/plain' },
  { text: 'title=x&__proto__[polluted]=yes', type: 'application/x-www-form-urlencoded' },
  { text: '<a>x</a>', type: 'application/xml' },
  { text: '--x\r\n\r\n--x--', type: 'multipart/form-data; boundary=x' },
];

// ---------------------------------------------------------------------------------------------
// Cases: one hostile change to the route's valid call
// ---------------------------------------------------------------------------------------------

type Change =
  | { kind: 'param'; name: string; wire: string }
  | { kind: 'query'; query: string }
  | { kind: 'field'; path: string[]; json: string }
  | { kind: 'body'; index: number }
  | { kind: 'upload'; part: UploadPart };

interface UploadPart {
  field: string;
  filename: string | null;
  contentType: string | null;
  content: Buffer;
  extraFields: [string, string][];
  files: number;
  /** A broken multipart body instead of the well-formed one. */
  broken?: string;
}

const PLACEHOLDER = '\u0000FUZZ\u0000';

function routeCases(route: string, call: Call, doc: Documented): fc.Arbitrary<Change> {
  const [method, template] = route.split(' ') as [string, string];
  const options: fc.WeightedArbitrary<Change>[] = [];
  const params = [...template.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  if (params.length) {
    options.push({
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('param' as const),
        name: fc.constantFrom(...params),
        wire: wireValue,
      }),
    });
  }
  const queryNames = [...new Set([...new URLSearchParams(call.query ?? '').keys(), ...doc.query])];
  const baseQuery = new URLSearchParams(call.query ?? '');
  const queryArb: fc.Arbitrary<string> = fc.oneof(
    // One documented (or unknown) name gets a hostile value.
    fc
      .tuple(fc.constantFrom(...queryNames, 'unknown', '__proto__'), wireValue)
      .map(([name, value]) => {
        const rest = [...baseQuery]
          .filter(([k]) => k !== name)
          .map(([k, v]) => `${pct(k)}=${pct(v)}`);
        return [...rest, `${pct(name)}=${value}`].join('&');
      }),
    // Arrays and objects where a string is expected, by repetition or brackets.
    fc
      .tuple(fc.constantFrom(...queryNames, '__proto__', 'constructor'), wireValue, fc.nat(2))
      .map(
        ([name, value, shape]) =>
          [
            `${name}=${value}&${name}=${value}`,
            `${name}[]=${value}`,
            `${name}[polluted]=${value}&${name}[prototype][polluted]=yes`,
          ][shape]!,
      ),
    // A raw query of garbage.
    fc.constantFrom('&&&', '=', '==&=', '%', '%ZZ=1', 'a=%E0%A4%A', `${'x='.repeat(2_000)}`, '?'),
  );
  options.push({
    weight: method === 'GET' ? 2 : 1,
    arbitrary: queryArb.map((query) => ({ kind: 'query' as const, query })),
  });
  if (call.attach) {
    options.push({
      weight: 5,
      arbitrary: uploadPart(call.attach).map((part) => ({ kind: 'upload' as const, part })),
    });
  } else if (method !== 'GET') {
    const paths = [
      ...new Map(
        [
          ...Object.keys(call.body ?? {}).map((k) => [k]),
          ...doc.fields.map((f) => f.path),
          ['__proto__'],
          ['constructor'],
          ['prototype'],
          ['unexpected'],
        ].map((p) => [p.join('.'), p]),
      ).values(),
    ];
    options.push({
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('field' as const),
        path: fc.constantFrom(...paths),
        json: hostileJson,
      }),
    });
    options.push({
      weight: 1,
      arbitrary: fc
        .nat(HOSTILE_BODIES.length - 1)
        .map((index) => ({ kind: 'body' as const, index })),
    });
  }
  return fc.oneof(...options);
}

const NASTY_FILE_NAMES = [
  '../../etc/passwd',
  '..\\..\\windows\\system32\\config\\sam',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/absolute.png',
  '....//x.png',
  'a\u0000.png',
  'x.png\u0000.exe',
  '\u202Egnp.exe',
  'CON.png',
  '.htaccess',
  '.',
  '..',
  '',
  ' ',
  'a"b.png',
  "a';--.png",
  'a\r\nContent-Type: text/html\r\n.png',
  'e\u0301\u0301.png',
  '🏳️‍🌈.png',
  `${'a'.repeat(5_000)}.png`,
  `${'é'.repeat(300)}.csv`,
];

function uploadPart(base: NonNullable<Call['attach']>): fc.Arbitrary<UploadPart> {
  const content = Buffer.from(base.content);
  const valid: UploadPart = {
    field: base.field,
    filename: base.name,
    contentType: 'application/octet-stream',
    content,
    extraFields: [],
    files: 1,
  };
  const hostileContent = fc.oneof(
    fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from('../../etc/passwd'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('%PDF-1.7\n%%EOF'),
      Buffer.from('MZ\x90\x00', 'latin1'),
      Buffer.from('\uFEFFemail,displayName,candidateStatus\n\u0000,\uD800,x\n', 'utf8'),
      Buffer.from('email,displayName,candidateStatus\n' + '"unterminated\n'.repeat(3)),
      Buffer.from('email;displayName\n=cmd|calc!A0,x\n'),
      Buffer.from(`email,displayName,candidateStatus\n${'a,b,c\n'.repeat(20_000)}`),
      makePng(2).subarray(0, 20),
    ),
    fc.uint8Array({ maxLength: 2_048 }).map((a) => Buffer.from(a)),
    hostileString.map((s) => Buffer.from(s, 'utf8')),
  );
  return fc.oneof(
    fc
      .oneof(fc.constantFrom(...NASTY_FILE_NAMES), hostileString)
      .map((filename) => ({ ...valid, filename })),
    fc
      .oneof(
        fc.constantFrom(
          'text/html',
          'image/svg+xml',
          'application/x-msdownload',
          '',
          ';;;',
          'a/b; charset=klingon',
        ),
        hostileString.filter((s) => !/[\r\n]/.test(s) && s.length < 1_000),
      )
      .map((contentType) => ({ ...valid, contentType })),
    hostileContent.map((c) => ({ ...valid, content: c })),
    fc
      .oneof(
        fc.constantFrom('files', 'FILE', '', '__proto__', 'file[]'),
        hostileString.filter((s) => s.length < 200),
      )
      .map((field) => ({ ...valid, field })),
    fc.constant({ ...valid, filename: null }),
    fc.constant({ ...valid, files: 0 }),
    fc.constant({ ...valid, files: 2 }),
    fc
      .array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'name', 'x'), hostileString), {
        minLength: 1,
        maxLength: 12,
      })
      .map((extraFields) => ({ ...valid, extraFields })),
    fc.constantFrom('truncated', 'no-boundary', 'garbage').map((broken) => ({ ...valid, broken })),
  );
}

const BOUNDARY = '----fuzz-boundary-7MA4YWxkTrZu0gW';

/** The multipart body, written by hand so that names and types reach the server exactly. */
function multipartBody(part: UploadPart): { type: string; body: Buffer } {
  const type = `multipart/form-data; boundary=${BOUNDARY}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of part.extraFields) {
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (let i = 0; i < part.files; i++) {
    const filename = part.filename === null ? '' : `; filename="${part.filename}"`;
    const contentType = part.contentType === null ? '' : `\r\nContent-Type: ${part.contentType}`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.field}"${filename}${contentType}\r\n\r\n`,
      ),
      part.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  const body = Buffer.concat(chunks);
  if (part.broken === 'truncated')
    return { type, body: body.subarray(0, Math.max(10, body.length - 30)) };
  if (part.broken === 'no-boundary') return { type: 'multipart/form-data', body };
  if (part.broken === 'garbage') return { type, body: Buffer.from('this is not multipart at all') };
  return { type, body };
}

/** Sets `path` of a copy of `body` to PLACEHOLDER (an own property even for `__proto__`). */
function withPlaceholder(body: object | undefined, path: string[]): unknown {
  const copy = structuredClone(body ?? {}) as Record<string, unknown>;
  let target: Record<string, unknown> = copy;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      Object.defineProperty(target, key, {
        value: PLACEHOLDER,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      const child = (
        Array.isArray(next)
          ? next
          : next && typeof next === 'object'
            ? next
            : /^\d+$/.test(path[i + 1]!)
              ? []
              : {}
      ) as Record<string, unknown>;
      Object.defineProperty(target, key, {
        value: child,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      target = child;
    }
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------

const short = (s: string, max = 300) =>
  s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s;

/** The change, readable in a failure report (huge values shortened). */
function describe_(change: Change): string {
  if (change.kind === 'upload') {
    const { content, ...rest } = change.part;
    return short(
      JSON.stringify({ kind: 'upload', ...rest, content: `${content.length} bytes` }),
      600,
    );
  }
  if (change.kind === 'body') {
    const b = HOSTILE_BODIES[change.index]!;
    return `body #${change.index} ${b.type} ${short(String(b.text), 120)}`;
  }
  return short(JSON.stringify(change), 600);
}

const seedOf = (route: string, persona: string) =>
  createHash('sha256').update(`${SEED}:${route}:${persona}`).digest().readInt32LE(0);

describe('hostile input on every route (property-based)', () => {
  let platform: TestPlatform;
  let world: World;
  let evidence: Evidence;
  let db: DataSource;
  let storage: ObjectStorage;
  let query: string;
  let documented: (route: string) => Documented;
  let forwardedFor = 0;
  /** What the application logged as errors during the current case (shown with a 5xx). */
  const serverErrors: string[] = [];

  let sessionOf: ReturnType<typeof personaSessions>;

  beforeAll(async () => {
    // Behind a "proxy", each case comes from its own address (X-Forwarded-For, never contacted):
    // failed logins must not throttle the address every later test file signs in from.
    platform = await startTestPlatform({ TRUST_PROXY: 'true' });
    sessionOf = personaSessions(platform, () => world);
    const keep = (...args: unknown[]) =>
      serverErrors.push(
        short(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '), 1500),
      );
    platform.app.useLogger({ log: () => {}, warn: () => {}, error: keep, fatal: keep });
    world = await buildWorld(platform);
    evidence = await createEvidence(await sessionOf('candidate'), await sessionOf('admin'), world);
    db = platform.app.get(DataSource);
    storage = platform.app.get(ObjectStorage);
    query = await fingerprintQuery(db);
    const openapi = (await anonymous(platform).agent.get('/api/docs-json').expect(200))
      .body as OpenApi;
    documented = (route) => documentedInput(openapi, route);
  });
  afterAll(async () => {
    await platform.close();
  });

  it(
    'fuzzes every route of the application, each from its valid call',
    async () => {
      const started = Date.now();
      const routes = applicationRoutes(platform).filter((r) => !DOCUMENTATION.test(r));
      expect(routes.length).toBeGreaterThan(50);
      const missing = routes.filter((route) => {
        const [method, template] = route.split(' ') as [string, string];
        return (
          (template.includes(':') || method !== 'GET') &&
          Object.keys(callFor(route, world, evidence)).length === 0
        );
      });
      // A route with parameters or a body needs its valid call in callFor (support/route-calls.ts).
      expect(missing).toEqual([]);
      expect(Object.keys(ALLOWED).filter((r) => !routes.includes(r))).toEqual([]);

      const failures: string[] = [];
      const statuses = new Map<string, number>();
      const walled: string[] = [];
      let cases = 0;
      let before: Map<string, string> | null = null;
      for (const route of routes) {
        const [method, template] = route.split(' ') as [string, string];
        const passedGuards = new Set<number>();
        for (const persona of personasOf(route)) {
          const seed = seedOf(route, persona);
          const result = await fc.check(
            fc.asyncProperty(
              routeCases(route, callFor(route, world, evidence), documented(route)),
              async (change) => {
                cases++;
                // Asked again per case, so that created resources get fresh names.
                const call = callFor(route, world, evidence);
                // A sign-in writes (session, login attempt, audit): fingerprint after it.
                if (call.freshSession || !sessionOf.has(persona)) before = null;
                const session =
                  route === 'POST /api/auth/login'
                    ? anonymous(platform)
                    : await sessionOf(persona, call.freshSession);
                before ??= await fingerprint(db, query, storage);

                serverErrors.length = 0;
                const params = { ...call.params };
                const path = template.replace(/:(\w+)/g, (_, name: string) =>
                  change.kind === 'param' && change.name === name
                    ? change.wire
                    : pct(params[name]!),
                );
                const q = change.kind === 'query' ? change.query : (call.query ?? '');
                let req = session.agent[method.toLowerCase() as 'get'](q ? `${path}?${q}` : path)
                  .set(
                    'X-Forwarded-For',
                    `198.18.${(forwardedFor >> 8) & 255}.${forwardedFor++ & 255}`,
                  )
                  .buffer(true)
                  .parse(binaryParser);
                if (session.csrf) req = req.set('X-CSRF-Token', session.csrf);
                if (change.kind === 'upload' || call.attach) {
                  const part =
                    change.kind === 'upload'
                      ? change.part
                      : {
                          field: call.attach!.field,
                          filename: call.attach!.name,
                          contentType: 'application/octet-stream',
                          content: Buffer.from(call.attach!.content),
                          extraFields: [],
                          files: 1,
                        };
                  const { type, body } = multipartBody(part);
                  req = req.set('Content-Type', type).send(body);
                } else if (change.kind === 'body') {
                  const b = HOSTILE_BODIES[change.index]!;
                  req = req.set('Content-Type', b.type);
                  if (b.encoding) req = req.set('Content-Encoding', b.encoding);
                  req = req.send(typeof b.text === 'string' ? b.text : b.text);
                } else if (change.kind === 'field') {
                  const text = JSON.stringify(withPlaceholder(call.body, change.path)).replace(
                    JSON.stringify(PLACEHOLDER),
                    change.json,
                  );
                  req = req.set('Content-Type', 'application/json').send(text);
                } else if (call.body) {
                  req = req.send(call.body);
                }
                const res = await req;
                const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : '';
                const problems: string[] = [];
                if (res.status >= 500) {
                  problems.push(
                    `answered ${res.status}: ${short(text)}\n${serverErrors.join('\n')}`,
                  );
                }
                if (res.status !== 401 && res.status !== 403) passedGuards.add(res.status);
                const family = `${String(res.status).slice(0, 1)}xx`;
                statuses.set(family, (statuses.get(family) ?? 0) + 1);
                if (res.status >= 400 && res.status < 500) {
                  let body: unknown = null;
                  try {
                    body = JSON.parse(text);
                  } catch {
                    // not JSON: reported below
                  }
                  if (
                    !String(res.headers['content-type']).startsWith('application/json') ||
                    !hasMessage(body)
                  ) {
                    problems.push(`answered ${res.status} without a JSON message: ${short(text)}`);
                  }
                }
                if ((Object.prototype as Record<string, unknown>).polluted !== undefined) {
                  delete (Object.prototype as Record<string, unknown>).polluted;
                  problems.push('Object.prototype was polluted');
                }
                const after = await fingerprint(db, query, storage);
                if (res.status >= 400 && res.status < 500) {
                  const changed = differences(before!, after);
                  if (changed.length)
                    problems.push(`answered ${res.status} but wrote: ${changed.join('; ')}`);
                }
                before = after;
                if (problems.length) throw new Error(problems.join('\n'));
              },
            ),
            { numRuns: RUNS, seed, endOnFailure: true },
          );
          if (result.failed) {
            const change = result.counterexample?.[0] as Change | undefined;
            failures.push(
              `${route} as ${persona} (seed ${seed}, FUZZ_SEED=${SEED}): ${change ? describe_(change) : '?'}\n    ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance).replaceAll('\n', '\n    ')}`,
            );
          }
        }
        if (passedGuards.size === 0) walled.push(route);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz: ${cases} generated cases on ${routes.length} routes (FUZZ_RUNS=${RUNS} per route and persona, FUZZ_SEED=${SEED}) in ${seconds} s; answers: ${[
          ...statuses,
        ]
          .sort()
          .map(([f, n]) => `${n} ${f}`)
          .join(', ')}`,
      );
      expect(failures).toEqual([]);
      // Every route was reached past its guards by someone: else add an allowed persona to ALLOWED.
      expect(walled).toEqual([]);
    },
    60_000 + RUNS * 30_000,
  );

  // What the fuzzing found, pinned (issue 7): the first three answered 500 before.
  describe('bad input the fuzzing found answers 400 with a French message', () => {
    const expect400 = async (
      res: { status: number; body: { message?: unknown } },
      message: RegExp,
    ) => {
      expect(res.status).toBe(400);
      expect(String(res.body.message)).toMatch(message);
    };

    it('a NUL character in a text (PostgreSQL 22021)', async () => {
      const { agent, csrf } = await sessionOf('candidate');
      await expect400(
        await agent
          .post(`/api/traces/${evidence.trace}/comments`)
          .set('X-CSRF-Token', csrf)
          .send({ body: 'a\u0000b' }),
        /Caractère interdit/,
      );
    });

    it('an upload to an id that is not a UUID (the owner guard ran before the pipe)', async () => {
      const { agent, csrf } = await sessionOf('candidate');
      for (const path of ['/api/traces/x/files', '/api/pfmp/%CC%81/proof']) {
        await expect400(
          await agent.post(path).set('X-CSRF-Token', csrf).attach('file', makePng(2), 'a.png'),
          /UUID/,
        );
      }
    });

    it('a JSON body nested 50 000 levels (class-transformer overflowed the stack)', async () => {
      const { agent, csrf } = await sessionOf('admin');
      await expect400(
        await agent
          .put('/api/me/settings')
          .set('X-CSRF-Token', csrf)
          .set('Content-Type', 'application/json')
          .send(deepArray(50_000)),
        /trop imbriqué/,
      );
    });

    it('a file id not in the submission answers 404 and audits no read (staff, share link)', async () => {
      const { agent } = await sessionOf('admin');
      const audited = async () =>
        Number((await db.query(`SELECT count(*) AS n FROM audit_event`))[0].n);
      const before = await audited();
      const unknown = '2d9f0a4e-8c1b-4b7e-9f3a-6c5d4e3b2a19';
      await agent
        .get(`/api/submissions/${evidence.submission}/files/${unknown}/content`)
        .expect(404);
      await agent.get(`/api/shared/${evidence.shareToken}/files/${unknown}/content`).expect(404);
      expect(await audited()).toBe(before);
    });

    it('malformed JSON (was answered in English by the parser)', async () => {
      const { agent, csrf } = await sessionOf('admin');
      await expect400(
        await agent
          .put('/api/me/settings')
          .set('X-CSRF-Token', csrf)
          .set('Content-Type', 'application/json')
          .send('{"emailDigest": tru'),
        /JSON valide/,
      );
    });
  });
});
