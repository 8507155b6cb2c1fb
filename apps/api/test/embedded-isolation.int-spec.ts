import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';

const run = promisify(execFile);

/** Ports this process listens on over TCP (LISTEN sockets of /proc/net/tcp* that it holds). */
async function listeningPorts(): Promise<number[]> {
  const fds = await readdir('/proc/self/fd');
  const inodes = new Set<string>();
  for (const fd of fds) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
    if (inode) inodes.add(inode);
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (state === '0A' && inode && inodes.has(inode)) {
        ports.add(parseInt(local!.split(':')[1]!, 16));
      }
    }
  }
  return [...ports].sort();
}

/**
 * Writes `bytes` to a socket (Unix path or TCP port) and keeps it open until the server answers,
 * closes, or 1 s passes (a half-closed request would be dropped before it is read).
 */
function sendRaw(to: string | number, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const socket = typeof to === 'number' ? connect(to, '127.0.0.1') : connect(to);
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.on('error', done);
    socket.on('close', done);
    socket.on('data', done);
    socket.setTimeout(1000, done);
    socket.write(bytes);
  });
}

/** Deterministic noise (a sha256 chain), so that a failure replays. */
function noise(length: number): Buffer {
  const blocks = [createHash('sha256').update(String(length)).digest()];
  while (blocks.length * 32 < length) {
    blocks.push(createHash('sha256').update(blocks.at(-1)!).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function int32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
}

/** dicer's crash (busboy 0.3, GHSA-wm7h-9275-46v2): a part whose first header line is folded. */
function crashingMultipart(path: string): Buffer {
  const boundary = '----sno';
  const body = `--${boundary}\r\n Content-Disposition: form-data; name="a"\r\n\r\n\r\n--${boundary}--\r\n`;
  return Buffer.from(
    `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The README's run command on a shared server: the embedded PostgreSQL and S3 must not be reachable
 * by anyone but the API (Unix sockets in DATA_DIR/run, mode 0700; no TCP port but PORT), and no
 * bytes sent to any of them may take the process down.
 */
describe('embedded default: reachable by the API only, and robust to any bytes', () => {
  let dataDir: string;
  let platform: TestPlatform;
  let port: number;
  let runDir: string;
  let pgSocket: string;
  let s3Socket: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-sno-isolation-'));
    // As a school's /srv/dossier-sno would be: other users may enter DATA_DIR itself.
    await chmod(dataDir, 0o755);
    platform = await startTestPlatform({
      DATA_DIR: dataDir,
      DATABASE_URL: undefined,
      S3_ENDPOINT: undefined,
    });
    await platform.app.listen(0, '127.0.0.1');
    port = (platform.app.getHttpServer().address() as AddressInfo).port;
    runDir = join(dataDir, 'run');
    pgSocket = join(runDir, '.s.PGSQL.5432');
    s3Socket = join(runDir, 's3.sock');
  });
  afterAll(async () => {
    await platform?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens on no TCP port but PORT; PostgreSQL and S3 are sockets in a 0700 directory', async () => {
    expect(await listeningPorts()).toEqual([port]);
    expect((await stat(runDir)).mode & 0o777).toBe(0o700);
    expect((await stat(pgSocket)).isSocket()).toBe(true);
    expect((await stat(s3Socket)).isSocket()).toBe(true);
    expect(platform.endpoints.s3.socketPath).toBe(s3Socket);
    expect(platform.endpoints.databaseUrl).toContain(`host=${encodeURIComponent(runDir)}`);
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)(
    'another user of the machine cannot connect to either socket',
    async () => {
      const probe = (path: string) =>
        run('runuser', [
          '-u',
          'nobody',
          '--',
          process.execPath,
          '-e',
          `require('net').connect(${JSON.stringify(path)}).on('connect', () => { console.log('connected'); process.exit(0) }).on('error', (e) => { console.log(e.code); process.exit(0) })`,
        ]);
      for (const path of [pgSocket, s3Socket]) {
        expect((await probe(path)).stdout.trim()).toBe('EACCES');
      }
    },
  );

  it('survives junk on every socket and on PORT, and a malformed multipart form to either', async () => {
    const bucket = platform.endpoints.s3.bucket;
    const startup = (length: number) =>
      Buffer.concat([int32(length), int32(196608), Buffer.from('user\0postgres\0\0')]);
    const junk = [
      noise(64 * 1024),
      Buffer.from('GET / HTTP/1.1\r\nHost: \u0000\r\n\r\n'),
      // Startup messages whose length lies (pglite-socket 0.2.17 passed them on and PGlite hung).
      Buffer.concat([int32(0x7fffffff), int32(196608), noise(512)]),
      Buffer.concat([startup(-5), noise(512)]),
      // A proper startup, then messages of unknown type or negative length, then random bytes.
      Buffer.concat([startup(23), Buffer.from('Z'), int32(8), noise(8)]),
      Buffer.concat([startup(23), Buffer.from('Q'), int32(-255), noise(1024)]),
      Buffer.concat([startup(23), noise(4096)]),
    ];
    for (const target of [pgSocket, s3Socket, port]) {
      for (const bytes of junk) await sendRaw(target, bytes);
    }
    await sendRaw(s3Socket, crashingMultipart(`/${bucket}`));
    await sendRaw(s3Socket, crashingMultipart(`/${bucket}/?uploads`));
    await sendRaw(port, crashingMultipart('/api/traces/x/files'));

    await request(platform.http)
      .get('/api/health')
      .expect(200, { status: 'ok', db: 'up', storage: 'up' });
  });
});
