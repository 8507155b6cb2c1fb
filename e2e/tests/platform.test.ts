import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import { pageProblems } from '../support/pages.js';
import { embeddedEnv, type RunningServer, startServer } from '../support/server.js';

describe('the built platform on the embedded default', () => {
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-sno-e2e-'));
    server = await startServer(embeddedEnv({ DATA_DIR: dataDir }));
    console.log(`cold start (empty DATA_DIR) to healthy: ${server.startupMs} ms`);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports db and storage up', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'up', storage: 'up' });
  });

  it('serves the référentiel: 3 blocks, 9 competences, 24 detailed, 3 exams of coefficient 6', async () => {
    const ref = (await (await fetch(`${server.url}/api/referential`)).json()) as {
      blocks: { competences: { detailed: unknown[] }[] }[];
      exams: { coefficient: number }[];
    };
    const competences = ref.blocks.flatMap((b) => b.competences);
    expect(ref.blocks).toHaveLength(3);
    expect(competences).toHaveLength(9);
    expect(competences.flatMap((c) => c.detailed)).toHaveLength(24);
    expect(ref.exams.map((e) => e.coefficient)).toEqual([6, 6, 6]);
  });

  it('renders all 9 competences in French with no serious or critical axe violation', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/referentiel$/);
    const headings = page.getByRole('heading', { level: 3, name: /^C\d\.\d/ });
    await headings.first().waitFor();
    expect(await headings.count()).toBe(9);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /Référentiel/,
    );

    expect(await pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${server.url}/api/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/referential']),
    );
  });

  it('stops cleanly on SIGTERM and starts again on the same data folder', async () => {
    expect(await server.stop()).toBe(0);
    server = await startServer(embeddedEnv({ DATA_DIR: dataDir }));
    console.log(`warm start (existing DATA_DIR) to healthy: ${server.startupMs} ms`);
    const res = await fetch(`${server.url}/api/health`);
    expect(await res.json()).toEqual({ status: 'ok', db: 'up', storage: 'up' });
  });
});
