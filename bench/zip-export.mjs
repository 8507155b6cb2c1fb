// ZIP export benchmark (issue 5): a submission holding `size` MiB of files (5 files) is exported
// through GET /api/submissions/:id/export.zip; in the same run the same objects are read straight
// from S3. Prints both throughputs, their ratio and the API's peak RSS growth during the export.
//   pnpm build && node bench/zip-export.mjs [total size in MiB, default 500]
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { BUCKET, MiB, seconds, startBench } from './support.mjs';

const total = Number(process.argv[2] ?? 500) * MiB;
const FILES = 5;

const bench = await startBench();
try {
  const trace = await bench.call('POST', '/api/traces', {
    title: 'Export',
    context: 'centre',
    occurredOn: '2026-11-29',
    competences: ['C3.1', 'C3.2'],
  });
  for (let i = 0; i < FILES; i++) await bench.upload(trace.id, total / FILES, `video-${i}.png`);
  const dossier = await bench.call('GET', '/api/dossiers/E3');
  await bench.call('PUT', '/api/dossiers/E3', {
    version: dossier.version,
    items: [{ traceId: trace.id }],
    presentation: 'Benchmark',
  });
  const submission = await bench.call('POST', '/api/dossiers/E3/submissions', {
    acknowledgeIncomplete: true,
  });

  const rss = bench.sampleRss();
  let started = process.hrtime.bigint();
  const zipBytes = await bench.download(`/api/submissions/${submission.id}/export.zip`);
  const zipSeconds = seconds(started);
  const memory = await rss.stop();

  const keys = (
    await bench.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'traces/' }))
  ).Contents.map((o) => o.Key);
  started = process.hrtime.bigint();
  let readBytes = 0;
  for (const key of keys) {
    const { Body } = await bench.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    for await (const chunk of Body) readBytes += chunk.length;
  }
  const readSeconds = seconds(started);

  const mbps = (bytes, s) => (bytes / MiB / s).toFixed(1);
  console.log(
    `files: ${FILES}, ${(readBytes / MiB).toFixed(0)} MiB; ZIP ${(zipBytes / MiB).toFixed(1)} MiB`,
  );
  console.log(
    `ZIP export through the API: ${zipSeconds.toFixed(2)} s, ${mbps(zipBytes, zipSeconds)} MiB/s`,
  );
  console.log(
    `plain read from S3:         ${readSeconds.toFixed(2)} s, ${mbps(readBytes, readSeconds)} MiB/s`,
  );
  console.log(
    `ratio (export / read throughput): ${((readSeconds / zipSeconds) * (zipBytes / readBytes)).toFixed(2)}`,
  );
  console.log(
    `API peak RSS growth during the export: ${(memory.growth / MiB).toFixed(1)} MiB (baseline ${(memory.baseline / MiB).toFixed(0)} MiB)`,
  );
} finally {
  await bench.close();
}
