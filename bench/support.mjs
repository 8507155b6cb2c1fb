// What the benchmarks share: an S3 server (own process) and the built API on it, signed-in sessions,
// streamed uploads, timed reads, an RSS sampler for the API process, and a throw-away PostgreSQL
// database.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import pg from 'pg';

export const MiB = 1024 * 1024;
const mainJs = fileURLToPath(new URL('../apps/api/dist/main.js', import.meta.url));
const s3ServerJs = fileURLToPath(new URL('./s3-server.mjs', import.meta.url));
export const DEMO_PASSWORD = 'demo-dossier-sno';
const DEMO = { email: 'camille.martin@demo.dossier-sno.fr', password: DEMO_PASSWORD };
export const DEMO_TEACHER = { email: 'formatrice@demo.dossier-sno.fr', password: DEMO_PASSWORD };
export const DEMO_ADMIN = { email: 'admin@demo.dossier-sno.fr', password: DEMO_PASSWORD };
export const BUCKET = 'bench';

/**
 * `size` random bytes behind a PNG signature (so uploads are accepted), in 1 MiB chunks. Every chunk
 * is fresh random data, so a reordered, repeated or dropped chunk changes the digest. Once the
 * stream has ended, its `sha256` property holds the hex digest, computed while generating: the
 * benchmarks know what they sent without keeping it.
 */
export function payload(size) {
  const hash = createHash('sha256');
  let left = size;
  let first = true;
  const source = new Readable({
    read() {
      if (left <= 0) {
        source.sha256 = hash.digest('hex');
        return this.push(null);
      }
      const chunk = randomFillSync(Buffer.allocUnsafe(Math.min(left, MiB)));
      if (first) {
        Buffer.from(
          '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de',
          'hex',
        ).copy(chunk);
        Buffer.from('0000000c4944415408d763f8ffff3f0005fe02fe0dc2f9a6', 'hex').copy(chunk, 33);
        first = false;
      }
      left -= chunk.length;
      hash.update(chunk);
      this.push(chunk);
    },
  });
  return source;
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * Starts s3rver and the built API on it (embedded PostgreSQL unless `env` names a DATABASE_URL);
 * signs `account` (the demo candidate by default) in: its session's methods are the bench's own,
 * and `signIn` opens more.
 */
export async function startBench({ env = {}, account = DEMO } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-bench-'));
  const s3 = spawn(process.execPath, [s3ServerJs, join(dir, 's3')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { port: s3Port } = await new Promise((resolve, reject) => {
    s3.stdout.once('data', (line) => resolve(JSON.parse(String(line))));
    s3.once('exit', (code) => reject(new Error(`S3 server exited (${code})`)));
  });
  const endpoint = `http://127.0.0.1:${s3Port}`;
  const apiPort = await freePort();
  const api = spawn(process.execPath, [mainJs], {
    env: {
      ...process.env,
      PORT: String(apiPort),
      DATA_DIR: join(dir, 'data'),
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_BUCKET: BUCKET,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${apiPort}`;
  for (let i = 0; ; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (i > 300) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  /** The API process's resident memory now, in bytes (from /proc). */
  const rss = async () =>
    Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${api.pid}/status`, 'utf8'))[1]) * 1024;
  const signIn = (who) => session(base, who);
  return {
    base,
    api,
    client,
    signIn,
    ...(await signIn(account)),
    rss,
    /** Samples the API's RSS every 50 ms; `stop()` returns the baseline, the peak and the growth. */
    sampleRss() {
      let baseline = 0;
      let peak = 0;
      const ready = rss().then((r) => (baseline = peak = r));
      const timer = setInterval(
        () =>
          rss().then(
            (r) => (peak = Math.max(peak, r)),
            () => {},
          ),
        50,
      );
      return {
        async stop() {
          await ready;
          clearInterval(timer);
          return { baseline, peak, growth: peak - baseline };
        },
      };
    },
    async close() {
      client.destroy();
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
      s3.kill('SIGTERM');
      await new Promise((r) => s3.once('exit', r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Signs `account` in on the API at `base`; the methods act in that session. */
async function session(base, account) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  const answer = await login.text();
  if (!login.ok) throw new Error(`login ${account.email}: ${login.status} ${answer}`);
  // The answer's headers come before the session is saved (express-session holds back the body's
  // last byte until then): using the cookie before the whole body has arrived can get a 401.
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const csrf = login.headers.get('x-csrf-token');
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  /**
   * Streams `size` fresh bytes (see payload) through POST /api/traces/:id/files; resolves with the
   * status, the answer and the sha256 of what was sent, whatever the status.
   */
  const send = (traceId, size, name = 'bench.png') => {
    const boundary = '----bench';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const source = payload(size);
    return new Promise((resolve, reject) => {
      const req = request(`${base}/api/traces/${traceId}/files`, {
        method: 'POST',
        headers: {
          cookie,
          'x-csrf-token': csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': Buffer.byteLength(head) + size + Buffer.byteLength(tail),
        },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          let body = text;
          try {
            body = JSON.parse(text);
          } catch {
            // An error page from a proxy or a crash is not JSON: keep the text for the report.
          }
          // An answer before the whole body was sent (413, 415, 5xx) leaves sha256 undefined.
          resolve({ status: res.statusCode, body, sha256: source.sha256 });
        });
      });
      req.on('error', reject);
      req.write(head);
      source.on('end', () => req.end(tail));
      source.pipe(req, { end: false });
    });
  };
  /**
   * GETs `path` and drains it, timing the whole answer; resolves with the status, the latency in
   * ms, the byte count and, with `hash`, the body's sha256. `agent` allows keep-alive pools.
   */
  const get = (path, { agent, hash = false } = {}) =>
    new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      request(`${base}${path}`, { agent, headers: { cookie } }, (res) => {
        const digest = hash ? createHash('sha256') : null;
        let bytes = 0;
        res.on('data', (chunk) => {
          bytes += chunk.length;
          digest?.update(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            ms: seconds(start) * 1000,
            bytes,
            sha256: digest?.digest('hex'),
          }),
        );
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  return {
    cookie,
    call,
    send,
    get,
    /** As send, but only a 201 whose sha256 is the one sent resolves (with the stored file). */
    async upload(traceId, size, name) {
      const { status, body, sha256 } = await send(traceId, size, name);
      if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(body)}`);
      if (body.sha256 !== sha256) throw new Error(`upload: sent ${sha256}, stored ${body.sha256}`);
      return body;
    },
    /** GETs a path of the API and drains it; resolves with the byte count. */
    async download(path) {
      const { status, bytes } = await get(path);
      if (status !== 200) throw new Error(`GET ${path}: ${status}`);
      return bytes;
    },
  };
}

export const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

/** The `p`th percentile (nearest rank) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `work` with a pg client connected to `url`, then disconnects. */
export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own on the PostgreSQL server that `adminUrl` (DATABASE_URL) names, so a bench
 * never touches existing data; `drop()` removes it, closing the connections left on it.
 */
export async function createDatabase(adminUrl) {
  const name = `dossier_sno_bench_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}
