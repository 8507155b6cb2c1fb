/**
 * Operations from the command line (docs/operations.md), on the configuration of the platform
 * (the same environment variables, validated the same way):
 *
 *   node apps/api/dist/ops/cli.js backup <folder>    pg_dump + copy of every object
 *   node apps/api/dist/ops/cli.js restore <folder>   into an empty database and bucket, then verify
 *   node apps/api/dist/ops/cli.js verify             every submission against its manifest
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { ConfigurationError, validateEnvironment } from '../config/environment.js';
import { SubmissionsService } from '../dossiers/submissions.service.js';
import { resolveServiceEndpoints } from '../embedded/service-endpoints.js';
import { backup, BackupError, restore } from './backup.js';

const USAGE = 'usage: cli.js backup <folder> | restore <folder> | verify';

async function verifySubmissions(): Promise<boolean> {
  const env = validateEnvironment(process.env);
  const endpoints = await resolveServiceEndpoints(env);
  const app = await NestFactory.createApplicationContext(AppModule.register(env, endpoints), {
    logger: ['error'],
  });
  try {
    const { submissions, problems } = await app.get(SubmissionsService).verifyAll();
    const failed = Object.entries(problems);
    console.log(`${submissions - failed.length} of ${submissions} submissions verify`);
    for (const [id, found] of failed) console.log(`  ${id}: ${found.join('; ')}`);
    return failed.length === 0;
  } finally {
    await app.close();
    await endpoints.stop();
  }
}

async function main(command: string | undefined, folder: string | undefined): Promise<boolean> {
  if (command === 'verify') return verifySubmissions();
  if ((command !== 'backup' && command !== 'restore') || !folder) throw new BackupError(USAGE);
  const env = validateEnvironment(process.env);
  if (!env.DATABASE_URL || !env.S3_ENDPOINT) {
    throw new BackupError(
      'backup and restore need DATABASE_URL and S3_ENDPOINT; for the embedded default, stop the platform and copy DATA_DIR',
    );
  }
  const endpoints = await resolveServiceEndpoints(env);
  if (command === 'backup') {
    const manifest = await backup(endpoints, folder);
    console.log(`Backed up the database and ${manifest.objects.length} objects into ${folder}`);
    return true;
  }
  const manifest = await restore(endpoints, folder);
  console.log(`Restored the database and ${manifest.objects.length} objects from ${folder}`);
  return verifySubmissions();
}

main(process.argv[2], process.argv[3]).then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    // Expected failures in one line; anything else with its stack.
    if (error instanceof BackupError || error instanceof ConfigurationError) {
      console.error(error.message);
    } else console.error(error);
    process.exit(1);
  },
);
