import { Injectable } from '@nestjs/common';
import { ZipArchive } from 'archiver';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { UsersService } from './users.service.js';

/**
 * RGPD right of access: everything the platform holds about a person, as a ZIP of JSON files
 * (and, as features add them, their files). Never a password hash or a session token.
 */
@Injectable()
export class PersonalDataExport {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditLog,
  ) {}

  async zip(actor: Actor, ip?: string): Promise<ZipArchive> {
    const [account, cohorts, tutors, interns, sessions, events] = await Promise.all([
      this.users.view(actor.id),
      this.db.query(
        `SELECT c.id, c.name, c.school_year AS "schoolYear", c.referential_version AS "referentialVersion"
         FROM cohort c WHERE c.id IN (SELECT cohort_id FROM candidate_profile WHERE user_id = $1)
            OR c.id IN (SELECT cohort_id FROM teacher_cohort WHERE teacher_id = $1)`,
        [actor.id],
      ),
      this.db.query(
        `SELECT u.id, u.display_name AS "displayName", u.email FROM tutor_assignment ta
         JOIN app_user u ON u.id = ta.tutor_id WHERE ta.candidate_id = $1`,
        [actor.id],
      ),
      this.db.query(
        `SELECT u.id, u.display_name AS "displayName", u.email FROM tutor_assignment ta
         JOIN app_user u ON u.id = ta.candidate_id WHERE ta.tutor_id = $1`,
        [actor.id],
      ),
      this.db.query(
        `SELECT expire AS "expiresAt" FROM http_session WHERE sess->>'userId' = $1 AND expire > now()`,
        [actor.id],
      ),
      this.db.query(
        `SELECT at, action, actor_id AS "actorId", subject_type AS "subjectType", subject_id AS "subjectId",
                details, ip
         FROM audit_event WHERE actor_id = $1 OR (subject_type = 'user' AND subject_id = $1::text)
         ORDER BY id`,
        [actor.id],
      ),
    ]);
    await this.audit.record({
      action: 'user.exported',
      actor,
      subjectType: 'user',
      subjectId: actor.id,
      ip,
    });

    const archive = new ZipArchive({ zlib: { level: 6 } });
    const json = (name: string, data: unknown) =>
      archive.append(`${JSON.stringify(data, null, 2)}\n`, { name });
    json('LISEZMOI.json', {
      fr: 'Toutes les données que Dossier SNO détient sur vous, à la date de l’export.',
      en: 'Everything Dossier SNO holds about you, as of the export date.',
      exportedAt: new Date().toISOString(),
    });
    json('compte.json', account);
    json('cohortes.json', cohorts);
    json('tuteurs.json', tutors);
    json('stagiaires-suivis.json', interns);
    json('sessions-actives.json', sessions);
    json('journal.json', events);
    void archive.finalize();
    return archive;
  }
}
