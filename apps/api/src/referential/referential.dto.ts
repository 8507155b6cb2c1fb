/**
 * OpenAPI description of `GET /api/referential`. Each class implements the shared type of
 * @dossier-sno/referential, so the compiler keeps this document and the data in step.
 */
import type {
  Activity,
  Block,
  BlockCode,
  CandidateStatus,
  CandidateStatusCode,
  CcfSituation,
  Competence,
  CompetenceCode,
  DetailedCompetence,
  Exam,
  ExamCode,
  ExamMode,
  ActivityCode,
  PonctuelPhase,
  Referential,
  TransversalCompetence,
  Unit,
  UnitCode,
} from '@dossier-sno/referential';
import { candidateStatusCodes, competenceCodes } from '@dossier-sno/referential';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

const BLOCKS: BlockCode[] = ['B1', 'B2', 'B3'];
const UNITS: UnitCode[] = ['U1', 'U2', 'U3'];
const EXAMS: ExamCode[] = ['E1', 'E2', 'E3'];
const MODES: ExamMode[] = ['ccf', 'ponctuel'];
const ACTIVITIES: ActivityCode[] = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3'];

@ApiSchema({ name: 'DetailedCompetence' })
export class DetailedCompetenceDto implements DetailedCompetence {
  @ApiProperty({ example: 'C1.1.1' })
  code!: string;

  @ApiProperty({ example: "Recueillir les besoins de l'organisation" })
  label!: string;
}

@ApiSchema({ name: 'Competence' })
export class CompetenceDto implements Competence {
  @ApiProperty({ enum: [...competenceCodes], enumName: 'CompetenceCode' })
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

@ApiSchema({ name: 'Activity' })
export class ActivityDto implements Activity {
  @ApiProperty({ enum: ACTIVITIES, enumName: 'ActivityCode' })
  code!: ActivityCode;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [String], description: 'Tasks listed under the activity (annexe II)' })
  tasks!: string[];
}

@ApiSchema({ name: 'Pole' })
export class PoleDto {
  @ApiProperty({ example: '1' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [ActivityDto] })
  activities!: ActivityDto[];
}

@ApiSchema({ name: 'Block' })
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

@ApiSchema({ name: 'TransversalCompetence' })
export class TransversalCompetenceDto implements TransversalCompetence {
  @ApiProperty({ example: 'T1' })
  code!: string;

  @ApiProperty()
  label!: string;
}

@ApiSchema({ name: 'Unit' })
export class UnitDto implements Unit {
  @ApiProperty({ enum: UNITS, enumName: 'UnitCode' })
  code!: UnitCode;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: BLOCKS, enumName: 'BlockCode' })
  block!: BlockCode;

  @ApiProperty({ enum: EXAMS, enumName: 'ExamCode' })
  exam!: ExamCode;
}

@ApiSchema({ name: 'CcfSituation' })
export class CcfSituationDto implements CcfSituation {
  @ApiProperty({ example: 'E1-A' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Situation A' })
  name!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Minutes, when the text sets it' })
  durationMinutes!: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'The duration as written' })
  durationText!: string | null;

  @ApiProperty()
  description!: string;
}

@ApiSchema({ name: 'CcfForm' })
export class CcfFormDto {
  @ApiProperty({ type: [CcfSituationDto] })
  situations!: CcfSituationDto[];

  @ApiProperty({ type: String, nullable: true, example: 'Épreuve orale' })
  form!: string | null;

  @ApiProperty()
  presentation!: string;

  @ApiProperty({ description: "Composition de la commission d'évaluation" })
  commission!: string;
}

@ApiSchema({ name: 'PonctuelPhase' })
export class PonctuelPhaseDto implements PonctuelPhase {
  @ApiProperty({ example: 'Phase A' })
  name!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  durationMinutes!: number;

  @ApiProperty()
  durationText!: string;

  @ApiProperty()
  description!: string;
}

@ApiSchema({ name: 'PonctuelForm' })
export class PonctuelFormDto {
  @ApiProperty({ example: 'Épreuve orale' })
  form!: string;

  @ApiProperty({ example: 40 })
  durationMinutes!: number;

  @ApiProperty({ example: '40 min' })
  durationText!: string;

  @ApiProperty()
  presentation!: string;

  @ApiProperty({ type: [PonctuelPhaseDto] })
  phases!: PonctuelPhaseDto[];

  @ApiProperty({ description: "Composition de la commission d'évaluation" })
  commission!: string;
}

@ApiSchema({ name: 'Exam' })
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

@ApiSchema({ name: 'CandidateStatus' })
export class CandidateStatusDto implements CandidateStatus {
  @ApiProperty({ enum: [...candidateStatusCodes], enumName: 'CandidateStatusCode' })
  code!: CandidateStatusCode;

  @ApiProperty()
  label!: string;

  @ApiProperty({ enum: MODES, enumName: 'ExamMode' })
  mode!: ExamMode;
}

@ApiSchema({ name: 'PfmpRules' })
export class PfmpRulesDto {
  @ApiProperty({ example: 12 })
  minimumWeeks!: number;

  @ApiProperty({ example: 8, description: 'For a candidate positionné by rector decision' })
  minimumWeeksPositionne!: number;
}

@ApiSchema({ name: 'Referential' })
export class ReferentialDto implements Referential {
  @ApiProperty({ example: 'mc-sno-v1' })
  version!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: [BlockDto] })
  blocks!: BlockDto[];

  @ApiProperty({ type: [UnitDto] })
  units!: UnitDto[];

  @ApiProperty({ type: [TransversalCompetenceDto] })
  transversal!: TransversalCompetenceDto[];

  @ApiProperty({ type: [ExamDto] })
  exams!: ExamDto[];

  @ApiProperty({ type: [CandidateStatusDto] })
  candidateStatuses!: CandidateStatusDto[];

  @ApiProperty({ type: PfmpRulesDto })
  pfmp!: PfmpRulesDto;
}
