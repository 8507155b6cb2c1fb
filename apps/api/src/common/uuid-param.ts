import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

export const INVALID_ID =
  'Identifiant invalide dans l’adresse : un UUID est attendu. / Invalid id in the path: a UUID is expected.';

/** The pipe of every `:id`-like path parameter: a UUID, or a 400 saying so in French. */
export const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException(INVALID_ID),
});
