/** The application's own description of its input (GET /api/docs-json). */

export interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}
export interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: Schema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

/** A documented property of a JSON body: where it is (array items as "0") and its schema. */
export interface DocumentedField {
  path: string[];
  schema: Schema;
}

/** What the application documents about a route: its JSON body's fields and its query names. */
export interface Documented {
  fields: DocumentedField[];
  query: string[];
}

/** The body fields (one level into arrays and objects) and query names a route documents. */
export function documentedInput(openapi: OpenApi, route: string): Documented {
  const [method, template] = route.split(' ') as [string, string];
  const operation = openapi.paths[template.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  const resolve = (s: Schema | undefined): Schema =>
    s?.$ref
      ? resolve(openapi.components?.schemas?.[s.$ref.split('/').pop()!])
      : s?.allOf?.length === 1
        ? resolve(s.allOf[0])
        : (s ?? {});
  const fields: DocumentedField[] = [];
  const root = resolve(operation?.requestBody?.content?.['application/json']?.schema);
  for (const [name, property] of Object.entries(root.properties ?? {})) {
    const p = resolve(property);
    fields.push({ path: [name], schema: p });
    const item = p.type === 'array' ? resolve(p.items) : {};
    for (const [sub, s] of Object.entries(item.properties ?? {}))
      fields.push({ path: [name, '0', sub], schema: resolve(s) });
    for (const [sub, s] of Object.entries(p.type === 'object' ? (p.properties ?? {}) : {}))
      fields.push({ path: [name, sub], schema: resolve(s) });
  }
  return {
    fields,
    query: (operation?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
  };
}
