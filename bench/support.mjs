// What the benchmarks share: an S3 server (own process) and the built API on it, a signed-in demo candidate,
// streamed uploads, and an RSS sampler for the API process.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';

export const MiB = 1024 * 1024;
const mainJs = fileURLToPath(new URL('../apps/api/dist/main.js', import.meta.url));
const s3ServerJs = fileURLToPath(new URL('./s3-server.mjs', import.meta.url));
const DEMO = { email: 'camille.martin@demo.dossier-sno.fr', password: 'demo-dossier-sno' };
export const DEMO_TEACHER = { email: 'formatrice@demo.dossier-sno.fr', password: DEMO.password };
export const BUCKET = 'bench';

/** `size` bytes: a PNG signature (so uploads are accepted) then a repeated random block. */
export function payload(size) {
  const block = Buffer.alloc(MiB);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((Math.random() * 2 ** 32) >>> 0, i);
  Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de', 'hex').copy(
    block,
  );
  Buffer.from('0000000c4944415408d763f8ffff3f0005fe02fe0dc2f9a6', 'hex').copy(block, 33);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const n = Math.min(left, block.length);
      left -= n;
      this.push(n === block.length ? block : block.subarray(0, n));
    },
  });
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
 * signs `account` (the demo candidate by default) in.
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
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const csrf = login.headers.get('x-csrf-token');
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    base,
    api,
    cookie,
    client,
    call,
    /** Streams `size` bytes through POST /api/traces/:id/files; resolves with the stored file. */
    upload(traceId, size, name = 'bench.png') {
      const boundary = '----bench';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: image/png\r\n\r\n`;
      const tail = `\r\n--${boundary}--\r\n`;
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
          res.on('end', () =>
            res.statusCode === 201
              ? resolve(JSON.parse(text))
              : reject(new Error(`${res.statusCode} ${text}`)),
          );
        });
        req.on('error', reject);
        req.write(head);
        const source = payload(size);
        source.on('end', () => req.end(tail));
        source.pipe(req, { end: false });
      });
    },
    /** GETs a path of the API and drains it; resolves with the byte count. */
    download(path) {
      return new Promise((resolve, reject) => {
        request(`${base}${path}`, { headers: { cookie } }, (res) => {
          let bytes = 0;
          res.on('data', (c) => (bytes += c.length));
          res.on('end', () =>
            res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${res.statusCode}`)),
          );
        })
          .on('error', reject)
          .end();
      });
    },
    /** Samples the API's RSS every 50 ms; `stop()` returns the peak growth in bytes. */
    sampleRss() {
      const rss = async () =>
        Number(/VmRSS:\s+(\d+) kB/.exec(await readFile(`/proc/${api.pid}/status`, 'utf8'))[1]) *
        1024;
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
          return { baseline, growth: peak - baseline };
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

export const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
