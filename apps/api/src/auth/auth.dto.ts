import { LOCALES, type Locale } from '@dossier-sno/i18n';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  MinLength,
  Matches,
} from 'class-validator';
import { ONE_LINE } from '../common/dto-rules.js';
import { rule } from '../common/validation-errors.js';
import { ROLES, type Role } from '../users/role.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../users/user.dto.js';

const lower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const newPassword = () => MinLength(PASSWORD_MIN);

@ApiSchema({ name: 'Login' })
export class LoginDto {
  @ApiProperty({ format: 'email' })
  @Transform(lower)
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

/** The signed-in person, as `POST /api/auth/login` and `GET /api/auth/me` return them. */
@ApiSchema({ name: 'SessionUser' })
export class SessionUserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];
}

@ApiSchema({ name: 'CsrfToken' })
export class CsrfTokenView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Send it in the X-CSRF-Token header of POST/PUT/PATCH/DELETE requests; null without a signed-in session (the routes used before signing in need none)',
  })
  token!: string | null;
}

@ApiSchema({ name: 'ChangePassword' })
export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX)
  currentPassword!: string;

  @ApiProperty({ minLength: PASSWORD_MIN })
  @IsString()
  @newPassword()
  @MaxLength(PASSWORD_MAX)
  newPassword!: string;
}

@ApiSchema({ name: 'PasswordResetRequest' })
export class PasswordResetRequestDto {
  @ApiProperty({ format: 'email' })
  @Transform(lower)
  @IsEmail({})
  @MaxLength(254)
  email!: string;
}

@ApiSchema({ name: 'TokenWithPassword' })
export class TokenWithPasswordDto {
  @ApiProperty({ description: 'The token of the link received by e-mail' })
  @IsString()
  @Length(10, 200, rule('token'))
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN })
  @IsString()
  @newPassword()
  @MaxLength(PASSWORD_MAX)
  password!: string;
}

@ApiSchema({ name: 'InvitationPreview' })
export class InvitationPreviewView {
  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles!: Role[];
}

@ApiSchema({ name: 'InvitationAccepted' })
export class InvitationAcceptedView extends SessionUserView {
  @ApiProperty({ description: 'Where the web app sends the person next', example: '/' })
  landing!: string;
}

export const INVITABLE_ROLES = ['tutor', 'examiner'] as const satisfies readonly Role[];

@ApiSchema({ name: 'CreateInvitation' })
export class CreateInvitationDto {
  @ApiProperty({ format: 'email' })
  @Transform(lower)
  @IsEmail({})
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 120)
  @Matches(ONE_LINE, rule('oneLine'))
  displayName!: string;

  @ApiProperty({ enum: INVITABLE_ROLES })
  @IsIn(INVITABLE_ROLES)
  role!: (typeof INVITABLE_ROLES)[number];

  @ApiPropertyOptional({ type: [String], description: 'For a tutor: the candidates they follow' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', {
    each: true,
  })
  candidateIds?: string[];
}

/** The language the platform writes to the signed-in person in (its e-mails). */
@ApiSchema({ name: 'MyLocale' })
export class LocaleDto {
  @ApiProperty({ enum: LOCALES, enumName: 'Locale', example: 'fr' })
  @IsIn(LOCALES)
  locale!: Locale;
}
