import { ERROR_CODES, type ErrorCode, type ErrorParams, type FieldError } from '@dossier-sno/i18n';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ERROR_STATUS } from './error-status.js';

@ApiSchema({ name: 'ApiFieldError' })
export class ApiFieldErrorView implements FieldError {
  @ApiProperty({ example: 'tutor.email' })
  field!: string;

  @ApiProperty({
    type: String,
    example: 'isEmail',
    description: 'The key `validation.<rule>` of the messages',
  })
  rule!: FieldError['rule'];

  @ApiProperty({ type: 'object', additionalProperties: true, example: { min: 1, max: 200 } })
  params!: ErrorParams;

  @ApiProperty({ example: 'tutor.email : saisissez une adresse e-mail valide (nom@exemple.fr).' })
  message!: string;
}

/** The body of every refusal (error-response.ts), documented once for clients. */
@ApiSchema({
  name: 'ApiError',
  description: `Every refusal. Codes and their HTTP status: ${ERROR_CODES.map((c) => `${c} ${ERROR_STATUS[c]}`).join(', ')}.`,
})
export class ApiErrorView {
  @ApiProperty({ example: 404 })
  statusCode!: number;

  @ApiProperty({ example: 'Not Found' })
  error!: string;

  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode', example: 'NOT_FOUND' })
  code!: ErrorCode;

  @ApiProperty({
    description: 'The sentence in the language of Accept-Language (French by default)',
  })
  message!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the sentence names (dates as ISO 8601, lists, counts)',
  })
  params!: ErrorParams;

  @ApiPropertyOptional({ type: [ApiFieldErrorView], description: 'INVALID_INPUT: each field' })
  fields?: ApiFieldErrorView[];
}
