// An S3-compatible server (s3rver) in its own process, as MinIO would be in production: the
// benchmarks then measure the API and a plain S3 client across the same process boundary.
//   node bench/s3-server.mjs <directory>   → prints {"port":N} on stdout once listening
import S3rver from 's3rver';

const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory: process.argv[2],
  silent: true,
});
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
