import { useI18n } from 'vue-i18n';

const UNITS = ['bytes', 'kilo', 'mega', 'giga'] as const;

/**
 * A byte count as people read it, in binary multiples and the units of the interface language
 * (« 1,5 Mo », « 1.5 MB »). The messages put a no-break space between the number and its unit.
 */
export function useFileSize() {
  const { t, n } = useI18n();
  return (bytes: number): string => {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit += 1;
    }
    const size = n(value, { maximumFractionDigits: unit === 0 ? 0 : 1 });
    return t(`fileSize.${UNITS[unit]!}`, { size });
  };
}
