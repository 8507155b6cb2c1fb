// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiDocumentPath, renderSchema, schemaPath } from '../../scripts/api-schema.mjs';

describe('generated API client', () => {
  it('src/api/schema.d.ts is what openapi-typescript makes of the OpenAPI document (run `pnpm generate:api`)', async () => {
    const expected = await renderSchema(apiDocumentPath);
    const committed = await readFile(schemaPath, 'utf8');
    expect(committed).toBe(expected);
  });
});
