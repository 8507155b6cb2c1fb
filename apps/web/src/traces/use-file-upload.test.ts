import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import type { FileView } from '../api/types';
import { useSessionStore } from '../stores/session';
import { FakeXhr } from '../test/fake-xhr';
import { appPlugins } from '../test/support';
import { useFileUpload } from './use-file-upload';

const stored: FileView = {
  id: 'f1',
  name: 'photo.png',
  size: 1000,
  mediaType: 'image/png',
  sha256: 'abc',
  createdAt: '2026-11-20T08:00:00.000Z',
};

function setup() {
  FakeXhr.all = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const { plugins } = appPlugins('fr');
  useSessionStore().csrfToken = 'token-1';
  const uploaded: FileView[] = [];
  let upload!: ReturnType<typeof useFileUpload>;
  const wrapper = mount(
    defineComponent({
      setup() {
        upload = useFileUpload(
          () => 'trace-1',
          (file) => uploaded.push(file),
        );
        return () => null;
      },
    }),
    { global: { plugins } },
  );
  return { upload, uploaded, wrapper };
}

const file = (name: string, size = 1000) => new File(['x'.repeat(size)], name);

describe('useFileUpload', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uploads several files in parallel, progress per file, with the CSRF token', async () => {
    const { upload, uploaded } = setup();
    const done = upload.upload([file('photo.png'), file('notes.vtt', 500)]);
    expect(FakeXhr.all).toHaveLength(2);
    const [first, second] = FakeXhr.all as [FakeXhr, FakeXhr];
    expect(first.method).toBe('POST');
    expect(first.url).toBe('/api/traces/trace-1/files');
    expect(first.headers['X-CSRF-Token']).toBe('token-1');
    expect((first.body!.get('file') as File).name).toBe('photo.png');

    first.progress(250, 1000);
    second.progress(400, 500);
    expect(upload.items.value.map((i) => i.percent)).toEqual([25, 80]);
    expect(upload.items.value.every((i) => i.status === 'uploading')).toBe(true);

    first.respond(201, stored);
    second.respond(201, { ...stored, id: 'f2', name: 'notes.vtt' });
    await done;
    expect(upload.items.value.map((i) => [i.status, i.percent])).toEqual([
      ['done', 100],
      ['done', 100],
    ]);
    expect(uploaded.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('maps 415 to the sentence of its code naming the type, and 413 to a French message', async () => {
    const { upload } = setup();
    const done = upload.upload([file('virus.exe'), file('huge.mp4')]);
    const [first, second] = FakeXhr.all as [FakeXhr, FakeXhr];
    first.respond(415, {
      statusCode: 415,
      error: 'Unsupported Media Type',
      code: 'FILE_TYPE_REFUSED',
      params: { mediaType: 'application/x-msdownload' },
      message: 'Type de fichier refusé : application/x-msdownload.',
    });
    second.respond(413, { statusCode: 413, message: 'Payload Too Large' });
    await done;
    const [refused, large] = upload.items.value;
    expect(refused!.status).toBe('failed');
    expect(refused!.error).toMatch(
      /^Type de fichier refusé : application\/x-msdownload\. Formats acceptés/,
    );
    expect(large!.error).toMatch(/^Fichier trop volumineux/);
  });

  it('cancels one upload with abort, then retries it', async () => {
    const { upload } = setup();
    void upload.upload([file('a.png'), file('b.png')]);
    const key = upload.items.value[0]!.key;
    FakeXhr.all[0]!.progress(100, 1000);
    upload.cancel(key);
    expect(upload.items.value[0]!.status).toBe('cancelled');
    expect(upload.items.value[1]!.status).toBe('uploading');

    const retried = upload.retry(key);
    expect(FakeXhr.all).toHaveLength(3);
    expect(upload.items.value[0]!.status).toBe('uploading');
    expect(upload.items.value[0]!.percent).toBe(0);
    FakeXhr.all[2]!.respond(201, stored);
    await retried;
    expect(upload.items.value[0]!.status).toBe('done');
  });

  it('sends a batch one file at a time when asked, skipping one cancelled while it waits', async () => {
    const { upload } = setup();
    const done = upload.upload([file('a.png'), file('b.png'), file('c.png')], { oneAtATime: true });
    expect(FakeXhr.all).toHaveLength(1);
    expect(upload.items.value.map((i) => i.status)).toEqual(['uploading', 'waiting', 'waiting']);
    upload.cancel(upload.items.value[2]!.key);
    FakeXhr.all[0]!.respond(201, stored);
    await Promise.resolve();
    await Promise.resolve();
    expect(FakeXhr.all).toHaveLength(2);
    expect((FakeXhr.all[1]!.body!.get('file') as File).name).toBe('b.png');
    FakeXhr.all[1]!.respond(415, { statusCode: 415, message: 'Type refusé' });
    const items = await done;
    expect(FakeXhr.all).toHaveLength(2);
    expect(items.map((i) => [i.file.name, i.status, i.error])).toEqual([
      ['a.png', 'done', null],
      ['b.png', 'failed', 'Type refusé'],
      ['c.png', 'cancelled', null],
    ]);
  });
});
