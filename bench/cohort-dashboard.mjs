// Cohort dashboard benchmark (issue 6): a cohort of 35 candidates × 300 traces (with dossiers and
// PFMP periods), 50 concurrent connections each alternating GET /api/cohorts/:id/dashboard and
// GET /api/health as the cohort's teacher. Prints the p50/p95/p99 latency of both under that same
// mixed load, and the ratio of the p95s (target: dashboard p95 ≤ 3 × health p95).
//   pnpm build && DATABASE_URL=postgres://user:pass@host:5432/postgres node bench/cohort-dashboard.mjs
// DATABASE_URL names a PostgreSQL server (as in production); the bench creates its own database
// there and drops it at the end. The cohort is seeded in SQL, which takes seconds instead of the
// minutes 10 500 HTTP calls would.
import { Agent } from 'node:http';
import {
  createDatabase,
  DEMO_TEACHER,
  percentile,
  seconds,
  startBench,
  withClient,
} from './support.mjs';

const CANDIDATES = 35;
const TRACES = 300;
const CONNECTIONS = 50;
const REQUESTS_PER_CONNECTION = Number(process.argv[2] ?? 20);

if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL server (see the header of this file).');
  process.exit(2);
}
const database = await createDatabase(process.env.DATABASE_URL);

const bench = await startBench({
  env: { DATABASE_URL: database.url },
  account: DEMO_TEACHER,
});
try {
  let started = process.hrtime.bigint();
  const cohortId = await withClient(database.url, (c) => seed(c));
  console.log(
    `seeded ${CANDIDATES} candidates × ${TRACES} traces (+ 3 dossiers of 10 items, 2 PFMP periods, half the PFMP traces attested) in ${seconds(started).toFixed(1)} s`,
  );

  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const get = async (path) => {
    const { status, ms, bytes } = await bench.get(path, { agent });
    if (status !== 200) throw new Error(`${path}: ${status}`);
    return { ms, bytes };
  };
  const dashboard = `/api/cohorts/${cohortId}/dashboard`;

  const alone = [];
  for (let i = 0; i < 10; i++) alone.push(await get(dashboard));
  console.log(
    `one request at a time: dashboard ${percentile(
      alone.map((r) => r.ms),
      50,
    ).toFixed(0)} ms (median of 10), ${(alone[0].bytes / 1024).toFixed(0)} KiB`,
  );

  const latencies = { dashboard: [], health: [] };
  started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, connection) => {
      for (let i = 0; i < REQUESTS_PER_CONNECTION; i++) {
        const kind = (connection + i) % 2 === 0 ? 'dashboard' : 'health';
        const { ms } = await get(kind === 'dashboard' ? dashboard : '/api/health');
        latencies[kind].push(ms);
      }
    }),
  );
  const elapsed = seconds(started);
  const line = (name, values) =>
    `${name.padEnd(10)} n=${values.length}  p50 ${percentile(values, 50).toFixed(0)} ms  p95 ${percentile(values, 95).toFixed(0)} ms  p99 ${percentile(values, 99).toFixed(0)} ms`;
  console.log(
    `${CONNECTIONS} connections, ${CONNECTIONS * REQUESTS_PER_CONNECTION} requests in ${elapsed.toFixed(1)} s, half of each kind:`,
  );
  console.log(line('dashboard', latencies.dashboard));
  console.log(line('health', latencies.health));
  console.log(
    `ratio (dashboard p95 / health p95): ${(
      percentile(latencies.dashboard, 95) / percentile(latencies.health, 95)
    ).toFixed(2)}  (target ≤ 3)`,
  );
  agent.destroy();
} finally {
  await bench.close();
  await database.drop();
}

