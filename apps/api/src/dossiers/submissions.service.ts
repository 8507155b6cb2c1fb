import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { ObjectStorage, type ObjectStream } from '../storage/object-storage.service.js';
import type { SubmissionView } from './dossier.dto.js';
import type { Manifest } from './dossiers.service.js';
import { Submission, SubmissionFile } from './submission.entity.js';
import { submissionZip } from './submission-export.js';
import type { ZipArchive } from 'archiver';

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditLog,
  ) {}

  /** The frozen dossier, exactly as its manifest recorded it. */
  async get(actor: Actor, submissionId: string, ip?: string): Promise<SubmissionView> {
    const submission = await this.policy.visibleSubmission(actor, submissionId);
    await this.audit.recordRead(actor, submission.candidateId, `submission ${submission.id}`, ip);
    const manifest = JSON.parse(submission.manifest) as Manifest;
    const { format, files, submittedAt, ...view } = manifest;
    return {
      ...view,
      submittedAt: submission.submittedAt,
      manifestSha256: submission.manifestSha256,
    };
  }

  async file(actor: Actor, submissionId: string, fileId: string): Promise<SubmissionFile> {
    await this.policy.visibleSubmission(actor, submissionId);
    const file = await this.db
      .getRepository(SubmissionFile)
      .findOneBy({ submissionId, id: fileId });
    if (!file) throw new NotFoundException('Introuvable. / Not found.');
    return file;
  }

  /** The streamed ZIP export (manifest.json, index.html, files). */
  async zip(
    actor: Actor,
    submissionId: string,
    ip?: string,
  ): Promise<{ archive: ZipArchive; submission: Submission }> {
    const submission = await this.policy.visibleSubmission(actor, submissionId);
    await this.audit.recordRead(
      actor,
      submission.candidateId,
      `submission ${submission.id} export`,
      ip,
    );
    const files = await this.db
      .getRepository(SubmissionFile)
      .find({ where: { submissionId }, order: { path: 'ASC' } });
    return {
      archive: submissionZip(submission.manifest, files, (f) => this.open(f, undefined)),
      submission,
    };
  }

  open(file: SubmissionFile, range: string | undefined): Promise<ObjectStream> {
    return this.storage.get(file.storageKey, range);
  }
}
