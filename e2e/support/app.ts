import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser.js';
import { embeddedEnv, type RunningServer, startServer } from './server.js';

export interface BrowserApp {
  /** The server's DATA_DIR (its e-mails are under `mail/`). */
  dataDir: string;
  server: RunningServer;
  browser: Browser;
  /** Serious and critical axe violations per page, printed after the file's tests. */
  axe: Record<string, string[]>;
  /** Content-Security-Policy violations the pages reported; each test fails on any. */
  cspViolations: string[];
}

/**
 * The built app on a fresh embedded data folder, and a Chromium, for the tests of one file: started
 * before them, stopped and removed after. The fields are set once `beforeAll` has run.
 */
export function browserApp(name: string): BrowserApp {
  const app = { axe: {}, cspViolations: [] as string[] } as BrowserApp;
  beforeAll(async () => {
    app.dataDir = await mkdtemp(join(tmpdir(), `dossier-sno-e2e-${name}-`));
    app.server = await startServer(embeddedEnv({ DATA_DIR: app.dataDir }));
    app.browser = await launchChromium();
    // Every context the tests open reports the CSP violations its pages log.
    const newContext = app.browser.newContext.bind(app.browser);
    app.browser.newContext = async (options) => {
      const context = await newContext(options);
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) app.cspViolations.push(message.text());
      });
      return context;
    };
  });
  afterEach(() => {
    expect(app.cspViolations).toEqual([]);
  });
  afterAll(async () => {
    if (Object.keys(app.axe).length)
      console.log(`axe serious/critical violations per page: ${JSON.stringify(app.axe)}`);
    await app.browser?.close();
    await app.server?.stop();
    if (app.dataDir) await rm(app.dataDir, { recursive: true, force: true });
  });
  return app;
}
