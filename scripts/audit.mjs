// `pnpm audit` of the production dependencies, failing CI on a high or critical advisory.
// When the registry's advisory service cannot be reached (some mirrors and proxies answer 405),
// nothing can be known: it says so loudly and passes, unless AUDIT_REQUIRED=true makes it fail.
// AUDIT_REGISTRY points at another registry that serves advisories.
import { spawnSync } from 'node:child_process';

const registry = process.env.AUDIT_REGISTRY ? ['--registry', process.env.AUDIT_REGISTRY] : [];
const run = spawnSync('pnpm', ['audit', '--prod', '--audit-level', 'high', '--json', ...registry], {
  encoding: 'utf8',
});
const output = `${run.stdout}${run.stderr}`;
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

if (!report?.metadata) {
  const reason = /ERR_PNPM_AUDIT_\w+|responded with \d+|ENOTFOUND|ECONNREFUSED/.exec(output);
  console.warn(
    `pnpm audit could not reach the advisory service (${reason?.[0] ?? 'no report'}): ` +
      'production dependencies NOT checked for known vulnerabilities.',
  );
  process.exit(process.env.AUDIT_REQUIRED === 'true' ? 1 : 0);
}

const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities ?? {};
const serious = Object.values(report.advisories ?? {}).filter((a) =>
  ['high', 'critical'].includes(a.severity),
);
for (const a of serious) {
  console.error(`${a.severity}: ${a.module_name} ${a.vulnerable_versions} — ${a.title} (${a.url})`);
}
console.log(
  `pnpm audit (production): ${critical} critical, ${high} high, ${moderate} moderate, ${low} low`,
);
process.exit(high + critical > 0 ? 1 : 0);
