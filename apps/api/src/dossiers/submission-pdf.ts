import { TaggedPdf } from '../common/tagged-pdf.js';
import type { Manifest } from './dossiers.service.js';
import { type SubmissionPeople, submissionContent } from './submission-content.js';

/**
 * A PDF summary of a submission, in pure JavaScript (pdfkit, no browser at run time), tagged for
 * screen readers: the candidate, the exam, competences covered, reflections, PFMP weeks, each trace
 * with its files (PNG and JPEG drawn, by path in `images`), integrity hash. Never a mark.
 */
export function submissionPdf(
  manifest: Manifest,
  manifestSha256: string,
  people: SubmissionPeople,
  images: ReadonlyMap<string, Buffer>,
): PDFKit.PDFDocument {
  const c = submissionContent(manifest, people, manifestSha256);
  const pdf = new TaggedPdf(c.title, { author: people.candidateName, subject: 'MC SNO' });

  pdf.heading(1, c.heading);
  const summary = pdf.section();
  for (const fact of c.facts) pdf.fact(fact.label, fact.value, summary);
  if (c.incomplete)
    pdf.paragraph('Déposé incomplet, à la demande de la personne candidate.', summary, {
      bold: true,
    });
  summary.end();

  const competences = pdf.section();
  pdf.heading(2, 'Compétences couvertes', competences);
  pdf.list(c.competences, competences);
  competences.end();

  if (c.pfmp) {
    const pfmp = pdf.section();
    pdf.heading(2, 'Périodes de formation en milieu professionnel', pfmp);
    pdf.paragraph(c.pfmp, pfmp);
    pfmp.end();
  }

  const presentation = pdf.section();
  pdf.heading(2, 'Analyse réflexive du dossier', presentation);
  pdf.paragraphs(c.presentation, presentation);
  presentation.end();

  if (c.project) {
    const project = pdf.section();
    pdf.heading(2, 'Projet collaboratif', project);
    pdf.fact('Membres', c.project.members, project);
    pdf.heading(3, 'Contribution personnelle', project);
    pdf.paragraphs(c.project.contribution, project);
    project.end();
  }

  if (c.highlights.length) {
    const highlights = pdf.section();
    pdf.heading(2, 'Réalisations présentées', highlights);
    for (const h of c.highlights) {
      pdf.heading(3, h.heading, highlights);
      for (const part of h.parts) {
        pdf.heading(4, part.label, highlights);
        pdf.paragraphs(part.text, highlights);
      }
    }
    highlights.end();
  }

  const traces = pdf.section();
  pdf.heading(2, c.itemsHeading, traces);
  if (!c.items.length) pdf.paragraph('Aucune trace.', traces);
  for (const item of c.items) {
    const section = pdf.section(traces);
    pdf.heading(3, item.heading, section);
    for (const fact of item.facts) pdf.fact(fact.label, fact.value, section);
    pdf.heading(4, 'Compétences', section);
    pdf.list([...item.competences, ...item.detailed], section);
    if (!item.competences.length && !item.detailed.length)
      pdf.paragraph('Aucune compétence indiquée.', section);
    if (item.comment) pdf.fact('Commentaire', item.comment, section);
    if (item.description) {
      pdf.heading(4, 'Description', section);
      pdf.paragraphs(item.description, section);
    }
    pdf.heading(4, 'Analyse réflexive', section);
    pdf.paragraphs(item.reflection, section);
    if (item.files.length) {
      pdf.heading(4, 'Fichiers', section);
      pdf.list(
        item.files.map((f) => `${f.name} (${f.size}, SHA-256 ${f.sha256.slice(0, 16)}…)`),
        section,
      );
      for (const f of item.files) {
        const data = f.imageAlt ? images.get(f.path) : undefined;
        if (data) pdf.figure(data, f.imageAlt!, section);
      }
    }
    section.end();
  }
  traces.end();
  return pdf.end();
}
