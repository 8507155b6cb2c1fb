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