/** A cohort followed by the demo teacher, filled with candidates and their work; returns its id. */
async function seed(c) {
  await c.query('BEGIN');
  const {
    rows: [cohort],
  } = await c.query(
    `INSERT INTO cohort (establishment_id, name, school_year, referential_version)
     SELECT establishment_id, 'Banc d''essai', '2026-2027', 'mc-sno-v1' FROM app_user WHERE email = $1
     RETURNING id, establishment_id`,
    [DEMO_TEACHER.email],
  );
  await c.query(
    `INSERT INTO teacher_cohort (teacher_id, cohort_id) SELECT id, $2 FROM app_user WHERE email = $1`,
    [DEMO_TEACHER.email, cohort.id],
  );
  await c.query(
    `INSERT INTO app_user (establishment_id, email, display_name, roles)
     SELECT $1, 'bench.' || i || '@bench.invalid', 'Candidat·e ' || lpad(i::text, 2, '0'), ARRAY['candidate']
     FROM generate_series(1, $2::int) i`,
    [cohort.establishment_id, CANDIDATES],
  );
  const bench = `SELECT id FROM app_user WHERE email LIKE 'bench.%@bench.invalid'`;
  await c.query(
    `INSERT INTO candidate_profile (user_id, cohort_id, status, positionne)
     SELECT id, $1, CASE WHEN random() < 0.8 THEN 'scolaire_public_ou_prive_sous_contrat'
                         ELSE 'experience_professionnelle_1_an' END, random() < 0.1
     FROM (${bench}) u`,
    [cohort.id],
  );
  const codes = `ARRAY['C1.1','C1.2','C1.3','C2.1','C2.2','C2.3','C3.1','C3.2','C3.3']`;
  await c.query(
    `INSERT INTO trace (owner_id, referential_version, title, description, context, occurred_on,
                        competences, detailed_competences, reflection)
     SELECT u.id, 'mc-sno-v1', 'Trace ' || g, 'Ce que j''ai fait, avec qui, avec quels outils.',
            (ARRAY['centre','pfmp','projet'])[1 + g % 3], date '2026-09-01' + g % 200,
            ARRAY[(${codes})[1 + g % 9], (${codes})[1 + (g * 7) % 9]],
            CASE WHEN g % 2 = 0 THEN ARRAY[(${codes})[1 + g % 9] || '.1'] ELSE '{}' END,
            CASE WHEN g % 3 = 0 THEN repeat('Ce que j''en retiens. ', 40) ELSE '' END
     FROM (${bench}) u, generate_series(1, $1::int) g`,
    [TRACES],
  );
  // Half of the PFMP traces attested by the demo tutor, so the dashboard counts attestations too.
  await c.query(
    `INSERT INTO trace_attestation (trace_id, tutor_id, attested_at, comment, trace_version)
     SELECT t.id, tutor.id, now(), '', t.version
     FROM trace t, (SELECT id FROM app_user WHERE email = 'tuteur@demo.dossier-sno.fr') tutor
     WHERE t.context = 'pfmp' AND t.owner_id IN (${bench}) AND random() < 0.5`,
  );
  await c.query(
    `INSERT INTO dossier (candidate_id, exam, presentation)
     SELECT u.id, e, 'Mon analyse réflexive.' FROM (${bench}) u, unnest(ARRAY['E1','E2','E3']) e`,
  );
  await c.query(
    `INSERT INTO dossier_item (dossier_id, trace_id, position)
     SELECT d.id, t.id, row_number() OVER (PARTITION BY d.id ORDER BY t.id)
     FROM dossier d JOIN LATERAL (
       SELECT id FROM trace WHERE owner_id = d.candidate_id ORDER BY id LIMIT 10) t ON true
     WHERE d.candidate_id IN (${bench})`,
  );
  await c.query(
    `INSERT INTO pfmp_period (candidate_id, organisation_name, starts_on, ends_on)
     SELECT u.id, 'Entreprise', s, s + 39 FROM (${bench}) u,
            unnest(ARRAY[date '2027-01-04', date '2027-05-03']) s`,
  );
  await c.query('COMMIT');
  await c.query('ANALYZE');
  return cohort.id;
}
