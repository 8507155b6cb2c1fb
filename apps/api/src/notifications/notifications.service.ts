import { type ErrorParams, type NotificationReason, notificationText } from '@dossier-sno/i18n';
import type { ExamCode } from '@dossier-sno/referential';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { Establishment } from '../cohorts/establishment.entity.js';
import { publicUrl } from '../common/public-link.js';
import type { Environment } from '../config/environment.js';
import { Mailer } from '../mail/mailer.service.js';
import { RelationRules } from '../policy/relation-rules.js';
import { User } from '../users/user.entity.js';
import type { MarkReadDto, NotificationPageView, UserSettingsDto } from './notification.dto.js';
import { digestMail } from './digest-mail.js';
import { Notification, type NotificationKind, UserSettings } from './notification.entity.js';

export interface NotificationEvent {
  kind: NotificationKind;
  /** `trace`, `dossier` (subjectId = the exam), `submission`, `pfmp_period`, `exam_session`… */
  subjectType: string;
  subjectId: string;
  /** Who did what on which thing: the sentence's key and its names. Never a mark nor evaluation content. */
  reason: NotificationReason;
  params: ErrorParams;
  /** The candidate whose thing it is, when there is one. */
  candidateId?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often a replica looks for digests to send; the 24-hour rule is per person, in the table. */
const DIGEST_INTERVAL_MS = 60 * 60 * 1000;

@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationsService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly rules: RelationRules,
    private readonly mailer: Mailer,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  onApplicationBootstrap(): void {
    // A plain timer per replica: sendDigests locks per person, so replicas never send twice.
    this.timer = setInterval(() => {
      this.sendDigests(new Date()).catch((e: unknown) =>
        this.logger.error(`digest run failed: ${String(e)}`),
      );
    }, DIGEST_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Records one notification per recipient (duplicates and empty lists are fine), inside the
   * caller's transaction so it commits with the event it tells of.
   */
  async notify(
    manager: EntityManager,
    recipientIds: readonly string[],
    event: NotificationEvent,
  ): Promise<void> {
    const recipients = [...new Set(recipientIds)];
    if (!recipients.length) return;
    await manager.insert(
      Notification,
      recipients.map((recipientId) => ({
        recipientId,
        kind: event.kind,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        candidateId: event.candidateId ?? null,
        reason: event.reason,
        params: event.params,
        summary: notificationText('fr', event.reason, event.params),
      })),
    );
  }

  /** A dossier was submitted: the teachers of the candidate's cohort hear of it. */
  async dossierSubmitted(
    manager: EntityManager,
    candidate: Actor,
    exam: ExamCode,
    submissionId: string,
  ): Promise<void> {
    const teachers = (await this.rules.followersOf(manager, candidate.id))
      .filter((f) => f.relation === 'teacher')
      .map((f) => f.id);
    await this.notify(manager, teachers, {
      kind: 'submission',
      subjectType: 'submission',
      subjectId: submissionId,
      candidateId: candidate.id,
      reason: 'dossierSubmitted',
      params: { candidate: candidate.displayName, exam },
    });
  }

  async list(actor: Actor, page: number, pageSize: number): Promise<NotificationPageView> {
    const repo = this.db.getRepository(Notification);
    const [items, total] = await repo.findAndCount({
      where: { recipientId: actor.id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        subjectType: n.subjectType,
        subjectId: n.subjectId,
        candidateId: n.candidateId,
        reason: n.reason,
        params: n.params ?? {},
        summary: n.summary,
        createdAt: n.createdAt,
        readAt: n.readAt,
      })),
      total,
      unreadCount: await this.unreadCount(actor.id),
    };
  }

  /** Marks the caller's notifications read (others' ids are ignored, as if unknown). */
  async markRead(actor: Actor, dto: MarkReadDto): Promise<{ unreadCount: number }> {
    if (dto.all !== true && !dto.ids?.length)
      return { unreadCount: await this.unreadCount(actor.id) };
    await this.db.getRepository(Notification).update(
      {
        recipientId: actor.id,
        readAt: IsNull(),
        ...(dto.all === true ? {} : { id: In(dto.ids ?? []) }),
      },
      { readAt: () => 'now()' },
    );
    return { unreadCount: await this.unreadCount(actor.id) };
  }

  async settings(actor: Actor): Promise<UserSettingsDto> {
    const row = await this.db.getRepository(UserSettings).findOneBy({ userId: actor.id });
    return { emailDigest: row?.emailDigest ?? true };
  }

  async saveSettings(actor: Actor, dto: UserSettingsDto): Promise<UserSettingsDto> {
    await this.db
      .getRepository(UserSettings)
      .upsert({ userId: actor.id, emailDigest: dto.emailDigest }, ['userId']);
    return this.settings(actor);
  }

  /**
   * Sends each person at most one e-mail per 24 hours listing their unread notifications not yet
   * e-mailed; nothing to those who opted out or have nothing new. Each person is handled in a
   * transaction holding their settings row (FOR UPDATE SKIP LOCKED), so replicas running this at
   * the same time never send the same digest twice. Returns how many e-mails were sent.
   */
  async sendDigests(now: Date): Promise<number> {
    const due = (await this.db.query(
      `SELECT DISTINCT n.recipient_id AS id FROM notification n
         JOIN app_user u ON u.id = n.recipient_id
         LEFT JOIN user_settings s ON s.user_id = n.recipient_id
       WHERE n.read_at IS NULL AND n.emailed_at IS NULL AND u.active
         AND (s.user_id IS NULL OR (s.email_digest AND
              (s.last_digest_at IS NULL OR s.last_digest_at <= $1)))`,
      [new Date(now.getTime() - DAY_MS)],
    )) as { id: string }[];
    if (!due.length) return 0;
    // Rows to lock exist for everyone due; the defaults (digest on, never sent) are unchanged.
    await this.db.query(
      `INSERT INTO user_settings (user_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
      [due.map((d) => d.id)],
    );
    let sent = 0;
    for (const { id } of due) {
      try {
        if (await this.sendDigest(id, now)) sent++;
      } catch (e) {
        this.logger.error(`digest for ${id} failed: ${String(e)}`);
      }
    }
    return sent;
  }

  private async sendDigest(userId: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const locked: unknown[] = await manager.query(
        `SELECT 1 FROM user_settings WHERE user_id = $1 AND email_digest
           AND (last_digest_at IS NULL OR last_digest_at <= $2)
         FOR UPDATE SKIP LOCKED`,
        [userId, new Date(now.getTime() - DAY_MS)],
      );
      if (!locked.length) return false;
      const pending = await manager.find(Notification, {
        where: { recipientId: userId, readAt: IsNull(), emailedAt: IsNull() },
        order: { createdAt: 'ASC' },
      });
      if (!pending.length) return false;
      const user = await manager.findOneByOrFail(User, { id: userId });
      const establishment = await manager.findOneByOrFail(Establishment, {
        id: user.establishmentId,
      });
      // Sent before the commit: if the commit failed, the next run would send again, never lose.
      await this.mailer.send(
        digestMail(user, establishment.name, pending, publicUrl(this.config, '/notifications')),
      );
      await manager.update(Notification, { id: In(pending.map((n) => n.id)) }, { emailedAt: now });
      await manager.update(UserSettings, { userId }, { lastDigestAt: now });
      return true;
    });
  }

  private unreadCount(userId: string): Promise<number> {
    return this.db.getRepository(Notification).countBy({ recipientId: userId, readAt: IsNull() });
  }
}
