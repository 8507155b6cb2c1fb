import { EVALUATION_LEVEL_LABELS } from '@dossier-sno/exam-rules';
import { formatDate } from '@dossier-sno/i18n';
import { referential } from '@dossier-sno/referential';
import { examAndMode, period } from '../common/export-text.js';
import { TaggedPdf } from '../common/tagged-pdf.js';
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
 * The session's grilles d'aide à l'évaluation for the final jury, tagged for screen readers: the
 * session first, then one candidate per page (the first under the session) with the reviewed
 * submission, each criterion's text, level and comment, the proposed mark and who signed when.
 * The commission's private notes stay out. Only members and admins ever receive this document.
 */
export function gridsPdf(session: ExamSession, grids: CandidateGrid[]): PDFKit.PDFDocument {
  const pdf = new TaggedPdf(`Grilles d'aide à l'évaluation — ${session.label}`, {
    subject: 'MC SNO',
  });
  const exam = referential.exams.find((e) => e.code === session.exam);
  pdf.heading(1, `Grilles d'aide à l'évaluation — ${session.exam}`);
  const header = pdf.section();
  pdf.fact('Session', session.label, header);
  pdf.fact('Épreuve', examAndMode(session.exam, session.mode), header);
  if (exam) pdf.fact('Intitulé', exam.title, header);
  pdf.fact('Oraux', period(session.oralStartsOn, session.oralEndsOn), header);
  pdf.fact('Date limite de dépôt', formatDate(session.submissionDeadline, 'fr'), header);
  pdf.paragraph('Proposition de note à ne pas communiquer à la personne candidate.', header, {
    bold: true,
  });
  header.end();
  if (grids.length === 0) pdf.paragraph('Aucune personne candidate dans cette session.');

  for (const [index, { displayName, submission, evaluation }] of grids.entries()) {
    if (index > 0) pdf.doc.addPage();
    const candidate = pdf.section();
    pdf.heading(2, displayName, candidate);
    pdf.paragraph(
      submission
        ? `Dossier déposé le ${formatDate(submission.submittedAt, 'fr')} (empreinte SHA-256 ${submission.manifestSha256.slice(0, 16)}…).`
        : 'Aucun dossier déposé avant la date limite.',
      candidate,
    );
    for (const competence of evaluation.grid.competences) {
      pdf.heading(3, `${competence.code} – ${competence.title}`, candidate);
      for (const criterion of competence.criteria) {
        const score = evaluation.scores.find((s) => s.criterionId === criterion.id);
        const part = pdf.section(candidate);
        pdf.paragraph(criterion.label, part, { bold: true });
        pdf.fact(
          'Niveau',
          score?.level ? EVALUATION_LEVEL_LABELS[score.level] : 'Non évalué',
          part,
        );
        if (score?.comment) pdf.fact('Commentaire', score.comment, part);
        part.end();
        pdf.doc.moveDown(0.3);
      }
    }
    pdf.heading(3, 'Proposition de la commission', candidate);
    pdf.fact(
      'Note proposée',
      evaluation.proposedMark === null ? 'aucune' : mark(evaluation.proposedMark),
      candidate,
    );
    pdf.paragraph(
      evaluation.lockedAt
        ? `Signée par toute la commission, verrouillée le ${formatDate(evaluation.lockedAt, 'fr')}.`
        : 'Évaluation non verrouillée (signatures incomplètes).',
      candidate,
    );
    pdf.list(
      evaluation.signOffs.map(
        (s) => `Signé par ${s.displayName} le ${formatDate(s.signedAt, 'fr')}`,
      ),
      candidate,
    );
    candidate.end();
  }
  return pdf.end();
}
