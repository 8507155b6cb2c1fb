import { defineConfig } from 'vitest/config';

/** Workspace libs from their TypeScript source (`source` export condition), then the usual ones. */
const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { include: ['src/**/*.test.ts'] },
});
