import { Injectable } from '@nestjs/common';
import { ZipArchive } from 'archiver';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditLog } from '../audit/audit.service.js';
import { safeFileName } from '../files/file-names.js';
import { lazyObject } from '../storage/lazy-object.js';
import { ObjectStorage } from '../storage/object-storage.service.js';
import { UsersService } from './users.service.js';

interface StoredFile {
  id: string;
  traceId: string;
  name: string;
  storageKey: string;
}

/**
 * RGPD right of access: everything the platform holds about a person, as a ZIP of JSON files and
 * the files they uploaded (streamed from storage one at a time). Never a password hash, a session
 * token, nor a commission's evaluation (the règlement forbids telling a candidate their proposed
 * mark; an examiner's grids are about the candidates, not about the examiner).
 */
@Injectable()
export class PersonalDataExport {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly audit: AuditLog,
    private readonly storage: ObjectStorage,
  ) {}

  async zip(actor: Actor, ip?: string): Promise<ZipArchive> {
    const q = (sql: string) => this.db.query(sql, [actor.id]);
    const [
      traces,
      files,
      attestations,
      pfmp,
      bilans,
      dossiers,
      submissions,
      comments,
      notices,
      settings,
    ] = await Promise.all([
      q(`SELECT id, title, description, context, occurred_on AS "occurredOn",
                  occurred_until AS "occurredUntil", competences,
                  detailed_competences AS "detailedCompetences", reflection,
                  created_at AS "createdAt", updated_at AS "updatedAt", version
           FROM trace WHERE owner_id = $1 ORDER BY occurred_on, created_at`),
      q(`SELECT f.id, f.trace_id AS "traceId", f.name, f.size, f.media_type AS "mediaType",
                  f.sha256, f.created_at AS "createdAt", f.storage_key AS "storageKey"
           FROM trace_file f JOIN trace t ON t.id = f.trace_id WHERE t.owner_id = $1
           ORDER BY f.created_at`),
      // Received on one's traces, or given as a tutor.
      q(`SELECT a.trace_id AS "traceId", a.tutor_id AS "tutorId", a.attested_at AS "attestedAt",
                  a.comment, a.trace_version AS "traceVersion"
           FROM trace_attestation a JOIN trace t ON t.id = a.trace_id
           WHERE t.owner_id = $1 OR a.tutor_id = $1 ORDER BY a.attested_at`),
      q(`SELECT id, organisation_name AS "organisationName",
                  organisation_address AS "organisationAddress", siret, tutor_id AS "tutorId",
                  starts_on AS "startsOn", ends_on AS "endsOn", absence_days AS "absenceDays",
                  proof_name AS "proofName", proof_sha256 AS "proofSha256",
                  bilan_completed_at AS "bilanCompletedAt"
           FROM pfmp_period WHERE candidate_id = $1 ORDER BY starts_on`),
      // Completed bilans of one's periods, and every bilan one wrote as a tutor.
      q(`SELECT b.period_id AS "periodId", b.tutor_id AS "tutorId", b.activities, b.competences,
                  b.transversal, b.comment, b.completed_at AS "completedAt"
           FROM pfmp_bilan b JOIN pfmp_period p ON p.id = b.period_id
           WHERE (p.candidate_id = $1 AND b.completed_at IS NOT NULL) OR b.tutor_id = $1`),
      q(`SELECT d.exam, d.presentation, d.project, d.highlights, d.updated_at AS "updatedAt",
                  coalesce((SELECT json_agg(json_build_object('traceId', i.trace_id,
                    'position', i.position, 'comment', i.comment) ORDER BY i.position)
                    FROM dossier_item i WHERE i.dossier_id = d.id), '[]') AS items
           FROM dossier d WHERE d.candidate_id = $1 ORDER BY d.exam`),
      q(`SELECT id, exam, submitted_at AS "submittedAt",
                  acknowledged_incomplete AS "acknowledgedIncomplete",
                  manifest_sha256 AS "manifestSha256", manifest
           FROM submission WHERE candidate_id = $1 ORDER BY submitted_at`),
      q(`SELECT id, subject_type AS "subjectType", trace_id AS "traceId",
                  submission_id AS "submissionId", exam, candidate_id AS "candidateId", body,
                  created_at AS "createdAt", edited_at AS "editedAt"
           FROM comment WHERE author_id = $1 ORDER BY created_at`),
      q(`SELECT kind, subject_type AS "subjectType", subject_id AS "subjectId", summary,
                  created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt"
           FROM notification WHERE recipient_id = $1 ORDER BY created_at`),
      q(`SELECT email_digest AS "emailDigest", last_digest_at AS "lastDigestAt"
           FROM user_settings WHERE user_id = $1`),
    ]);
    const [account, cohorts, tutors, interns, sessions, events] = await Promise.all([
      this.users.view(actor, actor.id),
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
        // Another person's address (a teacher who read this dossier) is theirs, not the exporter's.
        `SELECT at, action, actor_id AS "actorId", subject_type AS "subjectType", subject_id AS "subjectId",
                details, CASE WHEN actor_id = $1 THEN ip END AS ip
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
    json('traces.json', traces);
    json(
      'fichiers.json',
      (files as StoredFile[]).map(({ storageKey: _, ...file }) => ({
        ...file,
        path: filePath(file),
      })),
    );
    json('attestations.json', attestations);
    json('pfmp.json', pfmp);
    json('bilans-pfmp.json', bilans);
    json('dossiers.json', dossiers);
    json(
      'depots.json',
      (submissions as { manifest: string }[]).map((s) => ({
        ...s,
        manifest: JSON.parse(s.manifest),
      })),
    );
    json('commentaires.json', comments);
    json('notifications.json', notices);
    json('parametres.json', settings[0] ?? { emailDigest: true, lastDigestAt: null });
    for (const file of files as StoredFile[]) {
      archive.append(
        lazyObject(() => this.storage.get(file.storageKey)),
        { name: filePath(file), store: true },
      );
    }
    void archive.finalize();
    return archive;
  }
}

/** Where a trace file sits in the export: one folder per trace, the file under its own name. */
function filePath(file: Pick<StoredFile, 'id' | 'traceId' | 'name'>): string {
  return `fichiers/${file.traceId}/${file.id.slice(0, 8)}-${safeFileName(file.name)}`;
}
