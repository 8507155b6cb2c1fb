import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { ObjectStorage, type ObjectStream } from '../storage/object-storage.service.js';
import { Trace } from '../traces/trace.entity.js';
import { fileNameFor } from './file-names.js';
import type { StoredUpload } from './s3-storage-engine.js';
import { TraceFile } from './trace-file.entity.js';

export interface FileDownload {
  file: TraceFile;
  stream: ObjectStream;
}

@Injectable()
export class TraceFilesService {
  private readonly logger = new Logger(TraceFilesService.name);

  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditLog,
  ) {}

  /** Records a file the engine has stored; if that fails, the object goes too (nothing is left behind). */
  async attach(
    actor: Actor,
    traceId: string,
    stored: StoredUpload,
    originalName: string,
  ): Promise<TraceFile> {
    try {
      await this.policy.requireAccess(actor, Permission.TraceUpdate, [traceId]);
      return await this.db.transaction(async (manager) => {
        const file = await manager.getRepository(TraceFile).save(
          manager.getRepository(TraceFile).create({
            traceId,
            storageKey: stored.storageKey,
            name: fileNameFor(originalName, stored.mediaType),
            size: stored.size,
            mediaType: stored.mediaType,
            sha256: stored.sha256,
          }),
        );
        await this.refreshFileNames(manager, traceId);
        return file;
      });
    } catch (error) {
      await this.storage
        .delete(stored.storageKey)
        .catch((e: unknown) =>
          this.logger.error(`orphan object ${stored.storageKey} left: ${String(e)}`),
        );
      throw error;
    }
  }

  async download(
    actor: Actor,
    fileId: string,
    range: string | undefined,
    ip?: string,
  ): Promise<FileDownload> {
    const file = await this.visible(actor, fileId);
    const trace = await this.db.getRepository(Trace).findOneByOrFail({ id: file.traceId });
    await this.audit.recordRead(actor, trace.ownerId, `file ${file.id}`, ip);
    return { file, stream: await this.storage.get(file.storageKey, range) };
  }

  async visible(actor: Actor, fileId: string): Promise<TraceFile> {
    await this.policy.requireAccess(actor, Permission.FileRead, [fileId]);
    return this.db.getRepository(TraceFile).findOneByOrFail({ id: fileId });
  }

  async rename(actor: Actor, fileId: string, name: string): Promise<TraceFile> {
    const file = await this.owned(actor, fileId);
    return this.db.transaction(async (manager) => {
      await manager.update(TraceFile, { id: file.id }, { name: fileNameFor(name, file.mediaType) });
      await this.refreshFileNames(manager, file.traceId);
      return manager.findOneByOrFail(TraceFile, { id: file.id });
    });
  }

  async remove(actor: Actor, fileId: string): Promise<void> {
    const file = await this.owned(actor, fileId);
    await this.db.transaction(async (manager) => {
      await manager.delete(TraceFile, { id: file.id });
      await this.refreshFileNames(manager, file.traceId);
    });
    await this.deleteObjects([file.storageKey]);
  }

  private async owned(actor: Actor, fileId: string): Promise<TraceFile> {
    await this.policy.requireAccess(actor, Permission.FileUpdate, [fileId]);
    return this.db.getRepository(TraceFile).findOneByOrFail({ id: fileId });
  }

  /** Deletes a trace with its files: rows first (one transaction), then the objects. */
  async removeAllOf(traceId: string): Promise<void> {
    const keys = await this.db.transaction(async (manager) => {
      const files = await manager.findBy(TraceFile, { traceId });
      await manager.delete(Trace, { id: traceId });
      return files.map((f) => f.storageKey);
    });
    await this.deleteObjects(keys);
  }

  /** Deletes objects no submission references (a submitted file outlives its trace). */
  private async deleteObjects(keys: string[]): Promise<void> {
    const kept = (await this.db.query(
      `SELECT DISTINCT storage_key FROM submission_file WHERE storage_key = ANY($1)`,
      [keys],
    )) as { storage_key: string }[];
    for (const key of keys.filter((k) => !kept.some((r) => r.storage_key === k))) {
      // The row is gone; an object that cannot be deleted now is an orphan for the sweeper to find.
      await this.storage
        .delete(key)
        .catch((e: unknown) => this.logger.error(`orphan object ${key}: ${String(e)}`));
    }
  }

  /** Keeps the trace's searchable list of file names in step with its files. */
  private async refreshFileNames(manager: EntityManager, traceId: string): Promise<void> {
    await manager.query(
      // Separators become spaces so that "maquette" finds "maquette-accueil_v2.png".
      `UPDATE trace SET file_names = coalesce((
         SELECT string_agg(regexp_replace(name, '[-_.]+', ' ', 'g'), ' ' ORDER BY created_at)
         FROM trace_file WHERE trace_id = $1), '') WHERE id = $1`,
      [traceId],
    );
  }
}
