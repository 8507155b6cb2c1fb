import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { buildOpenApiDocument } from '../src/openapi/openapi.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

describe('HTTP surface', () => {
  let platform: TestPlatform;
  let webDir: string;

  beforeAll(async () => {
    // A stand-in web build, so that serving is tested without building the web app.
    webDir = await mkdtemp(join(tmpdir(), 'dossier-sno-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>Dossier SNO test</title>');
    await writeFile(join(webDir, 'app.js'), 'console.log(1)');
    platform = await startTestPlatform({ WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await platform.close();
    await rm(webDir, { recursive: true, force: true });
  });

  it('serves the web app at / and its client-side routes, its assets as files', async () => {
    const root = await request(platform.http).get('/').expect(200);
    expect(root.text).toContain('Dossier SNO test');
    const route = await request(platform.http).get('/referentiel').expect(200);
    expect(route.text).toContain('Dossier SNO test');
    await request(platform.http).get('/app.js').expect(200, 'console.log(1)');
  });

  it('answers unknown API routes with a JSON 404, not the web app', async () => {
    const res = await request(platform.http).get('/api/nope').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ statusCode: 404 });
  });

  it('publishes the OpenAPI document at /api/docs-json and a UI at /api/docs', async () => {
    const json = await request(platform.http).get('/api/docs-json').expect(200);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/referential']),
    );
    const ui = await request(platform.http).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('sends security headers on the web app and the API: CSP without inline script, no referrer', async () => {
    for (const path of ['/', '/api/health']) {
      const res = await request(platform.http).get(path).expect(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toContain("object-src 'none'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      // Served over plain HTTP here (no https PUBLIC_URL): no HSTS.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('refuses a JSON body over 1 MB with 413, not 500', async () => {
    const res = await request(platform.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.fr', password: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
  });

  it('has the committed openapi.json up to date (the web client is generated from it)', async () => {
    const committed = JSON.parse(
      await readFile(new URL('../openapi.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(normalised(buildOpenApiDocument(platform.app))).toEqual(normalised(committed));
  });
});

/** The document with each operation's parameters sorted: their order varies with how Nest starts. */
function normalised(doc: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  for (const operations of Object.values(copy.paths)) {
    for (const operation of Object.values(operations)) {
      operation.parameters?.sort((a, b) => `${a.in}:${a.name}`.localeCompare(`${b.in}:${b.name}`));
    }
  }
  return copy;
}

describe('HTTP surface behind HTTPS', () => {
  it('sends HSTS when the public address is https', async () => {
    const platform = await startTestPlatform({ PUBLIC_URL: 'https://dossier.example.fr' });
    try {
      const res = await request(platform.http).get('/api/health').expect(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await platform.close();
    }
  });
});
