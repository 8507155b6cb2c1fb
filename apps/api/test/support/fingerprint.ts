import { isErrorCode } from '@dossier-sno/i18n';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { ObjectStorage } from '../../src/storage/object-storage.service.js';

/**
 * What the database and the bucket hold, to show that a refused request wrote nothing.
 *
 * Rows that a refused request legitimately writes, left out of the database fingerprint:
 * - `http_session`: sessions roll (every request, refused or not, pushes the idle expiry);
 * - `rate_limit` counters: failed logins (401) and refused resets (429) are counted, by design;
 * - `audit_event` rows `auth.login_failed`: the same failures are audited, by design.
 * Every other row of every table counts.
 */
const LEGITIMATE_4XX_WRITES: Record<string, string | null> = {
  http_session: null,
  rate_limit: null,
  audit_event: "action <> 'auth.login_failed'",
};

/** One query hashing every table's rows (ordered), built from information_schema. */
export async function fingerprintQuery(db: DataSource): Promise<string> {
  const tables = (await db.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as { table_name: string }[];
  return tables
    .filter(({ table_name: t }) => LEGITIMATE_4XX_WRITES[t] !== null)
    .map(({ table_name: t }) => {
      const where = LEGITIMATE_4XX_WRITES[t] ? ` WHERE ${LEGITIMATE_4XX_WRITES[t]}` : '';
      const name = `"${t.replaceAll('"', '""')}"`;
      return `SELECT '${t.replaceAll("'", "''")}' AS t, count(*)::int AS n,
        md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS h FROM ${name} r${where}`;
    })
    .join('\nUNION ALL\n');
}

export async function fingerprint(
  db: DataSource,
  query: string,
  storage: ObjectStorage,
): Promise<Map<string, string>> {
  const [rows, objects] = await Promise.all([
    db.query(query) as Promise<{ t: string; n: number; h: string }[]>,
    storage.list(),
  ]);
  const print = new Map(rows.map((r) => [r.t, `${r.n} rows, ${r.h}`]));
  const listing = objects.map((o) => `${o.key}:${o.size}`).sort();
  print.set(
    '(bucket)',
    `${listing.length} objects, ${createHash('md5').update(listing.join('\n')).digest('hex')}`,
  );
  return print;
}

export const differences = (before: Map<string, string>, after: Map<string, string>) =>
  [...after]
    .filter(([t, h]) => before.get(t) !== h)
    .map(([t, h]) => `${t}: ${before.get(t)} → ${h}`);

/**
 * What a 4xx must carry: a known error code and a non-empty message in one language (no
 * « … / English » tail); a validation refusal names each field it refuses.
 */
export function hasMessage(body: unknown): boolean {
  const { code, message, fields } = (body ?? {}) as {
    code?: unknown;
    message?: unknown;
    fields?: unknown;
  };
  if (!isErrorCode(code) || typeof message !== 'string' || !message.trim()) return false;
  if (/ \/ [A-Z]/.test(message)) return false;
  if (code !== 'INVALID_INPUT') return true;
  return (
    Array.isArray(fields) &&
    fields.length > 0 &&
    fields.every(
      (f: { field?: unknown; rule?: unknown }) =>
        typeof f.field === 'string' && typeof f.rule === 'string',
    )
  );
}
