import { type INestApplication, Logger, type LoggerService, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { type Environment, validateEnvironment } from './config/environment.js';
import { resolveServiceEndpoints, type ServiceEndpoints } from './embedded/service-endpoints.js';
import { serveOpenApi } from './openapi/openapi.js';

export interface Platform {
  app: INestApplication;
  env: Environment;
  endpoints: ServiceEndpoints;
  /** Closes the HTTP server and the database, then stops the embedded services. */
  close(): Promise<void>;
}

/** HTTP settings shared by the server and the tests, so both exercise the same stack. */
export function configureHttp(app: NestExpressApplication): void {
  app.setGlobalPrefix('api', { exclude: [] });
  app.disable('x-powered-by');
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  serveOpenApi(app);
}

/**
 * Builds the whole platform from the process environment: validates it (one clear line on error),
 * reaches or starts PostgreSQL and S3, runs migrations, ensures the bucket, mounts the API and web.
 */
export async function createPlatform(
  options: { logger?: LoggerService | false } = {},
): Promise<Platform> {
  // Validated here too (ConfigModule validates again) because DATA_DIR is needed before Nest starts.
  const env = validateEnvironment(process.env);
  const endpoints = await resolveServiceEndpoints(env);
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.register(env, endpoints),
      { logger: options.logger ?? new Logger(), abortOnError: false },
    );
    configureHttp(app);
    return {
      app,
      env,
      endpoints,
      async close() {
        await app.close();
        await endpoints.stop();
      },
    };
  } catch (error) {
    await endpoints.stop();
    throw error;
  }
}
