// How the typed API client is generated: shared by `pnpm generate:api` and the freshness test.
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const webRoot = fileURLToPath(new URL('..', import.meta.url));

/** The committed contract written by the API. */
export const apiDocumentPath = fileURLToPath(new URL('../../api/openapi.json', import.meta.url));
/** The generated types, committed. */
export const schemaPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

/**
 * The text of `src/api/schema.d.ts` for an OpenAPI document.
 * @param {string} documentPath absolute path of the OpenAPI JSON document
 * @returns {Promise<string>}
 */
export async function renderSchema(documentPath) {
  const ast = await openapiTS(pathToFileURL(documentPath), { silent: true });
  const source = relative(webRoot, documentPath).split('\\').join('/');
  const header = [
    '/**',
    ` * Generated from ${source} by scripts/generate-api.mjs (pnpm generate:api).`,
    ' * Do not edit: regenerate. A test fails when this file is stale.',
    ' */',
    '',
    '',
  ].join('\n');
  return header + astToString(ast);
}
