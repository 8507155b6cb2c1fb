import type { EntityManager } from 'typeorm';
import type { AttestationView } from './tutoring.dto.js';

/** The attestations of these traces with their tutors' names, oldest first, by trace id. */
export async function attestationsOf(
  manager: EntityManager,
  traces: readonly { id: string; version: number }[],
): Promise<Map<string, AttestationView[]>> {
  const byTrace = new Map<string, AttestationView[]>(traces.map((t) => [t.id, []]));
  if (traces.length === 0) return byTrace;
  const rows = (await manager.query(
    `SELECT a.trace_id, a.tutor_id, u.display_name, a.attested_at, a.comment, a.trace_version
     FROM trace_attestation a JOIN app_user u ON u.id = a.tutor_id
     WHERE a.trace_id = ANY($1) ORDER BY a.attested_at`,
    [traces.map((t) => t.id)],
  )) as {
    trace_id: string;
    tutor_id: string;
    display_name: string;
    attested_at: Date;
    comment: string;
    trace_version: number;
  }[];
  const versions = new Map(traces.map((t) => [t.id, t.version]));
  for (const row of rows) {
    byTrace.get(row.trace_id)!.push({
      tutorId: row.tutor_id,
      tutorName: row.display_name,
      attestedAt: row.attested_at,
      comment: row.comment,
      traceVersion: row.trace_version,
      current: row.trace_version === versions.get(row.trace_id),
    });
  }
  return byTrace;
}
