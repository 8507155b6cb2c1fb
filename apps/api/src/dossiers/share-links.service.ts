import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { publicLink } from '../common/public-link.js';
import type { Environment } from '../config/environment.js';
import { AccessPolicy } from '../policy/access-policy.js';
import { Permission } from '../policy/permission.js';
import { User } from '../users/user.entity.js';
import type { CreateShareLinkDto, ShareLinkCreatedView, ShareLinkView } from './dossier.dto.js';
import { ShareLink } from './share-link.entity.js';
import { Submission } from './submission.entity.js';
import { DomainError } from '../common/domain-error.js';

const DAY_MS = 86_400_000;
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Read-only links to one submission for jury members without an account; every opening is audited. */
@Injectable()
export class ShareLinksService {
  constructor(
    private readonly db: DataSource,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditLog,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  async create(
    actor: Actor,
    submissionId: string,
    dto: CreateShareLinkDto,
  ): Promise<ShareLinkCreatedView> {
    await this.policy.requireAccess(actor, Permission.SubmissionShare, [submissionId]);
    const token = randomBytes(32).toString('base64url');
    const repo = this.db.getRepository(ShareLink);
    const link = await repo.save(
      repo.create({
        submissionId,
        tokenHash: sha256(token),
        label: dto.label ?? '',
        createdBy: actor.id,
        expiresAt: new Date(Date.now() + (dto.expiresInDays ?? 30) * DAY_MS),
        revokedAt: null,
      }),
    );
    await this.audit.record({
      action: 'share.created',
      actor,
      subjectType: 'submission',
      subjectId: submissionId,
      details: { shareId: link.id },
    });
    return { ...view(link), token, url: publicLink(this.config, '/partage', token) };
  }

  async list(actor: Actor, submissionId: string): Promise<ShareLinkView[]> {
    await this.policy.requireAccess(actor, Permission.SubmissionFollow, [submissionId]);
    const links = await this.db
      .getRepository(ShareLink)
      .find({ where: { submissionId }, order: { createdAt: 'DESC' } });
    return links.map(view);
  }

  async revoke(actor: Actor, shareId: string): Promise<void> {
    const link = await this.db.getRepository(ShareLink).findOneBy({ id: shareId });
    if (!link) throw new DomainError('NOT_FOUND');
    await this.policy.requireAccess(actor, Permission.SubmissionShare, [link.submissionId]);
    await this.db.getRepository(ShareLink).update({ id: link.id }, { revokedAt: new Date() });
    await this.audit.record({
      action: 'share.revoked',
      actor,
      subjectType: 'submission',
      subjectId: link.submissionId,
      details: { shareId: link.id },
    });
  }

  /**
   * The submission behind a valid link; records who opened what (the link, the address). With
   * `lookup`, what is asked of the submission (a file) is found first and returned: a 404 there
   * records no opening.
   */
  async open(token: string, what: string, ip?: string): Promise<Submission>;
  async open<T>(
    token: string,
    what: string,
    ip: string | undefined,
    lookup: (submission: Submission) => Promise<T>,
  ): Promise<T>;
  async open<T>(
    token: string,
    what: string,
    ip?: string,
    lookup?: (submission: Submission) => Promise<T>,
  ): Promise<T | Submission> {
    const link = await this.db
      .getRepository(ShareLink)
      .createQueryBuilder('l')
      .where('l.token_hash = :hash AND l.revoked_at IS NULL AND l.expires_at > now()', {
        hash: sha256(token),
      })
      .getOne();
    if (!link) throw new DomainError('SHARE_LINK_INVALID');
    const submission = await this.db
      .getRepository(Submission)
      .findOneByOrFail({ id: link.submissionId });
    const owner = await this.db.getRepository(User).findOneByOrFail({ id: submission.candidateId });
    const result = lookup ? await lookup(submission) : submission;
    await this.audit.record({
      action: 'share.opened',
      establishmentId: owner.establishmentId,
      subjectType: 'submission',
      subjectId: submission.id,
      details: { shareId: link.id, what },
      ip,
    });
    return result;
  }
}

function view(link: ShareLink): ShareLinkView {
  return {
    id: link.id,
    label: link.label,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
  };
}
