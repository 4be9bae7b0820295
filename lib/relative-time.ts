import { t, uiLanguage } from './i18n';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();
function formatIn(language: string): Intl.RelativeTimeFormat {
  let format = formats.get(language);
  if (!format) {
    try {
      format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    } catch {
      format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    formats.set(language, format);
  }
  return format;
}

/** "just now", "5 minutes ago", "yesterday", "2 days ago", "hace 2 días": in the interface language. */
export function relativeTime(then: number, now: number, language = uiLanguage()): string {
  const elapsed = Math.max(0, now - then);
  const format = formatIn(language);
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return t('justNow');
}
