// Upload benchmark (issue 4): streams the same bytes (1) through POST /api/traces/:id/files of the
// built API and (2) straight to the same S3 server with a multipart upload, in one run; prints both
// throughputs, their ratio and the API process's peak RSS growth. Run by hand:
//   pnpm build && node bench/upload-throughput.mjs [size in MiB, default 1024]
import { Upload } from '@aws-sdk/lib-storage';
import { BUCKET, MiB, payload, seconds, startBench } from './support.mjs';

const size = Number(process.argv[2] ?? 1024) * MiB;
// Same part size and concurrency as the API's ObjectStorage, so the comparison is fair.
const PART_SIZE = 8 * MiB;
const QUEUE_SIZE = 2;

const bench = await startBench();
try {
  const trace = await bench.call('POST', '/api/traces', {
    title: 'Benchmark',
    context: 'centre',
    occurredOn: '2026-11-29',
    competences: [],
  });
  const rss = bench.sampleRss();
  let started = process.hrtime.bigint();
  const stored = await bench.upload(trace.id, size);
  const apiSeconds = seconds(started);
  const memory = await rss.stop();

  started = process.hrtime.bigint();
  await new Upload({
    client: bench.client,
    params: { Bucket: BUCKET, Key: 'direct/bench', Body: payload(size) },
    partSize: PART_SIZE,
    queueSize: QUEUE_SIZE,
  }).done();
  const directSeconds = seconds(started);

  const mbps = (s) => (size / MiB / s).toFixed(1);
  console.log(`size: ${size / MiB} MiB`);
  console.log(
    `through the API: ${apiSeconds.toFixed(2)} s, ${mbps(apiSeconds)} MiB/s (sha256 ${stored.sha256.slice(0, 12)}…)`,
  );
  console.log(`direct to S3:    ${directSeconds.toFixed(2)} s, ${mbps(directSeconds)} MiB/s`);
  console.log(`ratio (API / direct throughput): ${(directSeconds / apiSeconds).toFixed(2)}`);
  console.log(
    `API peak RSS growth: ${(memory.growth / MiB).toFixed(1)} MiB (baseline ${(memory.baseline / MiB).toFixed(0)} MiB)`,
  );
} finally {
  await bench.close();
}
