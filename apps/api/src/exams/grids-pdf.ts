import { EVALUATION_LEVEL_LABELS } from '@dossier-sno/exam-rules';
import PDFDocument from 'pdfkit';
import type { SubmissionSummaryView } from '../dossiers/dossier.dto.js';
import type { ExamSession } from './exam-session.entity.js';
import type { EvaluationView } from './exam.dto.js';

export interface CandidateGrid {
  displayName: string;
  submission: SubmissionSummaryView | null;
  evaluation: EvaluationView;
}

const mark = (m: number) => `${String(m).replace('.', ',')} / 20`;

/**
 * The session's grilles d'aide à l'évaluation for the final jury: one page per candidate with the
 * reviewed submission, each criterion's level and comment, the proposed mark and the sign-offs.
 * The commission's private notes stay out. Only members and admins ever receive this document.
 */
export function gridsPdf(session: ExamSession, grids: CandidateGrid[]): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: `Grilles d'aide à l'évaluation — ${session.label}`, Subject: 'MC SNO' },
  });
  doc.font('Helvetica-Bold').fontSize(18).text(`Grilles d'aide à l'évaluation — ${session.exam}`);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Session : ${session.label}`);
  doc.text(
    `Mode : ${session.mode === 'ccf' ? 'contrôle en cours de formation' : 'forme ponctuelle'}`,
  );
  doc.text(`Oraux : du ${session.oralStartsOn} au ${session.oralEndsOn}`);
  doc.text(`Date limite de dépôt : ${session.submissionDeadline.toISOString()}`);
  doc.text('Proposition de note à ne pas communiquer à la personne candidate.');
  if (grids.length === 0) doc.moveDown().text('Aucun·e candidat·e dans cette session.');
  for (const { displayName, submission, evaluation } of grids) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).text(displayName).font('Helvetica').fontSize(10);
    doc.text(
      submission
        ? `Dossier déposé le ${submission.submittedAt.toISOString()} (SHA-256 ${submission.manifestSha256.slice(0, 16)}…)`
        : 'Aucun dossier déposé avant la date limite.',
    );
    for (const competence of evaluation.grid.competences) {
      doc
        .moveDown(0.5)
        .font('Helvetica-Bold')
        .text(`${competence.code} – ${competence.title}`)
        .font('Helvetica');
      for (const criterion of competence.criteria) {
        const score = evaluation.scores.find((s) => s.criterionId === criterion.id);
        const level = score?.level ? EVALUATION_LEVEL_LABELS[score.level] : 'non évalué';
        doc.text(`• ${criterion.label} : ${level}`);
        if (score?.comment) doc.text(`   ${score.comment}`);
      }
    }
    doc.moveDown(0.5).font('Helvetica-Bold');
    doc.text(
      `Note proposée : ${evaluation.proposedMark === null ? '—' : mark(evaluation.proposedMark)}`,
    );
    doc.font('Helvetica');
    doc.text(
      evaluation.lockedAt
        ? `Signée par toute la commission, verrouillée le ${evaluation.lockedAt.toISOString()}.`
        : 'Évaluation non verrouillée (signatures incomplètes).',
    );
    for (const s of evaluation.signOffs)
      doc.text(`Signé par ${s.displayName} le ${s.signedAt.toISOString()}`);
  }
  doc.end();
  return doc;
}
