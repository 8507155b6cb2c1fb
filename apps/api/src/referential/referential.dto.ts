/**
 * OpenAPI description of `GET /api/referential`. Each class implements the shared type of
 * @dossier-sno/referential, so the compiler keeps this document and the data in step.
 */
import type {
  Activity,
  Block,
  BlockCode,
  CandidateStatus,
  CcfSituation,
  Competence,
  CompetenceCode,
  DetailedCompetence,
  Exam,
  ExamCode,
  ExamMode,
  ActivityCode,
  Referential,
  TransversalCompetence,
  UnitCode,
} from '@dossier-sno/referential';
import { ApiProperty } from '@nestjs/swagger';

const BLOCKS: BlockCode[] = ['B1', 'B2', 'B3'];
const UNITS: UnitCode[] = ['U1', 'U2', 'U3'];
const EXAMS: ExamCode[] = ['E1', 'E2', 'E3'];
const MODES: ExamMode[] = ['ccf', 'ponctuel'];
const ACTIVITIES: ActivityCode[] = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3'];
const COMPETENCES: CompetenceCode[] = [
  'C1.1',
  'C1.2',
  'C1.3',
  'C2.1',
  'C2.2',
  'C2.3',
  'C3.1',
  'C3.2',
  'C3.3',
];

export class DetailedCompetenceDto implements DetailedCompetence {
  @ApiProperty({ example: 'C1.1.1' })
  code!: string;

  @ApiProperty({ example: "Recueillir les besoins de l'organisation" })
  label!: string;
}

export class CompetenceDto implements Competence {
  @ApiProperty({ enum: COMPETENCES, enumName: 'CompetenceCode' })
  code!: CompetenceCode;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: ACTIVITIES, enumName: 'ActivityCode' })
  activity!: ActivityCode;

  @ApiProperty({ description: 'Contexte de mise en œuvre' })
  context!: string;

  @ApiProperty({ type: [DetailedCompetenceDto] })
  detailed!: DetailedCompetenceDto[];

  @ApiProperty({ type: [String], description: 'Savoirs associés' })
  knowledge!: string[];

  @ApiProperty({ type: [String], description: 'Résultats attendus' })
  expectedResults!: string[];

  @ApiProperty({ type: [String], description: "Critères d'évaluation" })
  criteria!: string[];
}

export class ActivityDto implements Activity {
  @ApiProperty({ enum: ACTIVITIES, enumName: 'ActivityCode' })
  code!: ActivityCode;

  @ApiProperty()
  title!: string;
}

export class PoleDto {
  @ApiProperty({ example: '1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [ActivityDto] })
  activities!: ActivityDto[];
}

export class BlockDto implements Block {
  @ApiProperty({ enum: BLOCKS, enumName: 'BlockCode' })
  code!: BlockCode;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: PoleDto })
  pole!: PoleDto;

  @ApiProperty({ enum: UNITS, enumName: 'UnitCode' })
  unit!: UnitCode;

  @ApiProperty({ type: [CompetenceDto] })
  competences!: CompetenceDto[];
}

export class TransversalCompetenceDto implements TransversalCompetence {
  @ApiProperty({ example: 'T1' })
  code!: string;

  @ApiProperty()
  label!: string;
}

export class CcfSituationDto implements CcfSituation {
  @ApiProperty()
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Minutes, when the text sets it' })
  durationMinutes!: number | null;

  @ApiProperty()
  description!: string;
}

export class CcfFormDto {
  @ApiProperty({ type: [CcfSituationDto] })
  situations!: CcfSituationDto[];
}

export class PonctuelFormDto {
  @ApiProperty({ example: 'oral' })
  form!: string;

  @ApiProperty({ example: 40 })
  durationMinutes!: number;
}

export class ExamDto implements Exam {
  @ApiProperty({ enum: EXAMS, enumName: 'ExamCode' })
  code!: ExamCode;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: UNITS, enumName: 'UnitCode' })
  unit!: UnitCode;

  @ApiProperty({ enum: BLOCKS, enumName: 'BlockCode' })
  block!: BlockCode;

  @ApiProperty({ example: 6 })
  coefficient!: number;

  @ApiProperty({ type: CcfFormDto })
  ccf!: CcfFormDto;

  @ApiProperty({ type: PonctuelFormDto })
  ponctuel!: PonctuelFormDto;
}

export class CandidateStatusDto implements CandidateStatus {
  @ApiProperty({ example: 'scolaire_public_ou_prive_sous_contrat' })
  code!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ enum: MODES, enumName: 'ExamMode' })
  mode!: ExamMode;
}

export class PfmpRulesDto {
  @ApiProperty({ example: 12 })
  minimumWeeks!: number;

  @ApiProperty({ example: 8, description: 'For a candidate positionné by rector decision' })
  minimumWeeksPositionne!: number;
}

export class ReferentialDto implements Referential {
  @ApiProperty({ example: 'mc-sno-v1' })
  version!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [BlockDto] })
  blocks!: BlockDto[];

  @ApiProperty({ type: [TransversalCompetenceDto] })
  transversal!: TransversalCompetenceDto[];

  @ApiProperty({ type: [ExamDto] })
  exams!: ExamDto[];

  @ApiProperty({ type: [CandidateStatusDto] })
  candidateStatuses!: CandidateStatusDto[];

  @ApiProperty({ type: PfmpRulesDto })
  pfmp!: PfmpRulesDto;
}
