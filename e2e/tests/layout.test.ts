import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserApp } from '../support/app.js';
import { openSignedIn, screenshots, pageProblems } from '../support/pages.js';

const CANDIDATE = 'camille.martin@demo.dossier-sno.fr';
const PONCTUEL = 'noah.bernard@demo.dossier-sno.fr';
const TUTOR = 'tuteur@demo.dossier-sno.fr';
const TEACHER = 'formatrice@demo.dossier-sno.fr';
const EXAMINER = 'examinateur@demo.dossier-sno.fr';
const ADMIN = 'admin@demo.dossier-sno.fr';

/** A day `offset` days from today, `YYYY-MM-DD`. */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Call = <T>(method: string, path: string, data?: unknown) => Promise<T>;

/** The API as the person signed in on `page` (with their CSRF token); fails on any error. */
async function apiAs(page: Page, url: string): Promise<Call> {
  const csrf = await page.request.get(`${url}/api/auth/csrf`);
  const headers = { 'X-CSRF-Token': ((await csrf.json()) as { token: string }).token };
  return async <T>(method: string, path: string, data?: unknown) => {
    const response = await page.request.fetch(`${url}/api${path}`, { method, headers, data });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  };
}

/** Requests in flight per page, to know when a page has loaded what it shows. */
const inFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): void {
  const requests = new Set<Request>();
  inFlight.set(page, requests);
  page.on('request', (r) => requests.add(r));
  page.on('requestfinished', (r) => requests.delete(r));
  page.on('requestfailed', (r) => requests.delete(r));
}

