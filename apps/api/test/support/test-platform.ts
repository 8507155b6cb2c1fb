import 'reflect-metadata';
import type { App } from 'supertest/types.js';
import { createPlatform, type Platform } from '../../src/platform.js';

export interface TestPlatform extends Platform {
  http: App;
}

/** The real platform (same factory as main.ts) on the run's database and bucket, not listening. */
export async function startTestPlatform(
  env: Record<string, string | undefined> = {},
): Promise<TestPlatform> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
  try {
    const platform = await createPlatform({ logger: false });
    await platform.app.init();
    return { ...platform, http: platform.app.getHttpServer() as App };
  } finally {
    process.env = saved;
  }
}
