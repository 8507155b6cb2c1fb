import { referentials } from '@dossier-sno/referential';
import PDFDocument from 'pdfkit';
import type { Manifest } from './dossiers.service.js';

const CONTEXTS: Record<string, string> = {
  centre: 'En centre de formation',
  pfmp: 'En PFMP',
  projet: 'Projet',
  atelier: 'Atelier',
  simulation: 'Situation simulée',
  personnel: 'Expérience personnelle',
};

/**
 * A PDF summary of a submission, in pure JavaScript (pdfkit, no browser at run time): traces,
 * competences covered, reflections, PFMP weeks, integrity hash. Never a mark or an evaluation.
 */
export function submissionPdf(
  manifest: Manifest,
  manifestSha256: string,
  candidateName: string,
): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: `Dossier ${manifest.exam} — ${candidateName}`,
      Author: candidateName,
      Subject: 'MC SNO',
    },
  });
  const heading = (text: string, size = 14) =>
    doc
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(size)
      .text(text)
      .font('Helvetica')
      .fontSize(10);
  const para = (text: string) => doc.text(text.trim() || '—', { align: 'left' });

  doc.font('Helvetica-Bold').fontSize(18).text(`Dossier numérique — épreuve ${manifest.exam}`);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Candidat·e : ${candidateName}`);
  doc.text(
    `Mode : ${manifest.mode === 'ccf' ? 'contrôle en cours de formation' : 'forme ponctuelle'}`,
  );
  doc.text(`Déposé le : ${manifest.submittedAt}`);
  if (manifest.acknowledgedIncomplete)
    doc.text('Déposé incomplet, à la demande de la personne candidate.');
  doc.text(`Empreinte SHA-256 du manifeste : ${manifestSha256}`);

  const ref = referentials[manifest.referentialVersion];
  const covered = new Set(manifest.items.flatMap((i) => i.competences));
  heading('Compétences couvertes');
  for (const competence of ref?.blocks.flatMap((b) => b.competences) ?? []) {
    if (!competence.code.startsWith(`C${manifest.exam.slice(1)}`) && !covered.has(competence.code))
      continue;
    const count = manifest.items.filter((i) => i.competences.includes(competence.code)).length;
    doc.text(
      `${covered.has(competence.code) ? '[x]' : '[ ]'} ${competence.code} – ${competence.title} : ${count} trace(s)`,
    );
  }

  if (manifest.pfmp) {
    heading('Périodes de formation en milieu professionnel');
    doc.text(
      `${manifest.pfmp.totalWeeks} semaine(s) (${manifest.pfmp.totalDays} jours) pour un minimum de ${manifest.pfmp.minimumWeeks} semaines.`,
    );
  }

  heading('Analyse réflexive du dossier');
  para(manifest.presentation);
  if (manifest.project) {
    heading('Projet collaboratif');
    doc.text(`Membres : ${manifest.project.members.join(', ')}`);
    para(manifest.project.contribution);
  }
  for (const h of manifest.highlights) {
    heading(`Réalisation — activité ${h.activity}`, 12);
    doc.font('Helvetica-Bold').text('Conception').font('Helvetica');
    para(h.design);
    doc.font('Helvetica-Bold').text('Mise en œuvre').font('Helvetica');
    para(h.implementation);
    doc.font('Helvetica-Bold').text('Choix opérés').font('Helvetica');
    para(h.choices);
  }

  heading(`Traces (${manifest.items.length})`);
  for (const item of manifest.items) {
    heading(`${item.position + 1}. ${item.title}`, 12);
    doc.text(
      `${CONTEXTS[item.context] ?? item.context} — ${item.occurredOn}${item.occurredUntil ? ` au ${item.occurredUntil}` : ''}`,
    );
    doc.text(
      `Compétences : ${[...item.competences, ...item.detailedCompetences].join(', ') || '—'}`,
    );
    if (item.comment) doc.text(`Commentaire : ${item.comment}`);
    if (item.description) para(item.description);
    doc.font('Helvetica-Bold').text('Analyse réflexive').font('Helvetica');
    para(item.reflection);
    for (const f of item.files)
      doc.text(`• ${f.name} (${f.size} octets, SHA-256 ${f.sha256.slice(0, 16)}…)`);
  }
  doc.end();
  return doc;
}
