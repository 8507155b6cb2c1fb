/**
 * Types of the référentiel data. Codes are stable identifiers; labels keep the official French wording.
 *
 * Long texts (descriptions, presentations) are plain text: paragraphs separated by a blank line
 * (`\n\n`), list items on their own line starting with `- ` (nested items with `  - `).
 */

export type BlockCode = 'B1' | 'B2' | 'B3';
export type UnitCode = 'U1' | 'U2' | 'U3';
export type ExamCode = 'E1' | 'E2' | 'E3';
export type CompetenceCode =
  'C1.1' | 'C1.2' | 'C1.3' | 'C2.1' | 'C2.2' | 'C2.3' | 'C3.1' | 'C3.2' | 'C3.3';
export type ActivityCode = '1.1' | '1.2' | '1.3' | '2.1' | '2.2' | '2.3' | '3.1' | '3.2' | '3.3';
export type ExamMode = 'ccf' | 'ponctuel';
/** Added: the candidate statuses of the règlement d'examen (annexe IV.b). */
export type CandidateStatusCode =
  | 'scolaire_public_ou_prive_sous_contrat'
  | 'apprenti_cfa_habilite_ccf'
  | 'formation_continue_etablissement_public'
  | 'scolaire_prive_hors_contrat'
  | 'apprenti_cfa_non_habilite_ccf'
  | 'formation_continue_etablissement_prive'
  | 'experience_professionnelle_1_an'
  | 'enseignement_a_distance';

/** One *compétence détaillée*; the text does not number them, so codes are `C1.1.1`, `C1.1.2`… in reading order. */
export interface DetailedCompetence {
  code: string;
  label: string;
}

export interface Competence {
  code: CompetenceCode;
  title: string;
  /** The activity (annexe II) this competence is exercised in. */
  activity: ActivityCode;
  /** Contexte de mise en œuvre. */
  context: string;
  detailed: DetailedCompetence[];
  /** Savoirs associés. */
  knowledge: string[];
  /**
   * Résultats attendus, as in the annexe III table: the lead-in sentence is the first item (with its
   * final colon), then one item per bullet with its list punctuation (` ;` / `.`) as written.
   */
  expectedResults: string[];
  /** Critères d'évaluation. */
  criteria: string[];
}

export interface Activity {
  code: ActivityCode;
  title: string;
  /** Added: the tasks listed under the activity in annexe II (« – Recueil des besoins… »). */
  tasks: string[];
}

export interface Block {
  code: BlockCode;
  /** « Bloc de compétences 1 – … » without the prefix. */
  title: string;
  /** The *pôle d'activités* of annexe II; `code` is its number (`'1'`…`'3'`). */
  pole: { code: string; title: string; activities: Activity[] };
  unit: UnitCode;
  competences: Competence[];
}

export interface TransversalCompetence {
  code: string;
  label: string;
}

/** Added: a unit of annexe IV.a (U1–U3), with the block it certifies and the exam that assesses it. */
export interface Unit {
  code: UnitCode;
  /** « U1 – … » of annexe I without the prefix. */
  title: string;
  block: BlockCode;
  exam: ExamCode;
}

export interface CcfSituation {
  /** `E1-A`, `E1-B`, `E2-A`, `E3-A`, `E3-B`. */
  code: string;
  /** Added: the situation's name in the text (« Situation A »); null when the text names none (E2). */
  name: string | null;
  title: string;
  /** Duration in minutes when the text gives one. */
  durationMinutes: number | null;
  /** Added: the duration as written in the heading, e.g. « 40 min (exposé maximum de 20 min + entretien de 20 min) ». */
  durationText: string | null;
  description: string;
}

/** Added: a phase of the ponctuel form (annexe IV.c, « Phase A : … »). */
export interface PonctuelPhase {
  /** « Phase A », « Phase B ». */
  name: string;
  title: string;
  durationMinutes: number;
  /** The duration as written, e.g. « 25 min maximum ». */
  durationText: string;
  description: string;
}

export interface Exam {
  code: ExamCode;
  title: string;
  unit: UnitCode;
  block: BlockCode;
  coefficient: number;
  ccf: {
    situations: CcfSituation[];
    /** Added: « Épreuve orale » / « Épreuve pratique »; null when the text gives no form (E2). */
    form: string | null;
    /** Added: the general text of part A (« Contrôle en cours de formation »), outside the situations. */
    presentation: string;
    /** Added: « Composition de la commission d'évaluation ». */
    commission: string;
  };
  ponctuel: {
    /** « Épreuve orale » or « Épreuve pratique orale » (annexe IV.c). */
    form: string;
    durationMinutes: number;
    /** Added: the duration as written (« 40 min », « 35 minutes maximum », « 2h et 30 min »). */
    durationText: string;
    /** Added: the general text of part B (« Forme ponctuelle »), outside the phases. */
    presentation: string;
    /** Added. */
    phases: PonctuelPhase[];
    /** Added: « Composition de la commission d'évaluation ». */
    commission: string;
  };
}

export interface CandidateStatus {
  code: CandidateStatusCode;
  label: string;
  mode: ExamMode;
}

export interface Referential {
  /** Identifier of this version of the data; traces and cohorts store it. */
  version: string;
  title: string;
  blocks: Block[];
  /** Added: units U1–U3 (annexes I and IV.a). */
  units: Unit[];
  transversal: TransversalCompetence[];
  exams: Exam[];
  candidateStatuses: CandidateStatus[];
  /** Annexe V: minimum duration of the PFMP, in weeks. */
  pfmp: { minimumWeeks: number; minimumWeeksPositionne: number };
}
