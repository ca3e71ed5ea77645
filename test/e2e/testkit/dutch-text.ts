import type { Page } from 'playwright-core';

/**
 * A small detector of Dutch in an English page. It looks for common Dutch function words that are
 * not also English words ("je", "het", "een", "niet", "voor"...): any of them in text that does not
 * say it is Dutch means an untranslated interface text. Text marked lang="nl" is allowed when it
 * is a name or a label (fewer than two such words: a vacancy title, a place, an ESCO label), or
 * when it sits in one of the containers below, which hold what employers, schools and the region's
 * administrators wrote themselves and nobody translates.
 */
export const dutchWords = [
  'je',
  'jij',
  'jou',
  'jouw',
  'jullie',
  'wij',
  'ons',
  'onze',
  'het',
  'een',
  'niet',
  'geen',
  'zijn',
  'wordt',
  'worden',
  'voor',
  'naar',
  'bij',
  'met',
  'van',
  'ook',
  'maar',
  'wat',
  'hoe',
  'waar',
  'wie',
  'deze',
  'dit',
  'dat',
  'er',
  'nog',
  'meer',
  'kun',
  'kunt',
  'kan',
  'wil',
  'wilt',
  'moet',
  'moeten',
  'heb',
  'hebt',
  'heeft',
  'hebben',
  'op',
  'te',
  'als',
  'om',
  'tot',
  'aan',
  'uit',
  'hier',
  'alle',
  'mijn',
  'en',
  'zoek',
  'zoeken',
  'vacature',
  'vacatures',
  'opleiding',
  'opleidingen',
  'uur',
  'uren',
  'werkgever',
  'werkzoekende',
  'adviseur',
  'inloggen',
  'uitloggen',
  'terug',
  'opslaan',
  'bewaren',
  'kies',
  'vul',
  'jaar',
  'lijst',
  'baan',
  'beroep',
  'vaardigheden',
  'niveau',
  'gesloten',
  'naam',
  'nieuwe',
  'passen',
  'past',
  'verwijderen',
];

/** Containers of Dutch content, each with the reason it is not translated. */
export const dutchContent: Record<string, string> = {
  '.prose': 'vacancy and course descriptions, written by employers and schools',
  'a[href^="/vacatures/"], a[href^="/opleidingen/"]': 'titles of vacancies and courses',
  'h1 [lang="nl"]': 'the title of the vacancy, course, list or person a page is about',
  '.sector-outlook p': 'the fact behind a sector outlook, written by the region’s administrator',
  'textarea[lang="nl"]': 'what an employer wrote in a form field (a vacancy description being edited)',
};

/**
 * Dutch texts that colleagues are translating in their own branches (issue 13), each with who. They are
 * reported apart, and the walk fails once one of them no longer shows Dutch: then its entry goes.
 */
export const awaiting: Record<string, string> = {};

/** Names that contain one of the words above and are the same in both languages (places, schemes, demo users). */
export const allowedNames: (string | RegExp)[] = [
  'Zuid-Kennemerland en IJmond',
  'NL leert door',
  /\(demo (werkzoekende|werkadviseur|werkgever|beheerder)\)/g,
  // E-mail addresses are the same in both languages (the demo ones contain "werkzoekende").
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
];

export interface DutchFinding {
  text: string;
  words: string[];
  /** Where on the page: the element's tag and classes, or the attribute it came from. */
  where: string;
  /** Whether the text said it was Dutch (lang="nl"). */
  declared: boolean;
  /** Who is translating it, for texts in the `awaiting` list. */
  awaiting: string | null;
}

/** Every text a person can see or hear on the page now that reads as Dutch and should not. */
export function findDutch(page: Page): Promise<DutchFinding[]> {
  return page.evaluate(
    ({ words, content, names, pending }) => {
      const dutch = new Set(words);
      const contentSelector = Object.keys(content).join(', ');
      const found: { text: string; words: string[]; where: string; declared: boolean; awaiting: string | null }[] = [];
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
      const hidden = (el: Element) =>
        Boolean(el.closest('[aria-hidden="true"], [hidden], script, style, noscript, template')) ||
        !(el as HTMLElement).checkVisibility?.({ visibilityProperty: false, opacityProperty: false });
      // The tab title names the vacancy or course a page is about, which stays Dutch.
      const declaredTitles = [...document.querySelectorAll('h1 [lang="nl"]')].map((el) => el.textContent ?? '');
      const check = (raw: string, el: Element, where: string) => {
        let text = raw.replace(/\s+/g, ' ').trim();
        for (const name of names) text = text.replaceAll(name, '');
        for (const el of declaredTitles) text = text.replaceAll(el, '');
        // A word in capitals is an abbreviation (EN ISO 9606, NLQF), not the Dutch function word it spells.
        const spoken = (text.match(/[A-Za-zÀ-ÿ]+/g) ?? []).filter((w) => w.length < 2 || w !== w.toUpperCase());
        const hits = [...new Set(spoken.map((w) => w.toLowerCase()))].filter((w) => dutch.has(w));
        if (!hits.length) return;
        const declared = (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('nl');
        if (declared && (hits.length < 2 || el.closest(contentSelector))) return;
        const owner = Object.entries(pending).find(([selector]) => el.closest(selector))?.[1] ?? null;
        found.push({
          text: raw.replace(/\s+/g, ' ').trim().slice(0, 160),
          words: hits,
          where,
          declared,
          awaiting: owner,
        });
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        // Hidden text still counts when it is only visually hidden: screen readers read it.
        if (!el || !node.textContent?.trim()) continue;
        if (hidden(el) && !el.closest('.visually-hidden')) continue;
        check(node.textContent, el, describe(el));
      }
      for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
        if (hidden(el)) continue;
        for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = el.getAttribute(attr);
          if (value) check(value, el, `${describe(el)}[${attr}]`);
        }
      }
      check(document.title, document.documentElement, 'title');
      return found;
    },
    { words: dutchWords, content: dutchContent, names: allowedNames, pending: awaiting },
  );
}

export function describeFindings(url: string, findings: DutchFinding[]): string {
  return findings
    .map((f) => `  ${url} ${f.where}${f.declared ? ' (lang=nl)' : ''}: "${f.text}" [${f.words.join(', ')}]`)
    .join('\n');
}
