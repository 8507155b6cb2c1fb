// Sums the test counts that jest and vitest printed into one closing line: "N passed, N failed".
import { readFileSync } from 'node:fs';

// eslint-disable-next-line no-control-regex
const log = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of log.split('\n')) {
  // jest: "Tests:       1 failed, 40 passed, 41 total"; vitest: "      Tests  2 failed | 12 passed (14)"
  if (!/^\s*Tests:?\s/.test(line)) continue;
  passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  skipped += Number(/(\d+) (?:skipped|todo)/.exec(line)?.[1] ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
