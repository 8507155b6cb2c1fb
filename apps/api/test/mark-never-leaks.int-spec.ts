/**
 * The commission's proposed mark, grid and notes never reach the candidate (DESIGN §3, issue 6):
 * an evaluation with a distinctive mark and note is saved and locked, then the candidate calls
 * every route of the application (the same route list and call data as the authorisation matrix),
 * its ZIP and PDF exports are opened, the share links followed, and every e-mail read. Neither
 * value may appear anywhere.
 */
import { randomBytes } from 'node:crypto';
import { binaryParser } from './support/fixtures.js';
import { mailsTo } from './support/mailbox.js';
import { callFor, createEvidence, type Evidence } from './support/route-calls.js';
import { applicationRoutes } from './support/routes.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { anonymous, buildWorld, type Session, signIn, type World } from './support/world.js';
import { unzip } from './support/zip.js';

/** 13.5 or 13,5 as a number of its own (not the seconds of a timestamp such as 06:51:13.512). */
const MARK = /(?<!\d)13[.,]5(?!\d)/;
const NOTE = `Note-privee-${randomBytes(6).toString('hex')}`;
const COMMENT = `Commentaire-grille-${randomBytes(6).toString('hex')}`;
const DOCUMENTATION = /^GET \/api\/docs/;

async function pdfText(buffer: Buffer): Promise<string> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text;
}

/** Everything a response carries, as text: headers, body, ZIP entries, PDF text. */
async function readable(res: { headers: Record<string, string>; body: unknown }): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  const body = Buffer.isBuffer(res.body) ? res.body : Buffer.from(JSON.stringify(res.body ?? ''));
  let text = body.toString('utf8');
  if (type.startsWith('application/zip')) text += [...(await unzip(body)).values()].join('\n');
  if (type.startsWith('application/pdf')) text += await pdfText(body);
  return `${JSON.stringify(res.headers)}\n${text}`;
}

const leaks = (text: string) => MARK.test(text) || text.includes(NOTE) || text.includes(COMMENT);

describe('the proposed mark, the grid and the notes never reach the candidate', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  let path: string;
  let evidence: Evidence;

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
    const admin = await signIn(platform, world.people.admin.email);
    const examiner = await signIn(platform, world.people.examiner.email);
    evidence = await createEvidence(candidate, admin, world);
    path = `/api/exam-sessions/${evidence.examSession}/candidates/${world.people.candidate.id}/evaluation`;
    const saved = await examiner.agent
      .put(path)
      .set('X-CSRF-Token', examiner.csrf)
      .send({
        version: 0,
        scores: [{ criterionId: 'C3.1-1', level: 'tres_satisfaisant', comment: COMMENT }],
        proposedMark: 13.5,
        notes: NOTE,
      })
      .expect(200);
    expect(saved.body.proposedMark).toBe(13.5);
    const signed = await examiner.agent
      .post(`${path}/sign-off`)
      .set('X-CSRF-Token', examiner.csrf)
      .expect(200);
    expect(signed.body.lockedAt).not.toBeNull();
    // An examiner invited afterwards gets an e-mail about this commission.
    await admin.agent
      .post(`/api/exam-sessions/${evidence.examSession}/members/invitations`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ email: `jury.${randomBytes(4).toString('hex')}@example.org`, displayName: 'Jury' })
      .expect(201);

    // The detector works: staff who may read the evaluation do see both values, JSON and PDF.
    const read = await admin.agent.get(path).expect(200);
    expect(leaks(JSON.stringify(read.body))).toBe(true);
    const pdf = await admin.agent
      .get(`/api/exam-sessions/${evidence.examSession}/grids.pdf`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(leaks(await readable({ headers: pdf.headers, body: pdf.body }))).toBe(true);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('is in no response of any route the candidate calls, nor in their exports, share links or e-mails', async () => {
    const routes = applicationRoutes(platform).filter((r) => !DOCUMENTATION.test(r));
    expect(routes.length).toBeGreaterThan(50);
    const missing: string[] = [];
    const leaked: string[] = [];
    const statuses: Record<string, number> = {};
    const shareTokens: string[] = [];
    for (const route of routes) {
      const [method, template] = route.split(' ') as [string, string];
      const call = callFor(route, world, evidence);
      // A route with parameters or a body needs its case in callFor; without one it would only
      // be called with nonsense and prove nothing.
      if ((template.includes(':') || method !== 'GET') && Object.keys(call).length === 0) {
        missing.push(route);
        continue;
      }
      const url = template.replace(/:(\w+)/g, (_, name: string) => {
        const value = call.params?.[name];
        if (!value) throw new Error(`no value for :${name} in ${route}: add it to callFor`);
        return value;
      });
      const session = call.freshSession
        ? await signIn(platform, world.people.candidate.email)
        : candidate;
      let req = session.agent[method.toLowerCase() as 'get'](
        call.query ? `${url}?${call.query}` : url,
      )
        .set('X-CSRF-Token', session.csrf)
        .buffer(true)
        .parse(binaryParser);
      if (call.attach)
        req = req.attach(call.attach.field, Buffer.from(call.attach.content), call.attach.name);
      else if (call.body) req = req.send(call.body);
      const res = await req;
      statuses[route] = res.status;
      expect(res.status).toBeLessThan(500);
      const text = await readable({ headers: res.headers, body: res.body });
      if (leaks(text)) leaked.push(route);
      if (route === 'POST /api/submissions/:id/shares' && res.status === 201)
        shareTokens.push((JSON.parse(res.body.toString()) as { token: string }).token);
    }
    expect(missing).toEqual([]);
    expect(leaked).toEqual([]);
    // The candidate really reached their data (the walk is not a wall of 403s).
    expect(statuses['GET /api/submissions/:id/export.zip']).toBe(200);
    expect(statuses['GET /api/submissions/:id/export.pdf']).toBe(200);
    expect(statuses['GET /api/me/export']).toBe(200);
    expect(statuses['GET /api/exam-sessions/:id/candidates/:candidateId/evaluation']).toBe(403);

    // Share links, opened as anyone who receives them.
    expect(shareTokens.length).toBeGreaterThan(0);
    const outsider = anonymous(platform);
    for (const token of [...shareTokens, evidence.shareToken]) {
      for (const suffix of ['', '/export.zip', '/export.pdf']) {
        const res = await outsider.agent
          .get(`/api/shared/${token}${suffix}`)
          .buffer(true)
          .parse(binaryParser);
        expect(res.status).toBe(200);
        expect(leaks(await readable({ headers: res.headers, body: res.body }))).toBe(false);
      }
    }

    // Every e-mail written by the platform, to anyone (the candidate gets at least a reset link).
    await anonymous(platform)
      .agent.post('/api/auth/password-reset')
      .send({ email: world.people.candidate.email })
      .expect(202);
    expect(
      (await mailsTo(platform.env.DATA_DIR, world.people.candidate.email)).length,
    ).toBeGreaterThan(0);
    const mails = await mailsTo(platform.env.DATA_DIR, '@');
    expect(mails.filter(leaks)).toEqual([]);
  });
});
