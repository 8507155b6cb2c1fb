import { CreateMultipartUploadCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { DataSource } from 'typeorm';
import { createS3Client } from '../src/storage/s3-client.js';
import { ObjectStorage } from '../src/storage/object-storage.service.js';
import { ORPHAN_GRACE_MS, OrphanSweeper } from '../src/storage/orphan-sweeper.service.js';
import { makePng } from './support/fixtures.js';
import { startTestPlatform, type TestPlatform } from './support/test-platform.js';
import { buildWorld, signIn, type World } from './support/world.js';

describe('orphan sweeper (bucket and database kept in step)', () => {
  let platform: TestPlatform;
  let world: World;
  let storage: ObjectStorage;
  let sweeper: OrphanSweeper;
  const later = () => new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);

  beforeAll(async () => {
    platform = await startTestPlatform();
    world = await buildWorld(platform);
    storage = platform.app.get(ObjectStorage);
    sweeper = platform.app.get(OrphanSweeper);
  });
  afterAll(async () => {
    await platform.close();
  });

  const upload = async () => {
    const candidate = await signIn(platform, world.people.candidate.email);
    const trace = await candidate.agent
      .post('/api/traces')
      .set('X-CSRF-Token', candidate.csrf)
      .send({ title: 'Preuve', context: 'centre', occurredOn: '2026-11-02', competences: ['C3.1'] })
      .expect(201);
    const file = await candidate.agent
      .post(`/api/traces/${trace.body.id}/files`)
      .set('X-CSRF-Token', candidate.csrf)
      .attach('file', makePng(8), 'preuve.png')
      .expect(201);
    const rows = (await platform.app
      .get(DataSource)
      .query(`SELECT storage_key AS key FROM trace_file WHERE id = $1`, [file.body.id])) as {
      key: string;
    }[];
    return { id: file.body.id as string, key: rows[0]!.key };
  };

  it('removes an object no row names once it is older than the grace period, and audits it', async () => {
    await storage.put('traces/orphan-after-a-crash', Buffer.from('lost bytes'));
    const kept = await upload();

    const early = await sweeper.sweep(new Date());
    expect(early.removed).not.toContain('traces/orphan-after-a-crash');
    expect(await storage.stat('traces/orphan-after-a-crash')).not.toBeNull();

    const report = await sweeper.sweep(later());
    expect(report.removed).toContain('traces/orphan-after-a-crash');
    expect(await storage.stat('traces/orphan-after-a-crash')).toBeNull();
    // An object a row names is never touched, however old.
    expect(report.removed).not.toContain(kept.key);
    expect(await storage.stat(kept.key)).not.toBeNull();
    const events: unknown[] = await platform.app
      .get(DataSource)
      .query(
        `SELECT 1 FROM audit_event WHERE action = 'storage.orphan_removed' AND subject_id = $1`,
        ['traces/orphan-after-a-crash'],
      );
    expect(events).toHaveLength(1);
  });

  it('reports a row whose object is gone, and keeps the row', async () => {
    const lost = await upload();
    await storage.delete(lost.key);

    const report = await sweeper.sweep(later());
    expect(report.missing).toContainEqual({ key: lost.key, source: 'trace_file' });
    const rows: unknown[] = await platform.app
      .get(DataSource)
      .query(`SELECT 1 FROM trace_file WHERE id = $1`, [lost.id]);
    expect(rows).toHaveLength(1);
    const events: unknown[] = await platform.app
      .get(DataSource)
      .query(
        `SELECT 1 FROM audit_event WHERE action = 'storage.object_missing' AND subject_id = $1`,
        [lost.key],
      );
    expect(events.length).toBeGreaterThanOrEqual(1);
  });

  it('aborts a multipart upload never completed once it is older than the grace period, and audits it', async () => {
    const key = 'traces/upload-of-a-crashed-replica';
    const client = createS3Client(platform.endpoints.s3);
    try {
      const { UploadId } = await client.send(
        new CreateMultipartUploadCommand({ Bucket: storage.bucket, Key: key }),
      );
      await client.send(
        new UploadPartCommand({
          Bucket: storage.bucket,
          Key: key,
          UploadId,
          PartNumber: 1,
          Body: Buffer.alloc(1024, 1),
        }),
      );
      const early = await sweeper.sweep(new Date());
      expect(early.abortedUploads).toEqual([]);
      expect(await storage.openUploads(key)).toHaveLength(1);

      const report = await sweeper.sweep(later());
      expect(report.abortedUploads).toEqual([{ key, uploadId: UploadId }]);
      expect(await storage.openUploads()).toEqual([]);
      const events: { details: { uploadId: string } }[] = await platform.app
        .get(DataSource)
        .query(
          `SELECT details FROM audit_event WHERE action = 'storage.upload_aborted' AND subject_id = $1`,
          [key],
        );
      expect(events.map((e) => e.details.uploadId)).toEqual([UploadId]);
    } finally {
      client.destroy();
    }
  });
});
