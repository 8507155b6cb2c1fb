/**
 * Writes the OpenAPI document to apps/api/openapi.json (committed; the web client is generated
 * from it). Nest's preview mode builds the routes without connecting to PostgreSQL or S3.
 */
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app.module.js';
import { validateEnvironment } from '../config/environment.js';
import { API_PREFIX } from '../platform.js';
import { buildOpenApiDocument } from './openapi.js';

const env = validateEnvironment(process.env);
const app = await NestFactory.create<NestExpressApplication>(
  AppModule.register(env, {
    databaseUrl: 'postgres://preview',
    s3: {
      endpoint: undefined,
      region: env.S3_REGION,
      bucket: env.S3_BUCKET,
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: true,
    },
    embedded: { database: false, storage: false },
  }),
  { preview: true, logger: false },
);
// Only the route prefix matters to the document; sessions need a database, preview has none.
app.setGlobalPrefix(API_PREFIX);
const target = new URL('../../openapi.json', import.meta.url);
await writeFile(target, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
await app.close();
console.log(`Wrote ${target.pathname}`);
