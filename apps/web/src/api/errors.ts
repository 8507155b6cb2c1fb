/**
 * What the API says when it refuses: `{ statusCode, message, error }`, where `message` is a
 * string or, for validation errors, a list of strings (French first, then " / English").
 */
export interface ApiFailure {
  status: number;
  messages: string[];
  /** Seconds to wait, from `Retry-After` (429). */
  retryAfter?: number;
  /** The rest of the body (e.g. the per-line `errors` of a CSV import). */
  body?: Record<string, unknown>;
}

/** The messages of an API error body, whatever its shape. */
export function apiMessages(body: unknown): string[] {
  if (body && typeof body === 'object' && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (typeof message === 'string') return [message];
    if (Array.isArray(message)) return message.filter((m): m is string => typeof m === 'string');
  }
  return [];
}

/** An `ApiFailure` from an openapi-fetch `{ error, response }` pair. */
export function apiFailure(response: Response, body: unknown): ApiFailure {
  const retry = Number(response.headers.get('Retry-After'));
  return {
    status: response.status,
    messages: apiMessages(body),
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
    ...(body && typeof body === 'object' ? { body: body as Record<string, unknown> } : {}),
  };
}

/** The failure used when the server does not answer at all. */
export const networkFailure: ApiFailure = { status: 0, messages: [] };
