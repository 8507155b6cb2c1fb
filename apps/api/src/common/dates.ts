import { DomainError } from './domain-error.js';

/** A `YYYY-MM-DD` that names a real day (`2026-02-31` does not). */
export function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** 400 unless both dates are real days and the second is not before the first. */
export function checkDateRange(
  [startField, start]: [string, string],
  [endField, end]: [string, string | null],
): void {
  for (const [field, value] of [
    [startField, start],
    [endField, end],
  ] as const) {
    if (value && !isRealDate(value)) {
      throw new DomainError('DATE_DOES_NOT_EXIST', { field, value });
    }
  }
  if (end && end < start) {
    throw new DomainError('DATE_RANGE_REVERSED', { start: startField, end: endField });
  }
}
