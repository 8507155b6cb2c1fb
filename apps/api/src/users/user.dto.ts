import {
  candidateStatusCodes,
  type CandidateStatusCode,
  type ExamMode,
} from '@dossier-sno/referential';
import { PageQueryDto } from '../common/page-query.dto.js';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  Matches,
} from 'class-validator';
import { ROLES, type Role, rolesCombine } from './role.js';
import { ONE_LINE, trim } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';

const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

@ApiSchema({ name: 'CandidateProfile' })
export class CandidateProfileView {
  @ApiProperty({ format: 'uuid' })
  cohortId!: string;

  @ApiProperty({ enum: [...candidateStatusCodes], enumName: 'CandidateStatusCode' })
  status!: CandidateStatusCode;

  @ApiProperty({ enum: ['ccf', 'ponctuel'], enumName: 'ExamMode' })
  mode!: ExamMode;

  @ApiProperty()
  positionne!: boolean;
}

/** A person as shown to those who may see them (never a password hash). */
@ApiSchema({ name: 'User' })
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ format: 'uuid' })
  establishmentId!: string;

  @ApiProperty({ type: CandidateProfileView, nullable: true })
  candidate!: CandidateProfileView | null;

  @ApiProperty({ type: [String], description: 'Tutors assigned to this candidate' })
  tutorIds!: string[];

  /** Whether the person has set a password (false: invitation pending). */
  @ApiProperty()
  activated!: boolean;

  @ApiProperty({ description: 'Send it back with PATCH; a stale version answers 409' })
  version!: number;

  @ApiProperty()
  createdAt!: Date;
}

@ApiSchema({ name: 'UserPage' })
export class UserPage {
  @ApiProperty({ type: [UserView] })
  items!: UserView[];

  @ApiProperty()
  total!: number;

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;
}

@ApiSchema({ name: 'CreateUser' })
export class CreateUserDto {
  @ApiProperty({ format: 'email', example: 'lea.martin@example.fr' })
  @Transform(lower)
  @IsEmail({})
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Léa Martin' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  @Matches(ONE_LINE, rule('oneLine'))
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, {
    each: true,
  })
  @ValidateBy({
    name: 'rolesCombine',
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || rolesCombine(value as Role[]),
      defaultMessage: () => 'rolesCombine',
    },
  })
  roles!: Role[];

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN,
    description: 'Omit it to e-mail an invitation link instead',
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for a candidate' })
  @IsOptional()
  @IsUUID('all')
  cohortId?: string;

  @ApiPropertyOptional({
    enum: [...candidateStatusCodes],
    enumName: 'CandidateStatusCode',
    description: 'Required for a candidate',
  })
  @IsOptional()
  @IsIn([...candidateStatusCodes])
  candidateStatus?: CandidateStatusCode;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  positionne?: boolean;
}

@ApiSchema({ name: 'UpdateUser' })
export class UpdateUserDto {
  @ApiProperty({ description: 'The version read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @Transform(lower)
  @IsEmail({})
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  @Matches(ONE_LINE, rule('oneLine'))
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  @ValidateBy({
    name: 'rolesCombine',
    validator: {
      validate: (value: unknown) => !Array.isArray(value) || rolesCombine(value as Role[]),
      defaultMessage: () => 'rolesCombine',
    },
  })
  roles?: Role[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  cohortId?: string;

  @ApiPropertyOptional({ enum: [...candidateStatusCodes], enumName: 'CandidateStatusCode' })
  @IsOptional()
  @IsIn([...candidateStatusCodes])
  candidateStatus?: CandidateStatusCode;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  positionne?: boolean;
}

@ApiSchema({ name: 'UserQuery' })
export class UserQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  cohortId?: string;

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

@ApiSchema({ name: 'Created' })
export class CreatedView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

@ApiSchema({ name: 'AccessLink' })
export class AccessLinkView {
  @ApiProperty({
    enum: ['invitation', 'password_reset'],
    description: 'An invitation while the person never set a password, else a password reset',
  })
  kind!: 'invitation' | 'password_reset';

  @ApiProperty({ format: 'email', description: 'Where the link was sent' })
  email!: string;
}
