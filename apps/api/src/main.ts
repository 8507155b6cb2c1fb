import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigurationError } from './config/environment.js';
import { createPlatform } from './platform.js';

async function main(): Promise<void> {
  const logger = new Logger('Dossier SNO');
  const started = Date.now();
  const platform = await createPlatform();
  await platform.app.listen(platform.env.PORT);
  const { embedded } = platform.endpoints;
  logger.log(
    `Listening on http://localhost:${platform.env.PORT} in ${Date.now() - started} ms ` +
      `(database: ${embedded.database ? 'embedded PGlite' : 'DATABASE_URL'}, ` +
      `storage: ${embedded.storage ? 'embedded S3' : 'S3_ENDPOINT'}, data: ${platform.env.DATA_DIR})`,
  );

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, closing`);
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    // One line naming the variable to fix, no stack trace.
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
