import PDFDocument from 'pdfkit';

/** An image ready to draw: pdfkit's `openImage` (decoded once, its size known before drawing). */
interface OpenedImage {
  width: number;
  height: number;
}
type Opener = { openImage(data: Buffer): OpenedImage };

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZES = { 1: 18, 2: 14, 3: 12, 4: 10.5 } as const;

/**
 * The standard PDF fonts write Windows-1252: the narrow no-break space that French number and
 * date formatting uses has no glyph there, the no-break space has.
 */
const printable = (text: string) => text.replace(/\u202f/g, '\u00a0');

/**
 * A tagged PDF (PDF/UA-style logical structure) written top to bottom: every heading, paragraph,
 * list and image is a structure element in reading order, so a screen reader or a reflowing viewer
 * reads the document as it is laid out. French, with its title shown instead of the file name.
 */
export class TaggedPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly root: PDFKit.PDFStructureElement;

  constructor(title: string, info: { author?: string; subject: string }) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      pdfVersion: '1.7',
      tagged: true,
      lang: 'fr-FR',
      displayTitle: true,
      info: {
        Title: title,
        Subject: info.subject,
        ...(info.author ? { Author: info.author } : {}),
      },
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.doc.font(FONT).fontSize(10);
  }

  /** A section (Sect) to group what follows under a heading; `end()` it when done. */
  section(parent = this.root): PDFKit.PDFStructureElement {
    const section = this.doc.struct('Sect');
    parent.add(section);
    return section;
  }

  heading(level: 1 | 2 | 3 | 4, text: string, parent = this.root): void {
    const { doc } = this;
    if (level > 1) doc.moveDown(level === 2 ? 0.8 : 0.5);
    // A heading alone at the bottom of a page goes with what it introduces.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    parent.add(
      doc.struct(`H${level}`, {}, () => {
        doc.font(BOLD).fontSize(SIZES[level]).text(printable(text));
      }),
    );
    doc.font(FONT).fontSize(10);
  }

  /** Paragraphs of a text (blank lines separate them); `empty` when there is no text. */
  paragraphs(text: string, parent = this.root, empty = 'Non renseigné.'): void {
    const parts = text.trim() ? text.trim().split(/\n{2,}/) : [empty];
    for (const part of parts) this.paragraph(part, parent);
  }

  paragraph(text: string, parent = this.root, options: { bold?: boolean } = {}): void {
    const { doc } = this;
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font(options.bold ? BOLD : FONT)
          .text(printable(text))
          .font(FONT);
      }),
    );
    doc.moveDown(0.3);
  }

  /** « Label : value » on one line, the label in bold, as one paragraph. */
  fact(label: string, value: string, parent = this.root): void {
    const { doc } = this;
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font(BOLD)
          .text(`${printable(label)} : `, { continued: true })
          .font(FONT)
          .text(printable(value));
      }),
    );
  }

  /** A bulleted list (L > LI > Lbl + LBody). */
  list(items: string[], parent = this.root): void {
    if (!items.length) return;
    const list = this.doc.struct('L');
    parent.add(list);
    this.doc.list(items.map(printable), { structParent: list, bulletRadius: 1.5 });
    list.end();
    this.doc.moveDown(0.3);
  }

  /**
   * An image scaled to the page width (and at most 260 pt high) as a Figure with its alternative
   * text; false when the bytes are not an image pdfkit can draw, so the caller lists it instead.
   */
  figure(data: Buffer, alt: string, parent = this.root): boolean {
    const { doc } = this;
    let image: OpenedImage;
    try {
      image = (doc as unknown as Opener).openImage(data);
    } catch {
      return false;
    }
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    const scale = Math.min(width / image.width, 260 / image.height, 1);
    const height = image.height * scale;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    parent.add(
      doc.struct('Figure', { alt: printable(alt) }, () => {
        doc.image(image as unknown as Buffer, doc.page.margins.left, doc.y, {
          width: image.width * scale,
          height,
        });
      }),
    );
    doc.y += height + 6;
    return true;
  }

  /** Closes the structure and the document (the stream then ends). */
  end(): PDFKit.PDFDocument {
    this.root.end();
    this.doc.end();
    return this.doc;
  }
}
