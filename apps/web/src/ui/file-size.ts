/**
 * A byte count as people read it (« 1,5 Mo »), in binary multiples, French units in every language.
 * A no-break space keeps the number and its unit on one line.
 */
export function fileSize(bytes: number, locale: string): string {
  const units = ['o', 'Ko', 'Mo', 'Go'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)}\u00a0${units[unit]}`;
}
