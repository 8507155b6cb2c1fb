import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What no export may contain: one list, in libs/i18n, for the API's tests and the browser's. */
export { unreadable } from '@dossier-sno/i18n';

/** The text a person reads in an HTML page: no tags, no style, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(
      /&(lt|gt|quot|#39|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
    );
}

const run = promisify(execFile);

/**
 * What poppler says of a PDF: `pdfinfo`'s fields (Tagged, Title, Pages…) and the text
 * `pdftotext` extracts, in reading order.
 */
export async function popplerRead(
  pdf: Buffer,
): Promise<{ info: Record<string, string>; text: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'pdf-read-'));
  try {
    const file = join(folder, 'export.pdf');
    await writeFile(file, pdf);
    const [{ stdout: info }, { stdout: text }] = await Promise.all([
      run('pdfinfo', [file]),
      run('pdftotext', ['-enc', 'UTF-8', file, '-']),
    ]);
    const fields = Object.fromEntries(
      info
        .split('\n')
        .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1]!, m[2]!.trim()]),
    );
    // To look at what the tests produced (pdftoppm -png), as E2E_SCREENSHOTS does for pages.
    if (process.env.EXPORT_PDF_DIR)
      await writeFile(join(process.env.EXPORT_PDF_DIR, `${Date.now()}.pdf`), pdf);
    return { info: fields, text };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
