import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { binaryParser, makePng, sha256 } from './support/fixtures.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

const PNG = makePng();

describe('traces and their files', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  const post = (s: Session, path: string) => s.agent.post(path).set('X-CSRF-Token', s.csrf);
  const newTrace = async (over: object = {}) =>
    (
      await post(candidate, '/api/traces')
        .send({
          title: 'Support utilisateur',
          context: 'pfmp',
          occurredOn: '2026-11-20',
          competences: ['C3.1'],
          ...over,
        })
        .expect(201)
    ).body as { id: string; version: number };

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('creates a trace; a detailed competence brings its competence; unknown codes are named in a 400', async () => {
    const res = await post(candidate, '/api/traces')
      .send({
        title: 'Campagne de sensibilisation aux mots de passe',
        description: 'Atelier de 30 minutes',
        context: 'centre',
        occurredOn: '2026-10-05',
        occurredUntil: '2026-10-06',
        competences: ['C3.1'],
        detailedCompetences: ['C3.2.1'],
        reflection: "J'ai appris à adapter mon discours.",
      })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      version: 1,
      competences: ['C3.1', 'C3.2'],
      detailedCompetences: ['C3.2.1'],
      referentialVersion: 'mc-sno-v1',
      files: [],
    });
    const unknown = await post(candidate, '/api/traces')
      .send({
        title: 'x',
        context: 'centre',
        occurredOn: '2026-10-05',
        competences: ['C9.9'],
        detailedCompetences: ['C1.1.9'],
      })
      .expect(400);
    expect(unknown.body.message).toMatch(
      /inconnus dans le référentiel mc-sno-v1 : C9\.9 et C1\.1\.9\./,
    );
    const badDate = await post(candidate, '/api/traces')
      .send({ title: 'x', context: 'centre', occurredOn: '2026-02-31', competences: [] })
      .expect(400);
    expect(badDate.body.message).toMatch(/occurredOn/);
    await post(candidate, '/api/traces')
      .send({
        title: 'x',
        context: 'centre',
        occurredOn: '2026-10-05',
        occurredUntil: '2026-10-01',
        competences: [],
      })
      .expect(400);
    await post(candidate, '/api/traces')
      .send({ title: 'x', context: 'ailleurs', occurredOn: '2026-10-05', competences: [] })
      .expect(400);
  });

  it('updates with the version read; a stale version answers 409', async () => {
    const trace = await newTrace();
    const updated = await candidate.agent
      .patch(`/api/traces/${trace.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ version: 1, reflection: 'Ce que j’ai appris', competences: ['C3.1', 'C3.3'] })
      .expect(200);
    expect(updated.body).toMatchObject({
      version: 2,
      reflection: 'Ce que j’ai appris',
      competences: ['C3.1', 'C3.3'],
    });
    await candidate.agent
      .patch(`/api/traces/${trace.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ version: 1, title: 'late' })
      .expect(409);
  });

  it('filters by competence, context and dates, and searches in French (stems, file names)', async () => {
    const tag = randomBytes(3).toString('hex');
    const a = await newTrace({
      title: `Dépannage des utilisateurs ${tag}`,
      context: 'atelier',
      occurredOn: '2026-09-10',
      competences: ['C3.1'],
    });
    const b = await newTrace({
      title: `Mise à jour du site ${tag}`,
      context: 'projet',
      occurredOn: '2026-12-01',
      competences: ['C1.1'],
    });
    await post(candidate, `/api/traces/${b.id}/files`)
      .attach('file', PNG, `maquette-accueil-${tag}.png`)
      .expect(201);
    const ids = async (query: string) =>
      (
        (await candidate.agent.get(`/api/traces?pageSize=100&${query}`).expect(200)).body.items as {
          id: string;
        }[]
      ).map((t) => t.id);
    expect(await ids(`q=${encodeURIComponent(`utilisateur ${tag}`)}`)).toEqual([a.id]);
    expect(await ids(`q=${encodeURIComponent(`maquette ${tag}`)}`)).toEqual([b.id]);
    expect(await ids(`competence=C1.1&q=${tag}`)).toEqual([b.id]);
    expect(await ids(`context=atelier&q=${tag}`)).toEqual([a.id]);
    expect(await ids(`from=2026-11-01&q=${tag}`)).toEqual([b.id]);
    expect(await ids(`to=2026-10-01&q=${tag}`)).toEqual([a.id]);
    const page = await candidate.agent.get('/api/traces?page=1&pageSize=1').expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
  });

  it('stores an upload whose bytes read back with the sha256 it returned; serves ranges and safe inline', async () => {
    const trace = await newTrace();
    const up = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', PNG, 'capture écran.png')
      .expect(201);
    expect(up.body).toEqual({
      id: expect.any(String),
      name: 'capture écran.png',
      size: PNG.length,
      mediaType: 'image/png',
      sha256: sha256(PNG),
      createdAt: expect.any(String),
    });
    const whole = await candidate.agent
      .get(`/api/files/${up.body.id}/content`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(sha256(whole.body as Buffer)).toBe(up.body.sha256);
    expect(whole.headers['content-length']).toBe(String(PNG.length));
    expect(whole.headers['x-content-type-options']).toBe('nosniff');
    expect(whole.headers['content-disposition']).toBe(
      `attachment; filename="capture ?cran.png"; filename*=UTF-8''capture%20%C3%A9cran.png`,
    );
    const part = await candidate.agent
      .get(`/api/files/${up.body.id}/content`)
      .set('Range', 'bytes=10-19')
      .buffer(true)
      .parse(binaryParser)
      .expect(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${PNG.length}`);
    expect((part.body as Buffer).equals(PNG.subarray(10, 20))).toBe(true);
    await candidate.agent
      .get(`/api/files/${up.body.id}/content`)
      .set('Range', `bytes=${PNG.length + 5}-`)
      .expect(416);
    const inline = await candidate.agent
      .get(`/api/files/${up.body.id}/content?inline=1`)
      .expect(200);
    expect(inline.headers['content-disposition']).toMatch(/^inline/);
    expect(inline.headers['content-security-policy']).toMatch(/default-src 'none'/);
  });

  it('sniffs the type from the content: HTML named .png is stored as HTML and never served inline', async () => {
    const trace = await newTrace();
    const html = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>');
    const up = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', html, { filename: 'photo.png', contentType: 'image/png' })
      .expect(201);
    expect(up.body.mediaType).toBe('text/html');
    // The name no longer says otherwise, so the downloaded file opens as what it is.
    expect(up.body.name).toBe('photo.png.html');
    const res = await candidate.agent.get(`/api/files/${up.body.id}/content?inline=1`).expect(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.headers['content-type']).toBe('application/octet-stream');
  });

  it('refuses a forbidden type with 415 naming it, leaving no row and no object', async () => {
    const trace = await newTrace();
    const db = platform.app.get(DataSource);
    const storage = platform.app.get(ObjectStorage);
    const before = {
      rows: await db.query('SELECT count(*)::int AS n FROM trace_file'),
      objects: (await storage.list('traces/')).length,
    };
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(62),
      Buffer.from('PE\0\0'),
      randomBytes(500_000),
    ]);
    exe.writeUInt32LE(64, 60);
    const res = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', exe, 'rapport.pdf')
      .expect(415);
    expect(res.body.message).toMatch(/application\/x-msdownload/);
    expect(await db.query('SELECT count(*)::int AS n FROM trace_file')).toEqual(before.rows);
    expect((await storage.list('traces/')).length).toBe(before.objects);
  });

  it('deletes a file and a trace with their objects', async () => {
    const trace = await newTrace();
    const storage = platform.app.get(ObjectStorage);
    const one = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', PNG, 'a.png')
      .expect(201);
    await post(candidate, `/api/traces/${trace.id}/files`)
      .attach(
        'file',
        Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n'),
        'sous-titres.vtt',
      )
      .expect(201);
    const keys = async () =>
      (await platform.app
        .get(DataSource)
        .query('SELECT storage_key FROM trace_file WHERE trace_id = $1', [trace.id])) as {
        storage_key: string;
      }[];
    const [first, second] = await keys();
    await candidate.agent
      .delete(`/api/files/${one.body.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .expect(204);
    expect(await storage.stat(first!.storage_key)).toBeNull();
    await candidate.agent
      .delete(`/api/traces/${trace.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .expect(204);
    expect(await storage.stat(second!.storage_key)).toBeNull();
    await candidate.agent.get(`/api/traces/${trace.id}`).expect(404);
  });

  it('drops bidi controls from a file name and never keeps an extension its content contradicts', async () => {
    const trace = await newTrace();
    const up = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', PNG, 'facture\u202Egnp.exe')
      .expect(201);
    expect(up.body.name).toBe('facturegnp.exe.png');
    const renamed = await candidate.agent
      .patch(`/api/files/${up.body.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ name: 'rapport\u2066.pdf' })
      .expect(200);
    expect(renamed.body.name).toBe('rapport.pdf.png');
  });

  it('renames a file without touching its bytes', async () => {
    const trace = await newTrace();
    const up = await post(candidate, `/api/traces/${trace.id}/files`)
      .attach('file', PNG, 'a.png')
      .expect(201);
    const renamed = await candidate.agent
      .patch(`/api/files/${up.body.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ name: '../../etc/passwd' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      name: 'passwd.png',
      sha256: up.body.sha256,
      size: up.body.size,
    });
  });

  it('reports coverage per competence and detailed competence', async () => {
    const other = await signIn(platform, world.people.otherCandidate.email);
    const t = (
      await post(other, '/api/traces')
        .send({
          title: 'Veille',
          context: 'centre',
          occurredOn: '2026-11-02',
          competences: [],
          detailedCompetences: ['C3.1.3'],
          reflection: 'Utile',
        })
        .expect(201)
    ).body;
    const { body } = await other.agent.get('/api/coverage').expect(200);
    const c31 = body.competences.find((c: { code: string }) => c.code === 'C3.1');
    expect(c31).toMatchObject({ traces: 1, withReflection: 1, attested: 0, traceIds: [t.id] });
    expect(c31.detailed.find((d: { code: string }) => d.code === 'C3.1.3')).toMatchObject({
      traces: 1,
    });
    expect(body.competences.find((c: { code: string }) => c.code === 'C1.1').traces).toBe(0);
    // The tutor of `candidate` is not `otherCandidate`'s tutor.
    const tutor = await signIn(platform, world.people.tutor.email);
    await tutor.agent
      .get(`/api/coverage?candidateId=${world.people.otherCandidate.id}`)
      .expect(404);
    await tutor.agent.get(`/api/coverage?candidateId=${world.people.candidate.id}`).expect(200);
  });
});