/** Waits until `page` has had no request in flight for 100 ms (quicker than `networkidle`'s 500). */
async function quiet(page: Page): Promise<void> {
  let since = Date.now();
  while (Date.now() - since < 100) {
    if (inFlight.get(page)?.size) since = Date.now();
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Goes to `path` inside the app, as its links do (quicker than loading the app again): the router
 * follows the address on `popstate`, then focuses the main landmark when the new page is in.
 */
async function open(page: Page, url: string, path: string): Promise<void> {
  const here = page.url();
  if (!here.startsWith(url) || new URL(here).pathname === path.split('?')[0]) {
    await page.goto(`${url}${path}`);
    return;
  }
  await page.evaluate((to) => {
    (document.activeElement as HTMLElement | null)?.blur();
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForFunction(() => document.activeElement?.id === 'main');
}

/** WCAG relative luminance of an `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Focuses `selector` as a keyboard user would and checks the ring drawn on `ring` (the box PrimeVue
 * draws it on, by default the control itself): 3 px solid, at least 3:1 against the page.
 */
async function expectRing(page: Page, selector: string, ring = selector): Promise<void> {
  await page.keyboard.press('Shift');
  const control = page.locator(selector).first();
  await control.focus();
  const style = await page
    .locator(ring)
    .first()
    .evaluate((e) => {
      const { outlineWidth, outlineStyle, outlineColor } = getComputedStyle(e);
      const background = getComputedStyle(document.documentElement).backgroundColor;
      return { outlineWidth, outlineStyle, outlineColor, background };
    });
  const [light, dark] = [luminance(style.background), luminance(style.outlineColor)].sort(
    (a, b) => b - a,
  );
  expect
    .soft({ ...style, contrast: (light! + 0.05) / (dark! + 0.05) >= 3 }, selector)
    .toMatchObject({
      outlineWidth: '3px',
      outlineStyle: 'solid',
      contrast: true,
    });
}

describe('every page of every role, from a phone to a desktop', () => {
  const app = browserApp('layout');
  /** What the pages with an id in their address show, created once through the API. */
  const seed = {
    candidateId: '',
    traceId: '',
    periodId: '',
    submissionId: '',
    sessionId: '',
    shareUrl: '',
  };

  beforeAll(async () => {
    // Camille: traces (one tied to a PFMP period with her tutor), a submitted E1, a share link.
    const camille = await openSignedIn(app.browser, app.server.url, CANDIDATE);
    const asCamille = await apiAs(camille.page, app.server.url);
    seed.candidateId = (await asCamille<{ id: string }>('GET', '/auth/me')).id;
    const pfmp = await asCamille<{ tutors: { id: string }[] }>('GET', '/pfmp');
    seed.periodId = (
      await asCamille<{ id: string }>('POST', '/pfmp', {
        organisationName: 'Centre hospitalier de la vallée, direction des systèmes d’information',
        startsOn: '2026-11-02',
        endsOn: '2026-11-27',
        tutorId: pfmp.tutors[0]!.id,
      })
    ).id;
    const traces: string[] = [];
    for (const [title, competences] of [
      ['Inventaire du parc informatique du lycée', ['C1.1', 'C1.2']],
      ['Sauvegarde et restauration du serveur de fichiers', ['C2.1']],
      ['Assistance aux utilisateurs de l’ENT', ['C3.1']],
    ] as const) {
      const trace = await asCamille<{ id: string }>('POST', '/traces', {
        title,
        context: 'pfmp',
        occurredOn: '2026-11-20',
        competences,
        pfmpPeriodId: seed.periodId,
        reflection: 'J’ai appris à documenter chaque étape pour l’équipe suivante.',
      });
      traces.push(trace.id);
    }
    seed.traceId = traces[0]!;
    const dossier = await asCamille<{ version: number }>('GET', '/dossiers/E1');
    await asCamille('PUT', '/dossiers/E1', {
      version: dossier.version,
      items: traces.map((traceId) => ({ traceId, comment: 'Une situation représentative.' })),
      presentation: 'Mon année au service informatique.',
    });
    seed.submissionId = (
      await asCamille<{ id: string }>('POST', '/dossiers/E1/submissions', {
        acknowledgeIncomplete: true,
      })
    ).id;
    seed.shareUrl = (
      await asCamille<{ url: string }>('POST', `/submissions/${seed.submissionId}/shares`, {
        label: 'Commission E1',
      })
    ).url;
    await camille.context.close();

    // The admin opens an E1 session with the examiner and the teacher, Camille enrolled.
    const admin = await openSignedIn(app.browser, app.server.url, ADMIN);
    const asAdmin = await apiAs(admin.page, app.server.url);
    seed.sessionId = (
      await asAdmin<{ id: string }>('POST', '/exam-sessions', {
        exam: 'E1',
        mode: 'ccf',
        label: 'E1 — session de juin, lycée Jean-Moulin',
        oralStartsOn: day(40),
        oralEndsOn: day(41),
        submissionDeadline: `${day(30)}T18:00:00Z`,
        retentionUntil: day(120),
      })
    ).id;
    for (const email of [EXAMINER, TEACHER]) {
      const { items } = await asAdmin<{ items: { id: string }[] }>(
        'GET',
        `/users?q=${encodeURIComponent(email)}`,
      );
      await asAdmin('PUT', `/exam-sessions/${seed.sessionId}/members/${items[0]!.id}`);
    }
    await asAdmin('PUT', `/exam-sessions/${seed.sessionId}/candidates/${seed.candidateId}`);
    await admin.context.close();
  });

  /**
   * Opens each page as the person signed in on `page` and checks it is the page asked for (not
   * a redirect, nor the not-found page), axe-clean and without sideways scrolling at any width.
   */
  async function check(page: Page, role: string, paths: Record<string, string>): Promise<void> {
    for (const [name, path] of Object.entries(paths)) {
      const label = `${role}-${name}`;
      await open(page, app.server.url, path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await quiet(page);
      // Not sent elsewhere (sign-in, forbidden page) and not on the not-found page, unless asked.
      expect
        .soft(new URL(page.url()).pathname, label)
        .toMatch(new RegExp(`^${path.split('?')[0]}`));
      const notFound = page.getByRole('heading', { level: 1, name: 'Page introuvable' });
      expect.soft(await notFound.count(), label).toBe(name === 'notFound' ? 1 : 0);
      const violations = await pageProblems(page);
      if (violations.length) app.axe[label] = violations;
      expect.soft(violations, label).toEqual([]);
      await screenshots(page, label);
    }
  }

  /** The pages of a signed-in person, then `more` checks on the same page, the context closed. */
  async function checkAs(
    email: string,
    role: string,
    paths: Record<string, string>,
    more?: (page: Page) => Promise<void>,
  ) {
    const { context, page } = await openSignedIn(app.browser, app.server.url, email);
    trackRequests(page);
    await check(page, role, paths);
    await more?.(page);
    await context.close();
  }

  const candidate = () => `/candidats/${seed.candidateId}`;
  const session = () => `/sessions/${seed.sessionId}`;

  it('anonymous: référentiel, sign-in, passwords, invitation, share link, errors', async () => {
    const context = await app.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    trackRequests(page);
    await check(page, 'anonymous', {
      referential: '/referentiel',
      login: '/connexion',
      forgot: '/mot-de-passe/oubli',
      reset: '/mot-de-passe/nouveau?token=inconnu',
      invitation: '/invitation?token=inconnu',
      shared: new URL(seed.shareUrl).pathname + new URL(seed.shareUrl).search,
      sharedExpired: '/partage?token=inconnu',
      forbidden: '/acces-refuse',
      notFound: '/page-inexistante',
    });
    await context.close();
  });

  it('candidate (CCF): home, traces, coverage, dossiers, PFMP, submission, account', async () => {
    await checkAs(
      CANDIDATE,
      'candidate',
      {
        home: '/',
        traces: '/traces',
        traceNew: '/traces/nouvelle',
        trace: `/traces/${seed.traceId}`,
        coverage: '/couverture',
        dossierE1: '/dossiers/E1',
        dossierE2: '/dossiers/E2',
        dossierE3: '/dossiers/E3',
        pfmp: '/pfmp',
        submission: `/depots/${seed.submissionId}`,
        notifications: '/notifications',
        password: '/compte/mot-de-passe',
      },
      async (page) => {
        // Text fields, dates, selects and text areas show focus as clearly as buttons do.
        await open(page, app.server.url, '/traces');
        await page.getByRole('button', { name: 'Filtrer' }).waitFor();
        for (const field of [
          '#filter-competence',
          '#filter-from',
          '#filter-q',
          'button[type=submit]',
        ])
          await expectRing(page, field);
        await open(page, app.server.url, '/dossiers/E2');
        await page.locator('textarea').first().waitFor();
        await expectRing(page, 'textarea');

        // The same screens in English lay out and pass axe too; the référentiel's texts stay
        // French and say so.
        await page.getByRole('button', { name: 'English' }).click();
        await check(page, 'candidate-en', {
          traces: '/traces',
          coverage: '/couverture',
          dossierE1: '/dossiers/E1',
        });
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        await open(page, app.server.url, '/couverture');
        await page
          .getByRole('heading', { level: 1, name: 'Reference framework coverage' })
          .waitFor();
        // Waits for the table: the heading shows before the coverage is loaded.
        await page.locator('main th [lang="fr"]').first().waitFor();
      },
    );
  });

  it('candidate (ponctuel): home, traces, coverage, dossiers, PFMP', async () => {
    await checkAs(PONCTUEL, 'ponctuel', {
      home: '/',
      traces: '/traces',
      traceNew: '/traces/nouvelle',
      coverage: '/couverture',
      dossierE1: '/dossiers/E1',
      dossierE2: '/dossiers/E2',
      dossierE3: '/dossiers/E3',
      pfmp: '/pfmp',
    });
  });

  it('tutor: interns, the candidate, their traces, the bilan', async () => {
    await checkAs(TUTOR, 'tutor', {
      home: '/',
      interns: '/stagiaires',
      candidate: candidate(),
      traces: `${candidate()}/traces`,
      trace: `${candidate()}/traces/${seed.traceId}`,
      bilan: `/pfmp/${seed.periodId}/bilan`,
      notifications: '/notifications',
    });
  });

  it('teacher: dashboard, candidate, dossiers, users, sessions, review', async () => {
    await checkAs(
      TEACHER,
      'teacher',
      {
        home: '/',
        dashboard: '/suivi',
        candidate: candidate(),
        dossierE1: `${candidate()}/dossiers/E1`,
        traces: `${candidate()}/traces`,
        trace: `${candidate()}/traces/${seed.traceId}`,
        bilan: `/pfmp/${seed.periodId}/bilan`,
        submission: `/depots/${seed.submissionId}`,
        users: '/admin/utilisateurs',
        sessions: '/sessions',
        session: session(),
        review: `${session()}/candidats/${seed.candidateId}`,
        notifications: '/notifications',
      },
      async (page) => {
        // At 1366 px, the exams and the last activity are in view beside the candidate's name.
        await open(page, app.server.url, '/suivi');
        await page.getByRole('link', { name: 'Camille Martin' }).waitFor();
        await page.setViewportSize({ width: 1366, height: 900 });
        const region = await page.getByRole('region', { name: /Tableau de suivi/ }).boundingBox();
        for (const name of ['Personne candidate', 'E1', 'E2', 'E3', 'Dernière activité']) {
          const column = await page.getByRole('columnheader', { name, exact: true }).boundingBox();
          expect(column!.x + column!.width, name).toBeLessThanOrEqual(region!.x + region!.width);
        }
        // Its search field and its select show focus like a button does.
        await expectRing(page, '#dashboard-query');
        await expectRing(page, '#dashboard-attention', '.p-select');
        await expectRing(page, '.dashboard__tools a.p-button');
      },
    );
  });

  it('examiner: sessions, a session, a review', async () => {
    await checkAs(EXAMINER, 'examiner', {
      home: '/',
      sessions: '/sessions',
      session: session(),
      review: `${session()}/candidats/${seed.candidateId}`,
      notifications: '/notifications',
    });
  });

  it('admin: dashboard, candidate, users, cohorts, audit, sessions', async () => {
    await checkAs(ADMIN, 'admin', {
      home: '/',
      dashboard: '/suivi',
      candidate: candidate(),
      dossierE2: `${candidate()}/dossiers/E2`,
      users: '/admin/utilisateurs',
      cohorts: '/admin/cohortes',
      audit: '/admin/audit',
      sessions: '/sessions',
      session: session(),
      submission: `/depots/${seed.submissionId}`,
    });
  });
});
