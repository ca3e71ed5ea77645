/** The two languages of the interface. Content from the API (vacancy texts) stays Dutch. */
export type Lang = 'nl' | 'en';

const locales: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatNumber(lang: Lang, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits }).format(value);
}

/** Whole euros without cents ("€ 2.450"), otherwise with cents ("€ 14,74"). */
export function formatEuro(lang: Lang, amount: number): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

/**
 * The API sends calendar dates as YYYY-MM-DD. They are read and printed in UTC so a date never
 * shifts by a day in the visitor's time zone.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
