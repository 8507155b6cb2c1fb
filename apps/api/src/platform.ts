import { type INestApplication, Logger, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { sessionMiddleware, sessionSecret } from './auth/session.js';
import { type Environment, validateEnvironment } from './config/environment.js';
import { resolveServiceEndpoints, type ServiceEndpoints } from './embedded/service-endpoints.js';
import { serveOpenApi } from './openapi/openapi.js';
import { ErrorsFilter } from './common/errors.filter.js';
import { rejectUnusableJson } from './common/input-errors.js';
import { outageAware } from './common/outage.js';
import { requestOriginGuard } from './common/request-origin.js';
import { securityHeaders } from './common/security-headers.js';
import { validationPipe } from './common/validation-errors.js';

export interface Platform {
  app: INestApplication;
  env: Environment;
  endpoints: ServiceEndpoints;
  /** Closes the HTTP server and the database, then stops the embedded services. */
  close(): Promise<void>;
}

/** Every API route starts with /api; the rest of the URL space is the web app. */
export const API_PREFIX = 'api';

/** HTTP settings shared by the server and the tests, so both exercise the same stack. */
export async function configureHttp(app: NestExpressApplication, env: Environment): Promise<void> {
  app.setGlobalPrefix(API_PREFIX);
  app.disable('x-powered-by');
  app.use(...securityHeaders(env.PUBLIC_URL));
  app.set('trust proxy', env.TRUST_PROXY);
  // Answers hold personal data (share views included): no browser or proxy keeps a copy,
  // refusals by the middlewares below included.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Before the body parsers: a refused body is never read.
  app.use(requestOriginGuard(env.PUBLIC_URL));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(rejectUnusableJson);
  const { sessions, absoluteExpiry } = sessionMiddleware(
    env,
    app.get(DataSource),
    await sessionSecret(env),
  );
  const sessionsOrOutage = outageAware(sessions);
  // The health check needs no session, and must answer even when the session store cannot.
  app.use('/api', (req: Request, res: Response, next: NextFunction) =>
    req.path === '/health' ? next() : sessionsOrOutage(req, res, next),
  );
  app.use('/api', absoluteExpiry);
  app.useGlobalFilters(new ErrorsFilter());
  app.useGlobalPipes(validationPipe());
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
    await configureHttp(app, env);
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
