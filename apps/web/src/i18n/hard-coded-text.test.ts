import { describe, expect, it } from 'vitest';
import { babelParse, parse } from 'vue/compiler-sfc';

/**
 * Every word a screen shows comes from fr.json / en.json: a template holds no text but
 * punctuation, a visible attribute (aria-label, title…) no static words, and no script string
 * holds French (accented letters, guillemets). Tests, fixtures and generated types are left out.
 */
const SOURCES: Record<string, string> = import.meta.glob(['../**/*.vue', '../**/*.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const SKIPPED = /\.test\.ts$|\.d\.ts$|^\.\.\/test\/|test-support\.ts$|fixtures\.ts$/;
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'header',
  'legend',
  'download',
]);
const FRENCH = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»]/;
/** French typography (« : », « ; », « ? ») written in a template would stay French in English. */
const FRENCH_SPACING = /\s[:;?!]/;

interface TemplateNode {
  type: number;
  content?: string;
  loc: { start: { line: number } };
  props?: { type: number; name: string; value?: { content: string } }[];
  children?: TemplateNode[];
}

function templateFindings(node: TemplateNode, where: string): string[] {
  const found: string[] = [];
  if (node.type === 2 && node.content) {
    const text = node.content.trim();
    if (/\p{L}/u.test(text) || FRENCH_SPACING.test(node.content))
      found.push(`${where}:${node.loc.start.line} text « ${text} »`);
  }
  for (const prop of node.props ?? []) {
    if (
      prop.type === 6 &&
      VISIBLE_ATTRIBUTES.has(prop.name) &&
      /\p{L}/u.test(prop.value?.content ?? '')
    )
      found.push(`${where}:${node.loc.start.line} ${prop.name}="${prop.value?.content}"`);
  }
  for (const child of node.children ?? []) found.push(...templateFindings(child, where));
  return found;
}

/** The string literals and template-literal parts of a script, comments left out. */
function scriptStrings(code: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as { type?: string; value?: unknown; loc?: { start: { line: number } } };
    if (n.type === 'StringLiteral' && typeof n.value === 'string')
      out.push({ text: n.value, line: n.loc?.start.line ?? 0 });
    if (n.type === 'TemplateElement')
      out.push({ text: (n.value as { raw: string }).raw, line: n.loc?.start.line ?? 0 });
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments') visit(value);
    }
  };
  visit(babelParse(code, { sourceType: 'module', plugins: ['typescript'] }).program);
  return out;
}

function findings([path, source]: [string, string]): string[] {
  const where = path.slice(3);
  if (path.endsWith('.ts')) {
    return scriptStrings(source)
      .filter((s) => FRENCH.test(s.text))
      .map((s) => `${where}:${s.line} « ${s.text} »`);
  }
  const { descriptor } = parse(source, { filename: path });
  const found = descriptor.template
    ? templateFindings(descriptor.template.ast as unknown as TemplateNode, where)
    : [];
  const script = descriptor.scriptSetup ?? descriptor.script;
  if (script) {
    found.push(
      ...scriptStrings(script.content)
        .filter((s) => FRENCH.test(s.text))
        .map((s) => `${where} (script):${s.line} « ${s.text} »`),
    );
  }
  return found;
}

describe('no hard-coded text', () => {
  const all = Object.entries(SOURCES).filter(([path]) => !SKIPPED.test(path));

  it('scans the app (templates and scripts)', () => {
    expect(all.filter(([path]) => path.endsWith('.vue')).length).toBeGreaterThan(50);
  });

  it('every word shown comes from the messages', () => {
    expect(all.flatMap(findings)).toEqual([]);
  });

  it('catches a hard-coded sentence, a visible attribute and French in a script', () => {
    const probe = (node: TemplateNode) => templateFindings(node, 'probe');
    const loc = { start: { line: 1 } };
    expect(probe({ type: 2, content: 'Mes traces', loc })).toHaveLength(1);
    expect(probe({ type: 2, content: ' : ', loc })).toHaveLength(1);
    expect(probe({ type: 2, content: ' · ', loc })).toHaveLength(0);
    expect(
      probe({
        type: 1,
        loc,
        props: [{ type: 6, name: 'aria-label', value: { content: 'Fermer' } }],
      }),
    ).toHaveLength(1);
    expect(scriptStrings("const a = 'Déposé'; // é in a comment").map((s) => s.text)).toEqual([
      'Déposé',
    ]);
  });
});
