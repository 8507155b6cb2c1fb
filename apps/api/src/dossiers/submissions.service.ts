import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { outageOf } from '../common/outage.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { ObjectStorage, type ObjectStream } from '../storage/object-storage.service.js';
import type { SharedSubmissionView, SubmissionView } from './dossier.dto.js';
import type { Manifest } from './dossiers.service.js';
import { Submission, SubmissionFile } from './submission.entity.js';
import { submissionZip } from './submission-export.js';
import { DRAWN_IMAGES, type SubmissionPeople } from './submission-content.js';
import { submissionPdf } from './submission-pdf.js';
import { User } from '../users/user.entity.js';

const IMAGE_BYTES = 10 * 1024 * 1024;
const IMAGES_BYTES = 60 * 1024 * 1024;
import type { ZipArchive } from 'archiver';
import { DomainError } from '../common/domain-error.js';

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
    await this.policy.requireAccess(actor, Permission.SubmissionRead, [submissionId]);
    const submission = await this.db
      .getRepository(Submission)
      .findOneByOrFail({ id: submissionId });
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

  /** The frozen dossier with its candidate's name: a jury opening a share link has no other way to know it. */
  async sharedView(submission: Submission): Promise<SharedSubmissionView> {
    const owner = await this.db.getRepository(User).findOneByOrFail({ id: submission.candidateId });
    return { ...this.view(submission), candidateName: owner.displayName };
  }

  async file(submission: Submission, fileId: string): Promise<SubmissionFile> {
    const file = await this.db
      .getRepository(SubmissionFile)
      .findOneBy({ submissionId: submission.id, id: fileId });
    if (!file) throw new DomainError('NOT_FOUND');
    return file;
  }

  /** The streamed ZIP export (manifest.json, index.html, files). */
  async zip(submission: Submission): Promise<ZipArchive> {
    const files = await this.db
      .getRepository(SubmissionFile)
      .find({ where: { submissionId: submission.id }, order: { path: 'ASC' } });
    return submissionZip(
      submission.manifest,
      submission.manifestSha256,
      await this.people(submission),
      files,
      (f) => this.open(f, undefined),
    );
  }

  /** The PDF summary (traces, competences, reflections, PFMP weeks, the images drawn). */
  async pdf(submission: Submission): Promise<PDFKit.PDFDocument> {
    return submissionPdf(
      JSON.parse(submission.manifest) as Manifest,
      submission.manifestSha256,
      await this.people(submission),
      await this.images(submission),
    );
  }

  /** The candidate's name and establishment, which the manifest holds as ids only. */
  private async people(submission: Submission): Promise<SubmissionPeople> {
    const [row] = (await this.db.query(
      `SELECT u.display_name AS name, e.name AS establishment FROM app_user u
       LEFT JOIN establishment e ON e.id = u.establishment_id WHERE u.id = $1`,
      [submission.candidateId],
    )) as { name: string; establishment: string | null }[];
    if (!row) throw new DomainError('NOT_FOUND');
    return { candidateName: row.name, establishmentName: row.establishment };
  }

  /**
   * The PNG and JPEG files of a submission, read whole to be drawn in its PDF: each at most
   * IMAGE_BYTES and all together at most IMAGES_BYTES, so one dossier of photos cannot fill the
   * memory; the others are only listed.
   */
  private async images(submission: Submission): Promise<Map<string, Buffer>> {
    const files = await this.db
      .getRepository(SubmissionFile)
      .find({ where: { submissionId: submission.id }, order: { path: 'ASC' } });
    const images = new Map<string, Buffer>();
    let total = 0;
    for (const file of files) {
      if (!DRAWN_IMAGES.has(file.mediaType) || file.size > IMAGE_BYTES) continue;
      if (total + file.size > IMAGES_BYTES) break;
      const { body } = await this.open(file, undefined);
      const chunks: Buffer[] = [];
      for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(chunk);
      images.set(file.path, Buffer.concat(chunks));
      total += file.size;
    }
    return images;
  }

  /**
   * Whether a submission is whole: its manifest hashes to the recorded sha256, and every file the
   * manifest lists has its row and an object whose bytes hash to the manifest's sha256. Used after
   * a crash or a restore; an empty list means it verifies.
   */
  async verify(submission: Submission): Promise<string[]> {
    const problems: string[] = [];
    const hash = createHash('sha256').update(submission.manifest).digest('hex');
    if (hash !== submission.manifestSha256) problems.push('manifest sha256 differs');
    const { files } = JSON.parse(submission.manifest) as Manifest;
    const rows = await this.db
      .getRepository(SubmissionFile)
      .findBy({ submissionId: submission.id });
    if (rows.length !== files.length) {
      problems.push(`${files.length} files in the manifest, ${rows.length} rows`);
    }
    for (const expected of files) {
      const row = rows.find((r) => r.path === expected.path);
      if (!row) {
        problems.push(`${expected.path}: no row`);
        continue;
      }
      try {
        const { body } = await this.open(row, undefined);
        const content = createHash('sha256');
        let size = 0;
        for await (const chunk of body as AsyncIterable<Buffer>) {
          content.update(chunk);
          size += chunk.length;
        }
        const sha256 = content.digest('hex');
        if (size !== expected.size || sha256 !== expected.sha256) {
          problems.push(`${expected.path}: content differs from the manifest`);
        }
      } catch (error) {
        if (outageOf(error)) throw error;
        problems.push(`${expected.path}: no object ${row.storageKey}`);
      }
    }
    return problems;
  }

  /** Verifies every submission: how many there are, and the problems of those that do not verify. */
  async verifyAll(): Promise<{ submissions: number; problems: Record<string, string[]> }> {
    const all = await this.db.getRepository(Submission).find({ order: { submittedAt: 'ASC' } });
    const problems: Record<string, string[]> = {};
    for (const submission of all) {
      const found = await this.verify(submission);
      if (found.length) problems[submission.id] = found;
    }
    return { submissions: all.length, problems };
  }

  open(file: SubmissionFile, range: string | undefined): Promise<ObjectStream> {
    return this.storage.get(file.storageKey, range);
  }
}
