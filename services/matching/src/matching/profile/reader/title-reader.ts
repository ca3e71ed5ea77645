import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Lexicon, RegionalOccupation } from '@werkbrug/shared/taxonomy/lexicon';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import { contextStripper } from './context.ts';
import { type Hit, LabelIndex } from './label-index.ts';
import { reader as cfg } from './settings.ts';
import type { Reading, Suggestion } from './types.ts';
import { wordForms } from './word-forms.ts';
import { blend, topUp } from './blend.ts';
import { compoundSuggestions } from './compound-parts.ts';
import { abbreviationReader } from './abbreviations.ts';
import { fillers, key, subPhrases } from './words.ts';

/**
 * Reads a typed job title, in the order of docs/design/issue-10.md: the curated lexicon (exact, then
 * after stripping employer/place/filler words), words too generic to decide on (ask), ESCO's labels
 * (exact, then typo-, stem- and compound-tolerant), reading only when the best is clearly ahead and
 * asking with ranked suggestions otherwise.
 */
export function titleReader(taxonomy: Taxonomy, lexicon: Lexicon, region: readonly RegionalOccupation[]) {
  const rows = lexicon.titles;
  const forms = wordForms(lexicon, 'title');
  const lex = new LabelIndex(
    rows.map((r, i) => ({ target: i, text: r.typed, weight: cfg.labels.lexicon })),
    forms,
  );
  const generic = new LabelIndex(lexicon.generic.map((g, i) => ({ target: i, text: g.typed, weight: 1 })));
  const w = cfg.labels;
  const esco = new LabelIndex(
    taxonomy.occupations.flatMap((o) => [
      { target: o.uri, text: o.labelNl, weight: w.preferred },
      ...o.altLabelsNl.map((text) => ({ target: o.uri, text, weight: w.alternative })),
      ...(o.hiddenLabelsNl ?? []).map((text) => ({ target: o.uri, text, weight: w.hidden })),
      { target: o.uri, text: o.labelEn, weight: w.english },
    ]),
    forms,
  );
  lex.dictionary = (word) => esco.has(word);
  esco.dictionary = (word) => lex.has(word);
  // How many labels a word begins ("assistent X", "medewerker Y"): Dutch job nouns lead labels, while
  // words that say where or in what ("luchthaven", "zorg", "linux") only follow them.
  const leading = new Map<string, number>();
  for (const o of taxonomy.occupations)
    for (const l of [o.labelNl, ...o.altLabelsNl, o.labelEn]) {
      const ws = key(l).split(' ');
      if (ws.length > 1) leading.set(ws[0]!, (leading.get(ws[0]!) ?? 0) + 1);
    }
  const strip = contextStripper(lexicon);
  const stripPlaces = contextStripper(lexicon, ['employer', 'place']);
  const sectorOf = (uri: string) => taxonomy.occupationByUri.get(uri)?.sector ?? null;
  const hinted = (uri: string, hint: SectorKey | null) => (hint && sectorOf(uri) === hint ? cfg.sectorHintBonus : 0);

  const unread = (suggestions: Suggestion[], sector: SectorKey | null, pad?: string): Reading => {
    const seen = new Set<string>();
    const list = suggestions.filter((s) => !seen.has(s.uri) && seen.add(s.uri));
    if (pad && list.length < cfg.suggestMax)
      for (const s of fuzzy(pad, sector)) if (!seen.has(s.uri) && seen.add(s.uri)) list.push(s);
    return {
      status: 'unread',
      suggestions: list.filter((s) => s.score >= cfg.suggestMin).slice(0, cfg.suggestMax),
      sector,
    };
  };
  const ranked = (uris: readonly string[], hint: SectorKey | null): Suggestion[] =>
    uris
      .map((uri, i) => ({ uri, score: Math.round(Math.min(1, 0.95 - 0.05 * i + hinted(uri, hint)) * 1000) / 1000 }))
      .sort((a, b) => b.score - a.score);

  /** Lexicon rows and generic words typed exactly (accents, spaces, gender forms aside). */
  const curated = (text: string, hint: SectorKey | null): Reading | undefined => {
    for (const v of forms.texts(text)) {
      const row = lex.exact(v)[0];
      if (row) {
        const r = rows[row.target]!;
        const sector = hint ?? r.sector;
        // A sector hint may pick the row's reading in that sector ("steward" at KLM vs on a ship), and
        // settles a question when exactly one of the row's readings is in it ("kraanmachinist Tata").
        const inHint = hint ? r.occupations.filter((u) => sectorOf(u) === hint) : [];
        if (r.confidence === 'sure' || inHint.length === 1) {
          const uri = inHint[0] ?? r.occupations[0]!;
          return {
            status: 'read',
            kind: 'occupation',
            uri,
            score: r.confidence === 'sure' ? 1 : 0.9,
            sector: sectorOf(uri),
            also: r.occupations.filter((u) => u !== uri),
          };
        }
        return unread(ranked(r.occupations, sector), sector, v);
      }
      const g = generic.exact(v)[0];
      if (g) return unread(ranked(lexicon.generic[g.target]!.suggestions, hint), hint);
    }
    return undefined;
  };

  /** `family`: the readings of the lexicon row a hit came from; they do not compete with each other. */
  type Scored = Suggestion & { ask?: boolean; family?: readonly string[]; sure?: number };
  const fuzzy = (text: string, hint: SectorKey | null): Scored[] => {
    const merged = new Map<string, Scored>();
    const add = (uri: string, score: number, ask?: boolean, family?: readonly string[]) => {
      const s = Math.min(1, score + hinted(uri, hint));
      const prev = merged.get(uri);
      // The best score through a reading that is not a question, kept apart: "stewardes" is one stem
      // from the question "steward" and one typo from the sure "stewardess".
      const sure = Math.max(prev?.sure ?? 0, ask ? 0 : s);
      if (!prev || s > prev.score) merged.set(uri, { uri, score: Math.round(s * 1000) / 1000, ask, family, sure });
      else prev.sure = sure;
    };
    for (const h of lex.search(text, 8)) {
      const r = rows[h.target]!;
      r.occupations.forEach((uri, i) => {
        add(uri, h.score * (i === 0 ? 1 : 0.9 - 0.03 * i), r.confidence === 'ask', r.occupations);
      });
    }
    for (const h of esco.search(text, 12)) add(h.target, h.score);
    return [...merged.values()].sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
  };

  const fromEsco = (text: string, hint: SectorKey | null): Reading | undefined => {
    let hits: Hit<string>[] = [];
    for (const v of forms.texts(text)) if (hits.length === 0) hits = esco.exact(v);
    if (hits.length === 0) return undefined;
    const inHint = hint ? hits.filter((h) => sectorOf(h.target) === hint) : [];
    const pool = inHint.length > 0 ? inHint : hits;
    // One occupation's label typed exactly is read unless another's is nearly as good a label for it
    // (a preferred label here, an alternative one there): then ask.
    if (pool.length === 1 || pool[0]!.score - pool[1]!.score >= cfg.readMargin) {
      const uri = pool[0]!.target;
      return { status: 'read', kind: 'occupation', uri, score: 1, sector: sectorOf(uri) };
    }
    return unread(
      pool.map((h) => ({ uri: h.target, score: h.score })),
      hint,
      text,
    );
  };

  /**
   * A question from part of the title, settled by the whole of it when one suggestion's own labels fit
   * the whole title clearly best ("leraar" asks; "leraar basisschool" is leraar basisonderwijs).
   */
  const narrow = (text: string, asked: Reading & { status: 'unread' }, hint: SectorKey | null): Reading => {
    const allowed = new Set(asked.suggestions.map((s) => s.uri));
    const hits = esco.search(text, 200).filter((h) => allowed.has(h.target));
    const [top, next] = hits;
    if (top && top.score >= cfg.narrowMin && top.score - (next?.score ?? 0) >= cfg.readMargin)
      return { status: 'read', kind: 'occupation', uri: top.target, score: top.score, sector: sectorOf(top.target) };
    return asked.suggestions.length > 0 ? asked : unread([], hint, text);
  };

  /**
   * A curated reading found only after dropping filler words ("mbo" in "docent mbo techniek") whose row
   * lists other readings: when the words as typed fit one of those as well or better, ask between them.
   */
  const settle = (typed: string, rest: string, r: Reading | undefined, hint: SectorKey | null): Reading | undefined => {
    if (r?.status !== 'read' || r.kind !== 'occupation' || !r.also?.length) return r;
    // Only words that carry meaning can change the reading ("bij" in "stewardess bij Corendon" cannot).
    const kept = new Set(rest.split(' '));
    if (!typed.split(' ').some((w) => !kept.has(w) && !fillers.has(w))) return r;
    const family = new Set([r.uri, ...r.also]);
    const fits = fuzzy(typed, hint).filter((h) => family.has(h.uri));
    const own = fits.find((h) => h.uri === r.uri)?.score ?? 0;
    const rival = fits.find((h) => h.uri !== r.uri);
    if (!rival || rival.score < own - cfg.readMargin) return r;
    const top = rival.score > own ? rival : { uri: r.uri, score: own };
    return unread(blend([[top], [{ uri: r.uri, score: r.score }], fits], cfg.suggestMax), hint);
  };

  const regional = (hint: SectorKey | null): Suggestion[] =>
    hint
      ? region
          .filter((o) => o.sector === hint)
          .sort((a, b) => b.weight - a.weight || (a.uri < b.uri ? -1 : 1))
          .slice(0, cfg.suggestMax)
          .map((o, i) => ({ uri: o.uri, score: Math.round((0.6 - 0.02 * i) * 1000) / 1000 }))
      : [];

  /** The words of the title split where a typed compound is not itself a label word; undefined if none. */
  const splitCompounds = (rest: string): string | undefined => {
    let changed = false;
    const out = rest.split(' ').map((w) => {
      if (esco.knows(w) || lex.knows(w)) return w;
      const parts = esco.split(w) ?? lex.split(w);
      if (parts) changed = true;
      return parts ?? w;
    });
    return changed ? out.join(' ') : undefined;
  };

  /**
   * Reads as below; a title read from none of its own labels whose compounds split into known words
   * is asked again on the parts ("evenementencoördinator"): never read on a split alone, but the
   * parts' readings join the suggestions.
   */
  const abbreviation = abbreviationReader(
    [
      ...rows.filter((r) => r.confidence === 'sure').map((r) => ({ text: key(r.typed), uri: r.occupations[0]! })),
      ...region.map((o) => ({ text: key(o.labelNl), uri: o.uri })),
    ],
    region,
  );
  /** An abbreviation that is no word of any label ("vpk"): the jobs its letters may stand for join in. */
  const withAbbreviation = (text: string, r: Reading): Reading => {
    // "vpk'er" is "vpk" and the suffix for someone who does it.
    const t = key(text).replace(/ er$/, '');
    if (r.status === 'read' || t.includes(' ') || esco.has(t) || lex.has(t)) return r;
    const found = abbreviation(t);
    return found.length === 0 ? r : { ...r, suggestions: blend([r.suggestions, found], cfg.suggestMax) };
  };

  const readTitle = (text: string): Reading => {
    const r = withAbbreviation(text, withParts(text, asked(text)));
    if (r.status === 'read' || r.suggestions.length === 0 || r.suggestions.length >= cfg.suggestAtLeast) return r;
    const rest = strip(text).rest || key(text);
    const wider = esco
      .search(rest, cfg.suggestMax)
      .filter((h) => h.score >= cfg.suggestMin)
      .map((h) => ({ uri: h.target, score: Math.round(h.score * 1000) / 1000 }));
    return { ...r, suggestions: topUp(r.suggestions, wider, cfg.suggestAtLeast) };
  };

  /**
   * An unread compound adds what its modifier names ("rioolmedewerker": labels with "riool..."), first
   * when one of those also ends in the typed job noun; so a generic job noun's own question ("medewerker")
   * cannot fill the list.
   */
  const withParts = (text: string, r: Reading): Reading => {
    if (r.status === 'read') return r;
    const parts = compoundSuggestions(esco, strip(text).rest || key(text));
    if (parts.length === 0) return r;
    // They lead only when they fit at least as well as what was found for the whole: a near curated
    // reading of the whole title keeps its place, and so does the search box's reading of the text.
    const lead = parts[0]!.score >= (r.suggestions[0]?.score ?? 0);
    // Led by the parts: their best three first, then the rest in turn.
    const sources = lead
      ? [[...parts.slice(0, cfg.suggestAtLeast), ...blend([r.suggestions, parts], cfg.suggestMax)]]
      : [r.suggestions, parts];
    return { ...r, suggestions: blend(sources, cfg.suggestMax) };
  };

  const asked = (text: string): Reading => {
    const r = readWhole(text);
    if (r.status === 'read') return r;
    const { rest, sector: hint } = strip(text);
    const parts = rest ? splitCompounds(rest) : undefined;
    if (!parts) return r;
    const p = readWhole(parts);
    const fromParts =
      p.status === 'read' ? [{ uri: p.kind === 'occupation' ? p.uri : '', score: p.score }] : p.suggestions;
    const parted = fromParts.filter((s) => s.uri);
    // The source whose best suggestion fits best leads.
    const sources =
      (parted[0]?.score ?? 0) > (r.suggestions[0]?.score ?? 0) ? [parted, r.suggestions] : [r.suggestions, parted];
    return unread(blend(sources, cfg.suggestMax), hint);
  };

  const readWhole = (text: string): Reading => {
    if (!key(text)) return unread([], null);
    const whole = curated(text, null);
    if (whole) return whole;
    const { rest, sector: hint, hadPlace } = strip(text);
    if (!rest) return unread(hadPlace ? regional(hint) : [], hint);
    const places = stripPlaces(text).rest;
    const reading =
      (places && places !== key(text) ? curated(places, hint) : undefined) ??
      (rest !== key(text) ? settle(places, rest, curated(rest, hint), hint) : undefined) ??
      fromEsco(rest, hint);
    if (reading) return reading;
    // The longest curated phrase inside the title ("systeembeheerder linux", "doktersassistente
    // huisartsenpraktijk"): the other words say where or what with, not which job. At least half the words.
    const minWords = Math.ceil(rest.split(' ').length / 2);
    for (const sub of subPhrases(rest)) {
      if (sub.split(' ').length < minWords) break;
      const r = curated(sub, hint) ?? fromEsco(sub, hint);
      if (!r) continue;
      // The other words may only say where or with what ("linux"); a word that is itself part of job
      // titles ("assistente") may change the job, and so may a title read on a part beside an employer
      // ("kassa" at a cinema sells tickets): then ask, with the part's reading first.
      const others = rest.split(' ').filter((w) => !sub.split(' ').includes(w));
      const jobWords = others.some((w) =>
        [...forms.of(w).keys()].some((f) => (leading.get(f) ?? 0) >= cfg.jobWordLabels),
      );
      // The whole title may fit another occupation's labels clearly better than the part's reading
      // ("productiemedewerker voedingsindustrie"): then that is a question too.
      const part = r.status === 'read' && r.kind !== 'certificate' && !jobWords && !hadPlace ? r : undefined;
      const whole = part ? fuzzy(rest, hint) : [];
      const own = whole.find((h) => h.uri === part?.uri)?.score ?? 0;
      const top = whole[0];
      const rival = top && top.uri !== part?.uri && top.score >= cfg.rivalMin && top.score - own >= cfg.readMargin;
      if (part && !rival) return { ...part, score: Math.min(part.score, cfg.readMin) };
      const asked = r.status === 'read' ? undefined : narrow(rest, r, hint);
      if (asked?.status === 'read') return asked;
      const first = r.status === 'read' && r.kind === 'occupation' ? [{ uri: r.uri, score: cfg.readMin }] : [];
      const question = asked?.status === 'unread' ? asked.suggestions : [];
      // A word too generic to decide on ("medewerker") has stock suggestions that say nothing of the other
      // words ("zwembad medewerker"): the whole title's own matches come first then.
      const stock = forms.texts(sub).some((v) => generic.exact(v).length > 0);
      return unread(
        blend(stock ? [first, fuzzy(rest, hint), question] : [first, question, fuzzy(rest, hint)], cfg.suggestMax),
        hint,
      );
    }
    const hits = fuzzy(rest, hint);
    const top = hits[0];
    const next = hits.find((h) => h.uri !== top?.uri && !top?.family?.includes(h.uri));
    const certain = top && (!top.ask || (top.sure ?? 0) >= top.score - cfg.readMargin);
    if (top && certain && top.score >= cfg.readMin && top.score - (next?.score ?? 0) >= cfg.readMargin)
      return { status: 'read', kind: 'occupation', uri: top.uri, score: top.score, sector: sectorOf(top.uri) };
    // ESCO's own labels as a source of their own, so near-duplicate curated readings cannot fill the list.
    const labels = esco
      .search(rest, cfg.suggestMax)
      .map((h) => ({ uri: h.target, score: Math.round(h.score * 1000) / 1000 }));
    return unread(hits.length > 0 ? blend([hits, labels], cfg.suggestMax) : regional(hint), hint);
  };

  return readTitle;
}
