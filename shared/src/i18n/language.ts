/** The two languages Werkbrug speaks to people. Dutch (B1) is the default of a public service. */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

/**
 * The language a request asks for, from an Accept-Language header (`en-GB,en;q=0.9,nl;q=0.8`): the
 * first of our two languages by weight; Dutch when neither is asked for. The web app sends the
 * visitor's choice as this header, so API clients and the web app are served the same way.
 */
export function languageOf(acceptLanguage: string | null | undefined): Lang {
  if (!acceptLanguage) return 'nl';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of acceptLanguage.slice(0, 200).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'nl' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'nl';
}
