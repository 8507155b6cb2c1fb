import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { makePng } from './support/fixtures.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, type Session, signIn } from './support/world.js';
import { freePort } from './support/network.js';

/**
 * The optional ClamAV scan, through the real API with scanning on: EICAR → 422 naming the file and
 * the signature, nothing stored, an audit event; a clean file → 201; clamd unreachable → 503,
 * nothing stored. The test starts its own clamd (Debian's clamav-daemon, installed by
 * scripts/ensure-test-tools.sh) on a random port with a one-line signature database that it
 * writes: the official databases cannot be downloaded here.
 */

// The standard anti-virus test file, assembled here so that no file in the repository holds it.
const EICAR = Buffer.from(
  ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!', '$H+H*'].join(''),
);
const SIGNATURE = 'DossierSno.Test.EICAR';
/** clamd's StreamMaxLength in the test: a larger upload must be refused, not passed unscanned. */
const STREAM_MAX_BYTES = 24 * 1024 * 1024;

const CLAMD_BIN = [process.env.CLAMD_PATH, '/usr/sbin/clamd', '/usr/bin/clamd'].find(
  (p): p is string => !!p && existsSync(p),
);

/** Answers once clamd says PONG, or throws after `timeoutMs`. */
async function waitForClamd(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = connect({ host, port }, () => socket.write('zPING\0'));
      let reply = '';
      socket.on('data', (d: Buffer) => (reply += d.toString()));
      socket.on('close', () => resolve(reply.startsWith('PONG')));
      socket.on('error', () => resolve(false));
    });
    if (pong) return;
    if (Date.now() > deadline) throw new Error(`clamd did not answer on ${host}:${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A private clamd: temporary database (one MD5 signature: EICAR's), TCP on a random port. */
async function startClamd(binary: string) {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-clamd-'));
  const port = await freePort();
  const md5 = createHash('md5').update(EICAR).digest('hex');
  await writeFile(join(dir, 'test.hdb'), `${md5}:${EICAR.length}:${SIGNATURE}\n`);
  await writeFile(
    join(dir, 'clamd.conf'),
    [
      'Foreground yes',
      `TCPSocket ${port}`,
      'TCPAddr 127.0.0.1',
      `DatabaseDirectory ${dir}`,
      `TemporaryDirectory ${dir}`,
      `StreamMaxLength ${STREAM_MAX_BYTES}`,
      'SelfCheck 0',
      '',
    ].join('\n'),
  );
  const started = Date.now();
  const child: ChildProcess = spawn(binary, ['-c', join(dir, 'clamd.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await Promise.race([
      waitForClamd('127.0.0.1', port, 30_000),
      new Promise((_, reject) =>
        child.once('exit', (code) => reject(new Error(`clamd exited (${code}): ${stderr}`))),
      ),
    ]);
  } catch (error) {
    child.kill();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  console.log(`virus-scan.int-spec: private clamd answering after ${Date.now() - started} ms`);
  return {
    host: '127.0.0.1',
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('virus scanning of uploads (ClamAV)', () => {
  let world: Awaited<ReturnType<typeof buildWorld>>;
  const post = (s: Session, path: string) => s.agent.post(path).set('X-CSRF-Token', s.csrf);

  /** Rows and objects of trace files, to show that a refusal stores nothing. */
  const stored = async (platform: TestPlatform) => ({
    rows: (
      (await platform.app.get(DataSource).query('SELECT count(*)::int AS n FROM trace_file')) as {
        n: number;
      }[]
    )[0]!.n,
    objects: (await platform.app.get(ObjectStorage).list('traces/')).length,
  });

  async function candidateWithTrace(platform: TestPlatform) {
    world ??= await buildWorld(platform);
    const candidate = await signIn(platform, world.people.candidate.email);
    const trace = await post(candidate, '/api/traces')
      .send({
        title: 'Analyse antivirale',
        context: 'centre',
        occurredOn: '2026-11-20',
        competences: ['C3.1'],
      })
      .expect(201);
    return { candidate, traceId: (trace.body as { id: string }).id };
  }

  describe('with clamd running', () => {
    let platform: TestPlatform;
    let clamd: { host: string; port: number; stop: () => Promise<void> };
    let candidate: Session;
    let traceId: string;

    beforeAll(async () => {
      // scripts/ensure-test-tools.sh installs it (or names the package to install).
      if (!CLAMD_BIN)
        throw new Error('clamd not found: apt-get install clamav-daemon, or set CLAMD_PATH');
      clamd = await startClamd(CLAMD_BIN);
      platform = await startTestPlatform({
        CLAMAV_HOST: clamd.host,
        CLAMAV_PORT: String(clamd.port),
      });
      ({ candidate, traceId } = await candidateWithTrace(platform));
    });
    afterAll(async () => {
      await platform?.close();
      await clamd?.stop();
    });

    it('refuses the EICAR test file with a 422 naming the file and the signature, stores nothing, audits it', async () => {
      const before = await stored(platform);
      const res = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', EICAR, 'rapport de stage.txt')
        .expect(422);
      expect(res.body).toMatchObject({
        fileName: 'rapport de stage.txt',
        signature: expect.stringContaining(CLAMD_BIN ? SIGNATURE : 'Eicar'),
      });
      expect(res.body.message).toMatch(/^Fichier « rapport de stage\.txt » refusé : l’antivirus/);
      expect(res.body.message).toContain(res.body.signature as string);
      expect(await stored(platform)).toEqual(before);

      const events = (await platform.app.get(DataSource).query(
        `SELECT actor_id, subject_id, details FROM audit_event
          WHERE action = 'upload.infected_rejected' ORDER BY id DESC LIMIT 1`,
      )) as { actor_id: string; subject_id: string; details: Record<string, unknown> }[];
      expect(events[0]).toMatchObject({
        actor_id: world.people.candidate.id,
        subject_id: world.people.candidate.id,
        details: {
          fileName: 'rapport de stage.txt',
          signature: res.body.signature,
          size: EICAR.length,
        },
      });
    });

    it('keeps clean files (201)', async () => {
      const png = makePng();
      const res = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', png, 'capture.png')
        .expect(201);
      expect(res.body).toMatchObject({ size: png.length, mediaType: 'image/png' });
      const text = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', Buffer.from('EICAR est un fichier de test, ceci non.\n'), 'notes.txt')
        .expect(201);
      expect(text.body).toMatchObject({ mediaType: 'text/plain' });
    });

    it('streams a 20 MiB file to S3 and clamd together (many chunks, multipart) and keeps it whole', async () => {
      const big = Buffer.alloc(20 * 1024 * 1024, 'Journal de stage, semaine 12. ');
      const res = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', big, 'journal.txt')
        .expect(201);
      expect(res.body).toMatchObject({
        size: big.length,
        sha256: createHash('sha256').update(big).digest('hex'),
      });
    });

    it('a file over clamd’s StreamMaxLength is refused (503, nothing stored), never kept unscanned', async () => {
      const before = await stored(platform);
      const res = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', Buffer.alloc(2 * STREAM_MAX_BYTES, 'a'), 'long.txt')
        .expect(503);
      // clamd's refusal, or the reset that follows it when that comes first (clamd-client.ts).
      expect(res.body.message).toMatch(/trop volumineux pour l’(analyse )?antivirus/);
      expect(await stored(platform)).toEqual(before);
    });
  });

  describe('with clamd configured but unreachable', () => {
    let platform: TestPlatform;

    beforeAll(async () => {
      platform = await startTestPlatform({
        CLAMAV_HOST: '127.0.0.1',
        CLAMAV_PORT: String(await freePort()),
      });
    });
    afterAll(async () => {
      await platform?.close();
    });

    it('fails closed: 503 with a clear message, no row, no object', async () => {
      const { candidate, traceId } = await candidateWithTrace(platform);
      const before = await stored(platform);
      const res = await post(candidate, `/api/traces/${traceId}/files`)
        .attach('file', makePng(), 'capture.png')
        .expect(503);
      expect(res.body.message).toMatch(/^Analyse antivirus indisponible/);
      expect(await stored(platform)).toEqual(before);
    });
  });
});
