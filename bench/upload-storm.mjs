// Upload storm benchmark (issue 7): CANDIDATES candidates each upload FILES files of FILE_MB MiB
// (one after the other, all candidates at once) while STAFF teachers and admins browse what they
// read every day (cohort dashboard, candidate list, a candidate, their traces, a trace and its
// comments). The same staff first make the same reads with no upload running, so the run prints
// the staff latency alone and during the storm side by side. Every file is checked three times: the
// sha256 computed while generating it, the one the API answers, and that of the bytes read back
// through GET /api/files/:id/content; each trace must list its files and S3 hold one object each.
// A load balancer's probe calls GET /api/health all along. Exits 1 on any 5xx (probe included),
// network error, sha256 mismatch or lost file. Run by hand:
//   pnpm build && DATABASE_URL=postgres://user:pass@host:5432/postgres node bench/upload-storm.mjs
// Without DATABASE_URL the API uses its embedded PGlite (queries serialised: not a load figure).
import { Agent } from 'node:http';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import {
  BUCKET,
  createDatabase,
  DEMO_ADMIN,
  DEMO_PASSWORD,
  MiB,
  percentile,
  seconds,
  startBench,
} from './support.mjs';

const CANDIDATES = Number(process.env.CANDIDATES ?? 50);
const FILES = Number(process.env.FILES ?? 20);
const FILE_MB = Number(process.env.FILE_MB ?? 5);
const STAFF = Number(process.env.STAFF ?? 20);
/** Reads per staff member in each phase; the storm phase must not outlast the uploads. */
const READS = Number(process.env.READS ?? 25);
/** Traces each candidate already has, so the dashboards count something. */
const TRACES = 30;
const COHORTS = 2;
/** Setup calls (argon2 hashes, logins) at once: more only queue on a 2-core machine. */
const SETUP_CONCURRENCY = 4;
/** Files read back at once during the verification. */
const VERIFY_CONCURRENCY = 8;
/** How often the load balancer's probe calls GET /api/health (docker-compose's is every 10 s). */
const PROBE_MS = 2_000;
const fileBytes = FILE_MB * MiB;

// The API refuses files above MAX_UPLOAD_BYTES (413): a storm of refusals would measure nothing.
if (process.env.MAX_UPLOAD_BYTES && fileBytes > Number(process.env.MAX_UPLOAD_BYTES)) {
  console.error(`FILE_MB=${FILE_MB} exceeds MAX_UPLOAD_BYTES=${process.env.MAX_UPLOAD_BYTES}.`);
  process.exit(2);
}

