// Regenerates src/api/schema.d.ts from apps/api/openapi.json.
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { apiDocumentPath as documentPath, renderSchema, schemaPath } from './api-schema.mjs';

await writeFile(schemaPath, await renderSchema(documentPath));
console.log(
  `Wrote ${relative(process.cwd(), schemaPath)} from ${relative(process.cwd(), documentPath)}`,
);
