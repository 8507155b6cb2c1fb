import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureCounts, referentialFixture } from '../test/referential-fixture';
import { deferred, jsonResponse, stubFetch } from '../test/support';
import { useReferentialStore } from './referential';

describe('referential store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('fetches GET /api/referential through the client, same origin, with credentials', async () => {
    const fetch = stubFetch(() => jsonResponse(referentialFixture()));
    const store = useReferentialStore();
    expect(store.status).toBe('idle');

    await store.load();

    expect(fetch).toHaveBeenCalledTimes(1);
    const request = fetch.mock.calls[0]![0];
    expect(request.method).toBe('GET');
    expect(new URL(request.url).pathname).toBe('/api/referential');
    expect(new URL(request.url).origin).toBe(window.location.origin);
    expect(request.credentials).toBe('include');
    expect(store.status).toBe('ready');
    expect(store.error).toBeNull();
    expect(store.referential?.version).toBe(referentialFixture().version);
    expect(store.competences).toHaveLength(fixtureCounts.competences);
    expect(store.detailedCompetences).toHaveLength(fixtureCounts.detailed);
  });

  it('loads once: later and concurrent calls reuse the same data', async () => {
    const response = deferred<Response>();
    const fetch = stubFetch(() => response.promise);
    const store = useReferentialStore();

    const first = store.load();
    const second = store.load();
    expect(store.status).toBe('loading');
    response.resolve(jsonResponse(referentialFixture()));
    await Promise.all([first, second]);
    await store.load();

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.status).toBe('ready');
  });

  it('reports an HTTP error with its status, and loads again on retry', async () => {
    let fail = true;
    const fetch = stubFetch(() =>
      fail ? jsonResponse({ message: 'boom' }, 500) : jsonResponse(referentialFixture()),
    );
    const store = useReferentialStore();

    await store.load();
    expect(store.status).toBe('error');
    expect(store.error).toEqual({ kind: 'http', status: 500 });
    expect(store.referential).toBeNull();

    fail = false;
    await store.load();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.status).toBe('ready');
    expect(store.error).toBeNull();
  });

  it('reports a server that does not answer', async () => {
    stubFetch(() => Promise.reject(new TypeError('fetch failed')));
    const store = useReferentialStore();

    await store.load();

    expect(store.status).toBe('error');
    expect(store.error).toEqual({ kind: 'network' });
  });
});