const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : null;
const bench = await startBench({
  env: database ? { DATABASE_URL: database.url } : {},
  account: DEMO_ADMIN,
});
/** Status counts per part of the run ('error' when no answer came). */
const statuses = new Map();
const count = (part, status) => {
  const counts = statuses.get(part) ?? new Map();
  counts.set(status, (counts.get(status) ?? 0) + 1);
  statuses.set(part, counts);
};
const problems = [];
try {
  let started = process.hrtime.bigint();
  const { cohorts, staff, candidates } = await setUp();
  console.log(
    `set up in ${seconds(started).toFixed(1)} s (${database ? 'PostgreSQL' : 'embedded PGlite'}): ` +
      `${COHORTS} cohorts, ${CANDIDATES} candidates × ${TRACES} traces (+ an E3 dossier of 10, a PFMP period), ` +
      `${staff.length} staff (admins: ${staff.filter((s) => s.admin).length}, the others teachers following every cohort)`,
  );

  const agent = new Agent({ keepAlive: true, maxSockets: STAFF });
  /** Each staff member's READS reads, one at a time; the same sequence in both phases. */
  const browse = (part, until) =>
    Promise.all(
      staff.map(async (member, s) => {
        const reads = [];
        for (let i = 0; i < READS; i++) {
          const { kind, path } = staffRead(cohorts, candidates, s, i);
          try {
            const { status, ms } = await member.session.get(path, { agent });
            count(part, status);
            if (status !== 200) problems.push(`${part}: GET ${path} → ${status}`);
            reads.push({ kind, ms, late: until?.done ?? false });
          } catch (error) {
            count(part, 'error');
            problems.push(`${part}: GET ${path} → ${error.message}`);
          }
        }
        return reads;
      }),
    ).then((all) => all.flat());

  // A load balancer probes the API all along: a 503 there takes the replica out of service.
  const probe = { stop: false, ms: [], phase: 'reads alone' };
  const probing = (async () => {
    while (!probe.stop) {
      try {
        const start = process.hrtime.bigint();
        const res = await fetch(`${bench.base}/api/health`);
        // The answer names the part found down (db, storage): keep it for the report.
        const answer = await res.text();
        count('health probe', res.status);
        probe.ms.push(seconds(start) * 1000);
        if (res.status !== 200) {
          problems.push(`health probe (${probe.phase}): ${res.status} ${answer}`);
        }
      } catch (error) {
        count('health probe', 'error');
        problems.push(`health probe: ${error.message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, PROBE_MS));
    }
  })();

  const before = await bench.rss();
  started = process.hrtime.bigint();
  const alone = await browse('reads alone');
  const aloneSeconds = seconds(started);

  const rss = bench.sampleRss();
  const storm = { done: false };
  probe.phase = 'storm';
  started = process.hrtime.bigint();
  let uploadSeconds = 0;
  const uploading = Promise.all(candidates.map((c) => uploadAll(c))).then((files) => {
    storm.done = true;
    uploadSeconds = seconds(started);
    return files.flat();
  });
  const [stored, during] = await Promise.all([uploading, browse('reads in storm', storm)]);
  const memory = await rss.stop();
  const after = await bench.rss();
  probe.stop = true;
  await probing;

  started = process.hrtime.bigint();
  const verifyRss = bench.sampleRss();
  const verified = await verify(candidates, stored);
  const verifyMemory = await verifyRss.stop();
  const verifySeconds = seconds(started);

  const expected = CANDIDATES * FILES;
  const late = during.filter((r) => r.late).length;
  const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
  const row = (name, reads) => {
    const values = reads.map((r) => r.ms);
    return `  ${name.padEnd(18)} ${[50, 95, 99].map((p) => ms(percentile(values, p))).join('')}  (n=${values.length})`;
  };
  console.log(
    `\nstaff reads, ${STAFF} staff × ${READS} reads per phase          p50       p95       p99`,
  );
  console.log(`${row('alone', alone)}  in ${aloneSeconds.toFixed(1)} s`);
  console.log(row('during the storm', during));
  console.log(
    `  ${'ratio (storm/alone)'.padEnd(18)} ${[50, 95, 99]
      .map(
        (p) =>
          `${(
            percentile(
              during.map((r) => r.ms),
              p,
            ) /
            percentile(
              alone.map((r) => r.ms),
              p,
            )
          )
            .toFixed(2)
            .padStart(8)}×`,
      )
      .join(' ')}`,
  );
  console.log('  per route, p95 alone → storm:');
  for (const kind of new Set(alone.map((r) => r.kind))) {
    const p95 = (reads) =>
      percentile(
        reads.filter((r) => r.kind === kind).map((r) => r.ms),
        95,
      ).toFixed(0);
    console.log(`    ${kind.padEnd(18)} ${p95(alone)} → ${p95(during)} ms`);
  }
  if (late) {
    console.log(`  warning: ${late} storm reads ended after the last upload: lower READS`);
  }
  const uploadedBytes = stored.length * fileBytes;
  console.log(
    `\nuploads: ${stored.length}/${expected} files of ${FILE_MB} MiB, ${(uploadedBytes / MiB).toFixed(0)} MiB in ` +
      `${uploadSeconds.toFixed(1)} s: ${(uploadedBytes / MiB / uploadSeconds).toFixed(1)} MiB/s overall ` +
      `(${CANDIDATES} candidates at once)`,
  );
  const mb = (bytes) => `${(bytes / MiB).toFixed(0)} MiB`;
  console.log(
    `API RSS: before ${mb(before)}, peak during the storm ${mb(memory.peak)}, after ${mb(after)}; ` +
      `peak while reading back ${mb(verifyMemory.peak)}`,
  );
  console.log(
    `sha256 verified: ${verified.length}/${expected} (generated = API's answer = bytes read back, ` +
      `${verifySeconds.toFixed(1)} s)`,
  );
  console.log(
    `health probe every ${PROBE_MS / 1000} s, both phases: slowest ${Math.max(...probe.ms).toFixed(0)} ms`,
  );
  let requests = 0;
  console.log('responses:');
  for (const [part, counts] of statuses) {
    const list = [...counts].sort(([a], [b]) => String(a).localeCompare(String(b)));
    requests += list.reduce((n, [, c]) => n + c, 0);
    console.log(`  ${part.padEnd(16)} ${list.map(([s, c]) => `${s}×${c}`).join('  ')}`);
  }
  const serverErrors = [...statuses.values()]
    .flatMap((counts) => [...counts])
    .filter(([status]) => status === 'error' || status >= 500)
    .reduce((n, [, c]) => n + c, 0);
  console.log(`requests: ${requests} (setup excluded); 5xx or no answer: ${serverErrors}`);
  if (verified.length !== expected)
    problems.push(`${expected - verified.length} of ${expected} files not stored intact`);
  for (const problem of problems.slice(0, 20)) console.log(`FAIL ${problem}`);
  if (problems.length > 20) console.log(`FAIL … and ${problems.length - 20} more`);
  process.exitCode = problems.length || serverErrors ? 1 : 0;
  agent.destroy();
} finally {
  await bench.close();
  await database?.drop();
}

/** Cohorts, staff and candidates (with their traces, an E3 dossier and a PFMP period), by the API. */
async function setUp() {
  const cohorts = [];
  for (let i = 0; i < COHORTS; i++) {
    cohorts.push(
      await bench.call('POST', '/api/cohorts', {
        name: `Tempête ${i + 1}`,
        schoolYear: '2026-2027',
      }),
    );
  }
  // One staff member in five is an admin (sees the whole establishment), the others teachers.
  const staff = await inParallel(
    Array.from({ length: STAFF }, (_, i) => i),
    SETUP_CONCURRENCY,
    async (i) => {
      const admin = i % 5 === 0;
      const user = await bench.call('POST', '/api/users', {
        email: `staff.${i}@bench.dossier-sno.fr`,
        displayName: `${admin ? 'Admin' : 'Formateur·rice'} ${i}`,
        roles: [admin ? 'admin' : 'teacher'],
        password: DEMO_PASSWORD,
      });
      if (!admin) {
        for (const cohort of cohorts) {
          await bench.call('PUT', `/api/cohorts/${cohort.id}/teachers/${user.id}`);
        }
      }
      return { admin, session: await bench.signIn({ email: user.email, password: DEMO_PASSWORD }) };
    },
  );
  const candidates = await inParallel(
    Array.from({ length: CANDIDATES }, (_, i) => i),
    SETUP_CONCURRENCY,
    async (i) => {
      const user = await bench.call('POST', '/api/users', {
        email: `candidat.${i}@bench.dossier-sno.fr`,
        displayName: `Candidat·e ${String(i).padStart(2, '0')}`,
        roles: ['candidate'],
        password: DEMO_PASSWORD,
        cohortId: cohorts[i % COHORTS].id,
        candidateStatus: 'scolaire_public_ou_prive_sous_contrat',
      });
      return { index: i, id: user.id, email: user.email };
    },
  );
  await inParallel(candidates, SETUP_CONCURRENCY, async (candidate) => {
    candidate.session = await bench.signIn({ email: candidate.email, password: DEMO_PASSWORD });
  });
  // Traces are many small calls: all candidates at once, each one after the other.
  const codes = ['C1.1', 'C1.2', 'C1.3', 'C2.1', 'C2.2', 'C2.3', 'C3.1', 'C3.2', 'C3.3'];
  await Promise.all(
    candidates.map(async (candidate) => {
      const { call } = candidate.session;
      candidate.traces = [];
      for (let g = 0; g < TRACES; g++) {
        const day = new Date(Date.UTC(2026, 8, 1 + ((g * 7 + candidate.index) % 200)));
        const trace = await call('POST', '/api/traces', {
          title: `Trace ${g + 1}`,
          description: "Ce que j'ai fait, avec qui, avec quels outils.",
          context: ['centre', 'pfmp', 'projet'][g % 3],
          occurredOn: day.toISOString().slice(0, 10),
          competences: [...new Set([codes[g % 9], codes[(g * 7 + candidate.index) % 9]])],
          detailedCompetences: g % 2 === 0 ? [`${codes[g % 9]}.1`] : [],
          reflection: g % 3 === 0 ? "Ce que j'en retiens. ".repeat(40) : '',
        });
        candidate.traces.push(trace.id);
      }
      const dossier = await call('GET', '/api/dossiers/E3');
      await call('PUT', '/api/dossiers/E3', {
        version: dossier.version,
        items: candidate.traces.slice(0, 10).map((traceId) => ({ traceId })),
        presentation: 'Mon analyse réflexive.',
      });
      await call('POST', '/api/pfmp', {
        organisationName: 'Entreprise',
        startsOn: '2027-01-04',
        endsOn: '2027-02-12',
      });
    }),
  );
  return { cohorts, staff, candidates };
}

/**
 * Read `i` of staff member `s`: the teacher's round (dashboard, candidate list, one candidate,
 * their traces, one trace, its comments), each time about another candidate.
 */
function staffRead(cohorts, candidates, s, i) {
  const cohort = cohorts[(s + i) % cohorts.length];
  const candidate = candidates[(s * 7 + Math.floor(i / 6) * 13) % candidates.length];
  const trace = candidate.traces[(s + i) % candidate.traces.length];
  const reads = [
    ['dashboard', `/api/cohorts/${cohort.id}/dashboard`],
    ['candidate list', `/api/users?role=candidate&cohortId=${cohort.id}&pageSize=200`],
    ['candidate', `/api/users/${candidate.id}`],
    ['their traces', `/api/traces?candidateId=${candidate.id}&pageSize=100`],
    ['one trace', `/api/traces/${trace}`],
    ['trace comments', `/api/traces/${trace}/comments`],
  ];
  const [kind, path] = reads[i % reads.length];
  return { kind, path };
}

/** The candidate's FILES uploads, one after the other, spread over their traces. */
async function uploadAll(candidate) {
  const stored = [];
  for (let f = 0; f < FILES; f++) {
    const traceId = candidate.traces[f % candidate.traces.length];
    try {
      const { status, body, sha256 } = await candidate.session.send(
        traceId,
        fileBytes,
        `tempete-${candidate.index}-${f}.png`,
      );
      count('uploads', status);
      if (status !== 201) {
        problems.push(`upload ${candidate.index}/${f}: ${status} ${JSON.stringify(body)}`);
      } else if (body.sha256 !== sha256 || body.size !== fileBytes) {
        problems.push(`upload ${candidate.index}/${f}: sent ${sha256}, API says ${body.sha256}`);
      } else {
        stored.push({ candidate, traceId, id: body.id, sha256 });
      }
    } catch (error) {
      count('uploads', 'error');
      problems.push(`upload ${candidate.index}/${f}: ${error.message}`);
    }
  }
  return stored;
}

/**
 * Reads every stored file back through the API and checks its sha256 and size; checks that each
 * candidate's traces list exactly their stored files and that S3 holds one object per file.
 * Returns the files that passed.
 */
async function verify(candidates, stored) {
  const verified = await inParallel(stored, VERIFY_CONCURRENCY, async (file) => {
    try {
      const { status, bytes, sha256 } = await file.candidate.session.get(
        `/api/files/${file.id}/content`,
        { hash: true },
      );
      count('read back', status);
      if (status === 200 && sha256 === file.sha256 && bytes === fileBytes) return file;
      problems.push(`file ${file.id}: read back ${status}, ${bytes} bytes, sha256 ${sha256}`);
    } catch (error) {
      count('read back', 'error');
      problems.push(`file ${file.id}: ${error.message}`);
    }
    return null;
  }).then((files) => files.filter(Boolean));

  for (const candidate of candidates) {
    const page = await candidate.session.call('GET', '/api/traces?pageSize=200');
    const listed = new Set(page.items.flatMap((t) => t.files.map((f) => f.id)));
    const own = stored.filter((f) => f.candidate === candidate);
    const missing = own.filter((f) => !listed.has(f.id)).length;
    if (missing || listed.size !== own.length) {
      problems.push(
        `candidate ${candidate.index}: traces list ${listed.size} files, ${own.length} stored, ${missing} missing`,
      );
    }
  }

  let objects = 0;
  let token;
  do {
    const page = await bench.client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'traces/', ContinuationToken: token }),
    );
    objects += page.KeyCount ?? 0;
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  if (objects !== stored.length) {
    problems.push(`S3 holds ${objects} objects under traces/ for ${stored.length} stored files`);
  }
  return verified;
}

/** `work` on every item, at most `limit` at a time; results in the items' order. */
async function inParallel(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    }),
  );
  return results;
}
