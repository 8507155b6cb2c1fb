/** A piece of référentiel text: paragraphs separated by blank lines, lists as lines starting « - ». */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Splits référentiel text into paragraphs and lists, so that lists are real lists. */
export function parseReferentialText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length) blocks.push({ kind: 'list', items: list });
      list = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = /^[-–•]\s+(.*)$/.exec(line);
      if (item) {
        flushParagraph();
        list.push(item[1]!);
      } else if (list.length) {
        // A line after list items without a dash continues the last item.
        list[list.length - 1] += ` ${line}`;
      } else {
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
