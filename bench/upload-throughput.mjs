// Upload benchmark (issue 4): streams the same bytes (1) through POST /api/traces/:id/files of the
// built API and (2) straight to the same S3 server with a multipart upload, in one run; prints both
// throughputs, their ratio and the API process's peak RSS growth. Run by hand:
//   pnpm build && node bench/upload-throughput.mjs [size in MiB, default 1024]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import S3rver from 's3rver';

const MiB = 1024 * 1024;
const size = Number(process.argv[2] ?? 1024) * MiB;
const mainJs = fileURLToPath(new URL('../apps/api/dist/main.js', import.meta.url));
const DEMO = { email: 'camille.martin@demo.dossier-sno.fr', password: 'demo-dossier-sno' };
// Same part size and concurrency as the API's ObjectStorage, so the comparison is fair.
const PART_SIZE = 8 * MiB;
const QUEUE_SIZE = 2;

/** `size` bytes: a PNG signature (so the upload is accepted) then a repeated random block. */
function payload() {
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

async function rssOf(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

const dir = await mkdtemp(join(tmpdir(), 'dossier-sno-bench-'));
const s3 = new S3rver({ address: '127.0.0.1', port: 0, directory: join(dir, 's3'), silent: true });
const { port: s3Port } = await s3.run();
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
    S3_BUCKET: 'bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${apiPort}`;
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 300) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  const cookie = login.headers.getSetCookie()[0].split(';')[0];
  const csrf = login.headers.get('x-csrf-token');
  const trace = await (
    await fetch(`${base}/api/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({
        title: 'Benchmark',
        context: 'centre',
        occurredOn: '2026-11-29',
        competences: [],
      }),
    })
  ).json();

  // 1. Through the API.
  const baseline = await rssOf(api.pid);
  let peak = baseline;
  const sampler = setInterval(
    () =>
      rssOf(api.pid).then(
        (r) => (peak = Math.max(peak, r)),
        () => {},
      ),
    50,
  );
  const boundary = '----bench';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.png"\r\nContent-Type: image/png\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  let started = process.hrtime.bigint();
  const answer = await new Promise((resolve, reject) => {
    const req = request(`${base}/api/traces/${trace.id}/files`, {
      method: 'POST',
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': Buffer.byteLength(head) + size + Buffer.byteLength(tail),
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.write(head);
    const source = payload();
    source.on('end', () => req.end(tail));
    source.pipe(req, { end: false });
  });
  const apiSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  if (answer.status !== 201)
    throw new Error(`upload through the API failed: ${answer.status} ${answer.body}`);

  // 2. Straight to the same S3 server.
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  started = process.hrtime.bigint();
  await new Upload({
    client,
    params: { Bucket: 'bench', Key: 'direct/bench', Body: payload() },
    partSize: PART_SIZE,
    queueSize: QUEUE_SIZE,
  }).done();
  const directSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  client.destroy();

  const mbps = (s) => (size / MiB / s).toFixed(1);
  console.log(`size: ${size / MiB} MiB`);
  console.log(
    `through the API: ${apiSeconds.toFixed(2)} s, ${mbps(apiSeconds)} MiB/s (sha256 ${JSON.parse(answer.body).sha256.slice(0, 12)}…)`,
  );
  console.log(`direct to S3:    ${directSeconds.toFixed(2)} s, ${mbps(directSeconds)} MiB/s`);
  console.log(`ratio (API / direct throughput): ${(directSeconds / apiSeconds).toFixed(2)}`);
  console.log(
    `API peak RSS growth: ${((peak - baseline) / MiB).toFixed(1)} MiB (baseline ${(baseline / MiB).toFixed(0)} MiB)`,
  );
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await s3.close();
  await rm(dir, { recursive: true, force: true });
}
