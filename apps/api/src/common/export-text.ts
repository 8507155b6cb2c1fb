import { formatDate, PLURAL_RULES, TIME_ZONE } from '@dossier-sno/i18n';
import type { ExamMode } from '@dossier-sno/referential';

/**
 * The words the exports (PDF, index.html, CSV) write for what the data holds as codes, numbers and
 * timestamps: a jury reads them on paper or offline, with no interface to explain a code.
 */

/** « 0 trace », « 1 trace », « 2 traces »: French counts 0 and 1 as singular (the shared rule). */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${PLURAL_RULES.fr(n, 2) === 0 ? singular : plural}`;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const UNITS = ['ko', 'Mo', 'Go', 'To'];

/** « 512 octets », « 12 ko », « 1,2 Mo »: multiples of 1 024, as file explorers show them. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'octet', 'octets');
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal below 10 (« 1,2 Mo »), whole numbers above (« 120 Mo »).
  const shown = value < 10 ? decimal.format(value) : String(Math.round(value));
  return `${shown} ${UNITS[unit]}`;
}

/** « Contrôle en cours de formation » or « Forme ponctuelle ». */
export function modeText(mode: ExamMode): string {
  return mode === 'ccf' ? 'Contrôle en cours de formation' : 'Forme ponctuelle';
}

/** « E2 — Contrôle en cours de formation ». */
export function examAndMode(exam: string, mode: ExamMode): string {
  return `${exam} — ${modeText(mode)}`;
}

/** « 2 novembre 2026 » or « du 2 novembre 2026 au 6 novembre 2026 ». */
export function period(from: string, until: string | null): string {
  return until && until !== from
    ? `du ${formatDate(from, 'fr')} au ${formatDate(until, 'fr')}`
    : formatDate(from, 'fr');
}

const clock = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const clockWithSeconds = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * A timestamp in a CSV cell: « 12/12/2026 14:30 » (Europe/Paris), the short form a French
 * spreadsheet program reads as a date and time; « 14 h 30 » would stay text there. Seconds when a
 * log orders its events by them. Empty for no date.
 */
export function csvDateTime(value: string | Date | null, options: { seconds?: boolean } = {}) {
  if (value === null) return '';
  const day = formatDate(value, 'fr', { style: 'short', time: false });
  return `${day} ${(options.seconds ? clockWithSeconds : clock).format(new Date(value))}`;
}
