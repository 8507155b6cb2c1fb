import {
  BadRequestException,
  HttpException,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { NOT_FOUND } from './not-found.js';

/**
 * Bad input that gets past validation and reaches PostgreSQL or the body parser must answer 4xx
 * with a message saying what to fix, never 500. The DTOs stay the first line (they name the field);
 * this is the net under them, for every route at once (issue 7, test/fuzz.int-spec.ts).
 */

/** PostgreSQL SQLSTATEs caused by the value sent, not by the server: answered 400. */
const POSTGRES_BAD_INPUT: Record<string, string> = {
  '22P02':
    'Valeur invalide : vérifiez le format (identifiant UUID, nombre, date AAAA-MM-JJ). / Invalid value: check its format.',
  '22007':
    'Date ou heure invalide : utilisez AAAA-MM-JJ ou une date ISO 8601. / Invalid date or time.',
  '22008':
    'Date hors limites : choisissez une date réelle entre les années 1 et 9999. / Date out of range.',
  '22003': 'Nombre hors limites : choisissez une valeur plus petite. / Number out of range.',
  '22001': 'Texte trop long : raccourcissez-le. / Text too long.',
  '22021':
    'Caractère interdit dans le texte (octet nul U+0000 ou encodage non UTF-8) : retirez-le. / Invalid character in text (NUL byte or non-UTF-8).',
  '54000':
    'Valeur trop longue pour être enregistrée : raccourcissez-la. / Value too long to store.',
};

/** Errors of the JSON body parser (body-parser `type`), answered with their own status. */
const BODY_PARSER: Record<string, () => HttpException> = {
  'entity.parse.failed': () =>
    new BadRequestException(
      'Corps de la requête illisible : envoyez un JSON valide (guillemets doubles, pas de virgule finale). / Malformed JSON body.',
    ),
  'entity.too.large': () =>
    new PayloadTooLargeException(
      'Corps de la requête trop volumineux : 1 Mo au plus (les fichiers passent par les routes de dépôt). / Request body too large.',
    ),
  'charset.unsupported': () =>
    new UnsupportedMediaTypeException(
      'Jeu de caractères non pris en charge : envoyez le JSON en UTF-8. / Unsupported charset: send UTF-8.',
    ),
  'encoding.unsupported': () =>
    new UnsupportedMediaTypeException(
      'Compression du corps non prise en charge : envoyez-le sans Content-Encoding, ou en gzip/deflate/br. / Unsupported Content-Encoding.',
    ),
  'request.aborted': () =>
    new BadRequestException('Requête interrompue avant la fin du corps. / Request aborted.'),
  'request.size.invalid': () =>
    new BadRequestException(
      'Taille du corps différente de Content-Length. / Body size does not match Content-Length.',
    ),
};

/**
 * The 4xx that `error` stands for, or undefined when it is not bad input (or already answered).
 * Nest wraps body-parser errors and undecodable path parameters in an HttpException whose `cause`
 * is the original: those are answered again, in French.
 */
export function inputError(error: unknown): HttpException | undefined {
  if (error instanceof HttpException) {
    const cause = error.cause;
    if (cause instanceof URIError) {
      return new BadRequestException(
        'Adresse mal encodée : un « % » doit être suivi de deux chiffres hexadécimaux (UTF-8). / Malformed percent-encoding in the URL.',
      );
    }
    const type = (cause as { type?: unknown } | null | undefined)?.type;
    return typeof type === 'string' ? BODY_PARSER[type]?.() : undefined;
  }
  // A row access was granted on, deleted before it was read (`findOneByOrFail` after requireAccess).
  if (error instanceof EntityNotFoundError) return new NotFoundException(NOT_FOUND);
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: unknown } | undefined)?.code;
    const message = typeof code === 'string' ? POSTGRES_BAD_INPUT[code] : undefined;
    return message ? new BadRequestException(message) : undefined;
  }
  return undefined;
}

/** Deepest nesting of objects and arrays a JSON body may have (the API's own bodies use 3). */
export const MAX_JSON_DEPTH = 32;

export const TOO_DEEP = `Corps de la requête trop imbriqué : ${MAX_JSON_DEPTH} niveaux d’objets ou de listes au plus. / JSON body nested too deeply.`;

/** A UTF-16 surrogate without its pair: JSON can carry one ("\ud800"), UTF-8 and PostgreSQL cannot. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export const loneSurrogateMessage = (path: string) =>
  `${path || 'corps'} : caractère invalide (moitié de paire UTF-16, « \\ud800 » par exemple) : retirez-le. / Lone UTF-16 surrogate in ${path || 'body'}.`;

/**
 * Middleware after the JSON parser: a body nested deeper than MAX_JSON_DEPTH (class-transformer
 * recurses, and overflowed the stack on 50 000 levels) or holding a lone surrogate in any string or
 * key (the database cannot store it) answers 400 before any route sees it.
 */
export function rejectUnusableJson(req: Request, _res: Response, next: NextFunction): void {
  if (nestedDeeperThan(req.body, MAX_JSON_DEPTH)) return next(new BadRequestException(TOO_DEEP));
  const path = loneSurrogatePath(req.body);
  next(path === undefined ? undefined : new BadRequestException(loneSurrogateMessage(path)));
}

/** True when `value` nests objects or arrays more than `max` levels (recursion stops there). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max === 0) return true;
  return Object.values(value).some((child) => nestedDeeperThan(child, max - 1));
}

/** Where (`tutor.email`, `items[2].comment`) the first lone surrogate of `value` is, if any. */
export function loneSurrogatePath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (LONE_SURROGATE.test(key)) return at;
    const found = loneSurrogatePath(child, at);
    if (found !== undefined) return found;
  }
  return undefined;
}
