import { auditActionLabel } from '@dossier-sno/exam-rules';
import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { spreadsheetCsv } from '../common/csv.js';
import { csvDateTime } from '../common/export-text.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventView, AuditPageView, AuditQueryDto } from './audit.dto.js';

/** The most rows one CSV export holds: narrow the filters for more. */
const EXPORT_LIMIT = 10_000;

/**
 * Reading the audit log of an establishment (writing is `AuditLog`): newest first, filtered by
 * person, kind and days, with names instead of ids, as a page or as CSV.
 */
@Injectable()
export class AuditJournal {
  constructor(private readonly db: DataSource) {}

  async page(establishmentId: string, query: AuditQueryDto): Promise<AuditPageView> {
    const qb = this.filtered(establishmentId, query);
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getRawMany<Row>(),
      qb.getCount(),
    ]);
    return { items: rows.map(view), total };
  }

  async csv(establishmentId: string, query: AuditQueryDto): Promise<string> {
    const rows = await this.filtered(establishmentId, query).limit(EXPORT_LIMIT).getRawMany<Row>();
    return spreadsheetCsv([
      ['Date (heure de Paris)', 'Action', 'Code', 'Personne', 'Concerne', 'Adresse IP'],
      ...rows
        .map(view)
        .map((e) => [
          csvDateTime(e.at, { seconds: true }),
          e.label,
          e.action,
          e.actorName ?? '',
          subjectText(e),
          e.ip ?? '',
        ]),
    ]);
  }

  private filtered(establishmentId: string, q: AuditQueryDto): SelectQueryBuilder<AuditEvent> {
    const qb = this.db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .leftJoin('app_user', 'actor', 'actor.id = e.actor_id')
      .leftJoin('app_user', 'su', `e.subject_type = 'user' AND su.id::text = e.subject_id`)
      .leftJoin('cohort', 'sc', `e.subject_type = 'cohort' AND sc.id::text = e.subject_id`)
      .leftJoin(
        'exam_session',
        'ss',
        `e.subject_type = 'exam_session' AND ss.id::text = e.subject_id`,
      )
      .select([
        'e.id AS id',
        'e.at AS at',
        'e.actor_id AS actor_id',
        'e.action AS action',
        'e.subject_type AS subject_type',
        'e.subject_id AS subject_id',
        'e.details AS details',
        'e.ip AS ip',
        'actor.display_name AS actor_name',
        'coalesce(su.display_name, sc.name, ss.label) AS subject_name',
      ])
      .where('e.establishment_id = :establishmentId', { establishmentId })
      .orderBy('e.id', 'DESC');
    if (q.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: q.actorId });
    if (q.kind) qb.andWhere('e.action LIKE :kind', { kind: `${q.kind}.%` });
    if (q.from) qb.andWhere(`e.at >= (:from)::date`, { from: q.from });
    if (q.to) qb.andWhere(`e.at < (:to)::date + 1`, { to: q.to });
    return qb;
  }
}

interface Row {
  id: string;
  at: Date;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  actor_name: string | null;
  subject_name: string | null;
}

/** What a subject without a name is, in words: a spreadsheet reader has no use for its id. */
const SUBJECT_KINDS: Record<string, string> = {
  user: 'Compte',
  cohort: 'Cohorte',
  exam_session: "Session d'examen",
  submission: 'Dépôt de dossier',
  trace: 'Trace',
  comment: 'Commentaire',
  object: 'Fichier',
  pfmp_period: 'Période de PFMP',
};

function subjectText(e: AuditEventView): string {
  if (e.subjectName) return e.subjectName;
  // A dossier's subject id is its exam code (E1…E3), readable as it is.
  if (e.subjectType === 'dossier') return `Dossier ${e.subjectId ?? ''}`.trim();
  return e.subjectType ? (SUBJECT_KINDS[e.subjectType] ?? e.subjectType) : '';
}

function view(r: Row): AuditEventView {
  return {
    id: r.id,
    at: new Date(r.at),
    actorId: r.actor_id,
    action: r.action,
    label: auditActionLabel(r.action),
    actorName: r.actor_name,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    details: r.details,
    ip: r.ip,
  };
}
