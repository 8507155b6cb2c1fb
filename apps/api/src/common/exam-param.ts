import { ParseEnumPipe } from '@nestjs/common';
import { EXAMS } from '../dossiers/dossier.dto.js';
import { invalidFields } from './validation-errors.js';

/** The pipe of every `:exam` path parameter: E1, E2 or E3, or INVALID_INPUT naming them. */
export const examParam = new ParseEnumPipe(Object.fromEntries(EXAMS.map((e) => [e, e])), {
  exceptionFactory: () =>
    invalidFields([{ field: 'exam', rule: 'isIn', params: { choices: [...EXAMS] } }]),
});
