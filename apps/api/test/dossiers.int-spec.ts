import { createHash } from 'node:crypto';
import { formatDate } from '@dossier-sno/i18n';
import { findCompetence } from '@dossier-sno/referential';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { binaryParser, makePng, sha256 } from './support/fixtures.js';
import { htmlText, popplerRead, unreadable } from './support/readable-text.js';
import { unzipBinary } from './support/zip.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('exam dossiers and immutable submissions', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  const send = (method: 'post' | 'put' | 'patch' | 'delete', path: string) =>
    candidate.agent[method](path).set('X-CSRF-Token', candidate.csrf);
  const trace = async (title: string, competences: string[]) =>
    (
      await send('post', '/api/traces')
        .send({
          title,
          context: 'pfmp',
          occurredOn: '2026-11-02',
          competences,
          reflection: 'Appris',
        })
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
  });
  const establishmentName = async () =>
    (
      (await platform.app
        .get(DataSource)
        .query('SELECT name FROM establishment WHERE id = $1', [world.establishmentA])) as {
        name: string;
      }[]
    )[0]!.name;
  afterAll(async () => {
    await platform.close();
  });

  it('tells what is missing, then is ready once the rules are met (E3, CCF)', async () => {
    const empty = await candidate.agent.get('/api/dossiers/E3').expect(200);
    expect(empty.body).toMatchObject({
      exam: 'E3',
      mode: 'ccf',
      version: 0,
      items: [],
      submissions: [],
    });
    expect(empty.body.readiness.ready).toBe(false);
    expect(
      empty.body.readiness.checks.map((c: { code: string; ok: boolean }) => [c.code, c.ok]),
    ).toEqual([
      ['E3_USER_SUPPORT', false],
      ['E3_SECURITY_AWARENESS', false],
      ['PRESENTATION', false],
    ]);

    const support = await trace('Assistance messagerie', ['C3.1']);
    const awareness = await trace('Atelier mots de passe', ['C3.2']);
    const saved = await send('put', '/api/dossiers/E3')
      .send({
        version: 0,
        items: [{ traceId: support, comment: 'Ticket résolu' }, { traceId: awareness }],
        presentation: 'Mon année',
      })
      .expect(200);
    expect(saved.body).toMatchObject({ version: 1, readiness: { ready: true } });
    expect(
      saved.body.items.map((i: { traceId: string; position: number }) => [i.traceId, i.position]),
    ).toEqual([
      [support, 0],
      [awareness, 1],
    ]);
    await send('put', '/api/dossiers/E3')
      .send({ version: 0, items: [], presentation: '' })
      .expect(409);
    const unknown = await send('put', '/api/dossiers/E3')
      .send({ version: 1, items: [{ traceId: world.people.admin.id }], presentation: '' })
      .expect(400);
    expect(unknown.body.message).toContain(world.people.admin.id);
    await send('put', '/api/dossiers/E4')
      .send({ version: 0, items: [], presentation: '' })
      .expect(400);
  });

  it('refuses to submit an incomplete dossier unless acknowledged, and records it', async () => {
    const t = await trace('Site vitrine', ['C1.1']);
    await send('put', '/api/dossiers/E1')
      .send({ version: 0, items: [{ traceId: t }], presentation: 'x' })
      .expect(200);
    const refused = await send('post', '/api/dossiers/E1/submissions').send({}).expect(409);
    expect(refused.body.message).toMatch(/Dossier incomplet/);
    expect(refused.body.checks.some((c: { ok: boolean }) => !c.ok)).toBe(true);
    const accepted = await send('post', '/api/dossiers/E1/submissions')
      .send({ acknowledgeIncomplete: true })
      .expect(201);
    const { body } = await candidate.agent.get(`/api/submissions/${accepted.body.id}`).expect(200);
    expect(body.acknowledgedIncomplete).toBe(true);
  });

  it('keeps a submission, its manifest hash and its files unchanged whatever the candidate does afterwards', async () => {
    const png = makePng(32);
    const t = await trace('Assistance logiciel métier', ['C3.1', 'C3.2']);
    const file = await send('post', `/api/traces/${t}/files`)
      .attach('file', png, 'capture.png')
      .expect(201);
    const dossier = await candidate.agent.get('/api/dossiers/E3').expect(200);
    await send('put', '/api/dossiers/E3')
      .send({ version: dossier.body.version, items: [{ traceId: t }], presentation: 'Bilan' })
      .expect(200);
    const created = await send('post', '/api/dossiers/E3/submissions').send({}).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      submittedAt: expect.any(String),
      manifestSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });

    const before = (await candidate.agent.get(`/api/submissions/${created.body.id}`).expect(200))
      .body;
    expect(before.items[0]).toMatchObject({
      title: 'Assistance logiciel métier',
      competences: ['C3.1', 'C3.2'],
    });
    const submitted = before.items[0].files[0];
    expect(submitted).toMatchObject({
      name: 'capture.png',
      sha256: sha256(png),
      path: 'traces/01-assistance-logiciel-metier/capture.png',
    });
    const [row] = (await platform.app
      .get(DataSource)
      .query('SELECT manifest, manifest_sha256 FROM submission WHERE id = $1', [
        created.body.id,
      ])) as {
      manifest: string;
      manifest_sha256: string;
    }[];
    expect(createHash('sha256').update(row!.manifest).digest('hex')).toBe(
      created.body.manifestSha256,
    );

    // Everything the candidate can do afterwards…
    await send('patch', `/api/traces/${t}`)
      .send({ version: 1, title: 'Autre titre', reflection: 'Réécrite' })
      .expect(200);
    await send('patch', `/api/files/${file.body.id}`).send({ name: 'renomme.png' }).expect(200);
    await send('delete', `/api/files/${file.body.id}`).expect(204);
    await send('delete', `/api/traces/${t}`).expect(204);

    // …changes nothing in the submission, and its file is still there with the same bytes.
    expect(
      (await candidate.agent.get(`/api/submissions/${created.body.id}`).expect(200)).body,
    ).toEqual(before);
    const bytes = await candidate.agent
      .get(`/api/submissions/${created.body.id}/files/${submitted.id}/content`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(sha256(bytes.body as Buffer)).toBe(sha256(png));
    const key = (
      await platform.app
        .get(DataSource)
        .query('SELECT storage_key FROM submission_file WHERE id = $1', [submitted.id])
    )[0].storage_key;
    expect(await platform.app.get(ObjectStorage).stat(key)).not.toBeNull();
    // The database itself refuses to alter a submission.
    await expect(
      platform.app
        .get(DataSource)
        .query('UPDATE submission SET exam = $1 WHERE id = $2', ['E1', created.body.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      platform.app
        .get(DataSource)
        .query('DELETE FROM submission_file WHERE submission_id = $1', [created.body.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('exports a submission as a ZIP whose manifest verifies against the bytes in it', async () => {
    const a = makePng(16);
    const b = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour à tous\n');
    const t = await trace('Tutoriel vidéo <script>', ['C3.1', 'C3.2', 'C3.3']);
    await send('post', `/api/traces/${t}/files`).attach('file', a, 'écran.png').expect(201);
    await send('post', `/api/traces/${t}/files`).attach('file', b, 'sous-titres.vtt').expect(201);
    const dossier = await candidate.agent.get('/api/dossiers/E3').expect(200);
    await send('put', '/api/dossiers/E3')
      .send({ version: dossier.body.version, items: [{ traceId: t }], presentation: 'Synthèse' })
      .expect(200);
    const created = await send('post', '/api/dossiers/E3/submissions').send({}).expect(201);
    await send('delete', `/api/traces/${t}`).expect(204);

    const res = await candidate.agent
      .get(`/api/submissions/${created.body.id}/export.zip`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = await unzipBinary(res.body as Buffer);
    const manifestText = entries.get('manifest.json')!.toString('utf8');
    expect(sha256(Buffer.from(manifestText))).toBe(created.body.manifestSha256);
    const manifest = JSON.parse(manifestText) as {
      files: { path: string; size: number; sha256: string }[];
    };
    expect(manifest.files).toHaveLength(2);
    for (const f of manifest.files) {
      const bytes = entries.get(f.path);
      expect(bytes?.length).toBe(f.size);
      expect(sha256(bytes!)).toBe(f.sha256);
    }
    expect(manifest.files.map((f) => f.sha256).sort()).toEqual([sha256(a), sha256(b)].sort());
    const html = entries.get('index.html')!.toString('utf8');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toContain('Tutoriel vidéo &lt;script&gt;');
    expect(html).not.toContain('<script>');
    // What the jury reads: who, where, which exam, competences by their titles, French dates.
    const text = htmlText(html);
    expect(text).toContain('Dossier numérique de Candidate');
    expect(text).toContain(await establishmentName());
    expect(text).toContain('E3 — Contrôle en cours de formation');
    expect(text).toContain(`C3.1 – ${findCompetence('C3.1')!.title}`);
    expect(text).toMatch(/Date\s+2 novembre 2026/);
    expect(text).toContain(formatDate(created.body.submittedAt as string, 'fr'));
    expect(text).toContain('1 trace');
    expect(unreadable(text)).toEqual([]);
    const png = manifest.files.find((f) => f.path.endsWith('.png'))!;
    expect(html).toContain(
      `<img src="${png.path.replace('é', '%C3%A9')}" alt="écran.png — Tutoriel vidéo &lt;script&gt;">`,
    );
    // Nothing the page needs comes from elsewhere.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('names each trace folder of the ZIP after whole words of its title', async () => {
    const title = 'Assistance aux utilisateurs pour la réinitialisation des mots de passe';
    const t = await trace(title, ['C3.1']);
    await send('post', `/api/traces/${t}/files`).attach('file', makePng(8), 'a.png').expect(201);
    const dossier = await candidate.agent.get('/api/dossiers/E3').expect(200);
    await send('put', '/api/dossiers/E3')
      .send({ version: dossier.body.version, items: [{ traceId: t }], presentation: 'Synthèse' })
      .expect(200);
    const created = await send('post', '/api/dossiers/E3/submissions')
      .send({ acknowledgeIncomplete: true })
      .expect(201);
    const res = await candidate.agent
      .get(`/api/submissions/${created.body.id}/export.zip`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const entries = await unzipBinary(res.body as Buffer);
    expect([...entries.keys()]).toContain('traces/01-assistance-aux-utilisateurs-pour-la/a.png');
    // The audit CSV says what was submitted in words, not by the submission's id.
    const admin = await signIn(platform, world.people.admin.email);
    const audit = await admin.agent.get('/api/audit.csv?kind=dossier').expect(200);
    expect(audit.text).toMatch(/;Dossier déposé;dossier\.submitted;Candidate;Dépôt de dossier;/);
    expect(unreadable(audit.text)).toEqual([]);
  });

  it('exports a tagged PDF summary that parses, in French, without any mark', async () => {
    const t = await trace('Sensibilisation RGPD', ['C3.2', 'C3.1']);
    await send('post', `/api/traces/${t}/files`)
      .attach('file', makePng(64), 'affiche.png')
      .expect(201);
    const dossier = await candidate.agent.get('/api/dossiers/E3').expect(200);
    await send('put', '/api/dossiers/E3')
      .send({
        version: dossier.body.version,
        items: [{ traceId: t, comment: 'Atelier' }],
        presentation: 'Une année riche',
      })
      .expect(200);
    const created = await send('post', '/api/dossiers/E3/submissions').send({}).expect(201);
    const res = await candidate.agent
      .get(`/api/submissions/${created.body.id}/export.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(res.body as Buffer) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain('Dossier numérique de Candidate');
    expect(text).toContain('Sensibilisation RGPD');
    expect(text).toContain('Une année riche');
    expect(text).toContain(created.body.manifestSha256);

    const read = await popplerRead(res.body as Buffer);
    expect(read.info).toMatchObject({
      Tagged: 'yes',
      Title: expect.stringMatching(/^Dossier E3 de Candidate — déposé le /),
    });
    expect(read.text).toContain('Candidate');
    expect(read.text).toContain(await establishmentName());
    expect(read.text).toContain('E3 — Contrôle en cours de formation');
    expect(read.text).toContain(findCompetence('C3.2')!.title.slice(0, 40));
    expect(read.text).toContain('Date : 2 novembre 2026');
    expect(read.text).toContain(formatDate(created.body.submittedAt as string, 'fr'));
    expect(read.text).toMatch(/affiche\.png \(\d+(,\d)? ko, SHA-256/);
    expect(unreadable(read.text)).toEqual([]);
    // The image is drawn, as a figure with its alternative text.
    const raw = (res.body as Buffer).toString('latin1');
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toMatch(/\/Alt /);
    expect(raw).toMatch(/\/Subtype \/Image/);
  });

  it('keeps an E2 realisation written before its trace is chosen (a draft with traceId null)', async () => {
    const { body: before } = await candidate.agent.get('/api/dossiers/E2').expect(200);
    const draft = {
      activity: '2.1',
      traceId: null,
      design: 'Maquette écrite avant de choisir la trace',
      implementation: '',
      choices: '',
    };
    const saved = await send('put', '/api/dossiers/E2')
      .send({ version: before.version, items: [], presentation: '', highlights: [draft] })
      .expect(200);
    expect(saved.body.highlights).toEqual([draft]);
    const { body: read } = await candidate.agent.get('/api/dossiers/E2').expect(200);
    expect(read.highlights).toEqual([draft]);
    const invalid = await send('put', '/api/dossiers/E2')
      .send({
        version: read.version,
        items: [],
        presentation: '',
        highlights: [{ ...draft, traceId: 'pas-un-uuid' }],
      })
      .expect(400);
    expect(JSON.stringify(invalid.body.message)).toContain('traceId');
  });

  it('shows a candidate’s dossier to their staff, not to others', async () => {
    const teacher = await signIn(platform, world.people.teacher.email);
    await teacher.agent
      .get(`/api/dossiers/E3?candidateId=${world.people.candidate.id}`)
      .expect(200);
    const other = await signIn(platform, world.people.otherCandidate.email);
    await other.agent.get(`/api/dossiers/E3?candidateId=${world.people.candidate.id}`).expect(404);
    await other.agent.get('/api/dossiers/E3').expect(200);
  });
});

describe('share links', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let submissionId: string;
  let fileId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    const post = (path: string) => candidate.agent.post(path).set('X-CSRF-Token', candidate.csrf);
    const t = (
      await post('/api/traces')
        .send({ title: 'Aide', context: 'pfmp', occurredOn: '2026-11-02', competences: ['C3.1'] })
        .expect(201)
    ).body.id;
    await post(`/api/traces/${t}/files`).attach('file', makePng(8), 'aide.png').expect(201);
    await candidate.agent
      .put('/api/dossiers/E3')
      .set('X-CSRF-Token', candidate.csrf)
      .send({ version: 0, items: [{ traceId: t }], presentation: 'x' })
      .expect(200);
    submissionId = (
      await post('/api/dossiers/E3/submissions').send({ acknowledgeIncomplete: true }).expect(201)
    ).body.id;
    fileId = (await candidate.agent.get(`/api/submissions/${submissionId}`).expect(200)).body
      .items[0].files[0].id;
  });
  afterAll(async () => {
    await platform.close();
  });

  it('opens the submission read-only without an account, audits each opening, and stops when revoked', async () => {
    const created = await candidate.agent
      .post(`/api/submissions/${submissionId}/shares`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ expiresInDays: 7, label: 'Commission E3' })
      .expect(201);
    expect(created.body.url).toMatch(/\/partage\?token=/);
    const anonymous = request(platform.http);
    const shared = await anonymous.get(`/api/shared/${created.body.token}`).expect(200);
    expect(shared.body).toMatchObject({ id: submissionId, exam: 'E3', candidateName: 'Candidate' });
    expect(shared.headers['x-robots-tag']).toBe('noindex, nofollow');
    await anonymous.get(`/api/shared/${created.body.token}/files/${fileId}/content`).expect(200);
    const zip = await anonymous
      .get(`/api/shared/${created.body.token}/export.zip`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect((await unzipBinary(zip.body as Buffer)).has('manifest.json')).toBe(true);
    await anonymous.get(`/api/shared/not-a-real-token`).expect(404);

    const opened = (await platform.app
      .get(DataSource)
      .query(
        `SELECT details->>'what' AS what FROM audit_event WHERE action = 'share.opened' AND subject_id = $1 ORDER BY id`,
        [submissionId],
      )) as { what: string }[];
    expect(opened.map((o) => o.what)).toEqual(['view', `file ${fileId}`, 'export']);

    const list = await candidate.agent.get(`/api/submissions/${submissionId}/shares`).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id: created.body.id, label: 'Commission E3', revokedAt: null }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    // A tutor reaches only their PFMP period's traces: neither reads nor shares a submission.
    const tutor = await signIn(platform, world.people.tutor.email);
    await tutor.agent
      .post(`/api/submissions/${submissionId}/shares`)
      .set('X-CSRF-Token', tutor.csrf)
      .send({})
      .expect(404);

    await candidate.agent
      .delete(`/api/shares/${created.body.id}`)
      .set('X-CSRF-Token', candidate.csrf)
      .expect(204);
    await anonymous.get(`/api/shared/${created.body.token}`).expect(404);
  });

  it('refuses more than 90 days', async () => {
    const res = await candidate.agent
      .post(`/api/submissions/${submissionId}/shares`)
      .set('X-CSRF-Token', candidate.csrf)
      .send({ expiresInDays: 365 })
      .expect(400);
    expect(res.body.message).toBe('expiresInDays : au plus 90.');
  });
});
