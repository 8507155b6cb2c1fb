import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { binaryParser, makePng, sha256 } from './support/fixtures.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn, type World } from './support/world.js';

describe('PFMP record', () => {
  let platform: TestPlatform;
  let world: World;
  let candidate: Session;
  const send = (method: 'post' | 'patch' | 'delete', path: string) =>
    candidate.agent[method](path).set('X-CSRF-Token', candidate.csrf);

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    candidate = await signIn(platform, world.people.candidate.email);
  });
  afterAll(async () => {
    await platform.close();
  });

  it('records periods, counts weeks against the minimum, and feeds E2 readiness', async () => {
    const first = await send('post', '/api/pfmp')
      .send({
        organisationName: 'Mairie de Lille',
        siret: '21590350100017',
        startsOn: '2027-01-04',
        endsOn: '2027-02-26',
        tutorId: world.people.tutor.id,
      })
      .expect(201);
    expect(first.body).toMatchObject({ days: 40, proof: null, bilanComplete: false, version: 1 });
    const second = await send('post', '/api/pfmp')
      .send({ organisationName: 'Asso Numérique', startsOn: '2027-05-03', endsOn: '2027-05-28' })
      .expect(201);
    const record = await candidate.agent.get('/api/pfmp').expect(200);
    expect(record.body).toMatchObject({
      totalDays: 60,
      totalWeeks: 12,
      minimumWeeks: 12,
      proofKind: 'attestation',
    });

    const e2 = async () =>
      Object.fromEntries(
        (
          (await candidate.agent.get('/api/dossiers/E2').expect(200)).body.readiness.checks as {
            code: string;
            ok: boolean;
          }[]
        ).map((c) => [c.code, c.ok]),
      );
    expect(await e2()).toMatchObject({
      E2_PFMP_WEEKS: true,
      E2_PFMP_PROOF: false,
      E2_PFMP_BILANS: false,
    });
    await send('post', `/api/pfmp/${first.body.id}/proof`)
      .attach('file', makePng(), 'attestation.png')
      .expect(201);
    await send('post', `/api/pfmp/${second.body.id}/proof`)
      .attach('file', makePng(12), 'attestation-2.png')
      .expect(201);
    expect(await e2()).toMatchObject({
      E2_PFMP_WEEKS: true,
      E2_PFMP_PROOF: true,
      E2_PFMP_BILANS: false,
    });

    await send('patch', `/api/pfmp/${second.body.id}`)
      .send({ version: 2, absenceDays: 1 })
      .expect(200);
    expect((await candidate.agent.get('/api/pfmp').expect(200)).body).toMatchObject({
      totalDays: 59,
      totalWeeks: 11.8,
    });
    expect(await e2()).toMatchObject({ E2_PFMP_WEEKS: false });
    await send('patch', `/api/pfmp/${second.body.id}`)
      .send({ version: 2, absenceDays: 0 })
      .expect(409);
  });

  it('checks dates, SIRET and that the tutor is assigned to the candidate', async () => {
    const bad = (body: object) =>
      send('post', '/api/pfmp').send({
        organisationName: 'X',
        startsOn: '2027-01-04',
        endsOn: '2027-01-08',
        ...body,
      });
    expect((await bad({ endsOn: '2026-12-31' }).expect(400)).body.message).toMatch(/endsOn/);
    expect((await bad({ startsOn: '2027-02-30' }).expect(400)).body.message).toMatch(/startsOn/);
    const shortSiret = (await bad({ siret: '123' }).expect(400)).body;
    expect(shortSiret.fields).toEqual([expect.objectContaining({ field: 'siret', rule: 'siret' })]);
    expect(shortSiret.message).toBe('siret : 14 chiffres (les espaces sont acceptés).');
    // Written as on a Kbis, with spaces: stored as its 14 digits.
    const spaced = await bad({ siret: '732 829 320 00074' }).expect(201);
    expect(spaced.body.siret).toBe('73282932000074');
    await send('delete', `/api/pfmp/${spaced.body.id}`).expect(204);
    // The English interface reads the same refusal in English.
    const english = await bad({ siret: '123' })
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .expect(400);
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.message).toBe('siret: 14 digits (spaces are accepted).');
    expect(
      (await bad({ tutorId: world.people.unrelatedTutor.id }).expect(400)).body.message,
    ).toMatch(/cette personne tutrice ne vous est pas attribuée/);
  });

  it('stores the attestation streamed, serves it back, replaces it and deletes it with the period', async () => {
    const storage = platform.app.get(ObjectStorage);
    const period = (
      await send('post', '/api/pfmp')
        .send({ organisationName: 'Garage', startsOn: '2027-03-01', endsOn: '2027-03-05' })
        .expect(201)
    ).body;
    const png = makePng(20);
    const up = await send('post', `/api/pfmp/${period.id}/proof`)
      .attach('file', png, 'attestation.png')
      .expect(201);
    expect(up.body.proof).toEqual({
      name: 'attestation.png',
      size: png.length,
      mediaType: 'image/png',
      sha256: sha256(png),
    });
    const bytes = await candidate.agent
      .get(`/api/pfmp/${period.id}/proof/content`)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(sha256(bytes.body as Buffer)).toBe(sha256(png));
    const before = (await storage.list('pfmp/')).length;
    await send('post', `/api/pfmp/${period.id}/proof`)
      .attach('file', makePng(24), 'attestation-v2.png')
      .expect(201);
    expect((await storage.list('pfmp/')).length).toBe(before);
    await send('delete', `/api/pfmp/${period.id}`).expect(204);
    expect((await storage.list('pfmp/')).length).toBe(before - 1);
    await candidate.agent.get(`/api/pfmp/${period.id}/proof/content`).expect(404);
  });

  it('shows the record to the candidate’s tutor, not to an unrelated one', async () => {
    const tutor = await signIn(platform, world.people.tutor.email);
    await tutor.agent.get(`/api/pfmp?candidateId=${world.people.candidate.id}`).expect(200);
    const unrelated = await signIn(platform, world.people.unrelatedTutor.email);
    await unrelated.agent.get(`/api/pfmp?candidateId=${world.people.candidate.id}`).expect(404);
  });
});
