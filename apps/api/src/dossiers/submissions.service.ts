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
import { submissionPdf } from './submission-pdf.js';
import { User } from '../users/user.entity.js';
import type { ZipArchive } from 'archiver';

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly storage: ObjectStorage,
    private readonly audit: AuditLog,
  ) {}

  /**
   * A submission `actor` may read; reads by anyone but the candidate are audited. With `lookup`,
   * what is asked of it (a file) is found first and returned: a 404 there audits no read.
   */
  async visible(actor: Actor, submissionId: string, what: string, ip?: string): Promise<Submission>;
  async visible<T>(
    actor: Actor,
    submissionId: string,
    what: string,
    ip: string | undefined,
    lookup: (submission: Submission) => Promise<T>,
  ): Promise<T>;
  async visible<T>(
    actor: Actor,
    submissionId: string,
    what: string,
    ip?: string,
    lookup?: (submission: Submission) => Promise<T>,
  ): Promise<T | Submission> {
    const submission = await this.policy.visibleSubmission(actor, submissionId);
    const result = lookup ? await lookup(submission) : submission;
    await this.audit.recordRead(
      actor,
      submission.candidateId,
      `submission ${submission.id} ${what}`,
      ip,
    );
    return result;
  }

  /** The frozen dossier, exactly as its manifest recorded it. */
  view(submission: Submission): SubmissionView {
    const { format, files, submittedAt, ...view } = JSON.parse(submission.manifest) as Manifest;
    return {
      ...view,
      submittedAt: submission.submittedAt,
      manifestSha256: submission.manifestSha256,
    };
  }

  async file(submission: Submission, fileId: string): Promise<SubmissionFile> {
    const file = await this.db
      .getRepository(SubmissionFile)
      .findOneBy({ submissionId: submission.id, id: fileId });
    if (!file) throw new NotFoundException('Introuvable. / Not found.');
    return file;
  }

  /** The streamed ZIP export (manifest.json, index.html, files). */
  async zip(submission: Submission): Promise<ZipArchive> {
    const files = await this.db
      .getRepository(SubmissionFile)
      .find({ where: { submissionId: submission.id }, order: { path: 'ASC' } });
    return submissionZip(submission.manifest, files, (f) => this.open(f, undefined));
  }

  /** The PDF summary (traces, competences, reflections, PFMP weeks). */
  async pdf(submission: Submission): Promise<PDFKit.PDFDocument> {
    const owner = await this.db.getRepository(User).findOneByOrFail({ id: submission.candidateId });
    return submissionPdf(
      JSON.parse(submission.manifest) as Manifest,
      submission.manifestSha256,
      owner.displayName,
    );
  }

  open(file: SubmissionFile, range: string | undefined): Promise<ObjectStream> {
    return this.storage.get(file.storageKey, range);
  }
}
