import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { CertificateEntry, Lexicon } from '@werkbrug/shared/taxonomy/lexicon';
import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
import { certificateNames } from '@werkbrug/shared/schemas/certificate';
import { reuseLevels } from '@werkbrug/shared/schemas/taxonomy';
import { type Hit, LabelIndex } from './label-index.ts';
import { reader as cfg } from './settings.ts';
import type { Reading, Suggestion } from './types.ts';
import { wordForms } from './word-forms.ts';
import { joined, key } from './words.ts';
import { stripFraming } from './framing.ts';
import { topUp } from './blend.ts';
import { englishWords } from './english-words.ts';

/** Certificates share the suggestion lists with skills, as `certificate:<key>`. */
export const certificatePrefix = 'certificate:';

/**
 * Reads a typed skill: certificates and licences first ("heftruckcertificaat", "VCA", "rijbewijs C"
 * are certificates, not skills), then the curated skill phrases, then ESCO's skill labels (the Dutch
 * ones written for the product, their synonyms, the English ones), asking when unsure.
 * Skills whose labels the curators found catching the wrong words (skill-label-fixes) are read only
 * through a curated phrase or their own label typed exactly.
 */
export function skillReader(taxonomy: Taxonomy, lexicon: Lexicon, certificates: readonly CertificateEntry[]) {
  const phrases = lexicon.skillPhrases;
  const forms = wordForms(lexicon, 'skill');
  const phraseIndex = new LabelIndex(
    phrases.map((p, i) => ({ target: i, text: p.typed, weight: cfg.labels.lexicon })),
    forms,
  );
  const certIndex = new LabelIndex(
    certificates.flatMap((c) =>
      [c.key, c.nameNl, certificateNames[c.key]?.nl ?? c.nameNl, ...c.typed].map((text) => ({
        target: c.key,
        text,
        weight: 1,
      })),
    ),
  );
  const fixed = new Set(lexicon.skillFixes.map((f) => f.uri));
  const w = cfg.labels;
  // Skills left out of the label index below are still read when their own label is typed exactly.
  const own = new LabelIndex(
    taxonomy.skills
      .filter((s) => fixed.has(s.uri))
      .flatMap((s) => [
        ...(s.labelNl ? [{ target: s.uri, text: s.labelNl, weight: w.preferred }] : []),
        { target: s.uri, text: s.labelEn, weight: w.english },
      ]),
  );
  const labels = new LabelIndex(
    taxonomy.skills
      .filter((s) => !fixed.has(s.uri))
      .flatMap((s) => [
        ...(s.labelNl ? [{ target: s.uri, text: s.labelNl, weight: w.preferred }] : []),
        ...s.synonymsNl.map((text, i) => ({ target: s.uri, text, weight: w.synonym - 0.01 * Math.min(i, 3) })),
        { target: s.uri, text: s.labelEn, weight: w.english },
        // English variants people could type: the short ones (most of ESCO's 85,000 are long rephrasings).
        ...s.altLabelsEn
          .filter((text) => text.split(' ').length <= cfg.maxAltEnglishWords)
          .map((text) => ({ target: s.uri, text, weight: w.altEnglish })),
      ]),
    forms,
  );

  // Broad skills before narrow ones among equally good labels: someone typing "voorraadbeheer" more
  // likely means managing stock than the stock of a campsite (ESCO's reuse levels).
  const breadth = (uri: string) => reuseLevels.indexOf(taxonomy.skillByUri.get(uri)?.reuse ?? 'occupation-specific');
  const byBreadth = (hits: readonly Hit<string>[]) =>
    [...hits].sort((a, b) => b.score - a.score || breadth(a.target) - breadth(b.target));
  // A Dutch word the bridge to English knows is a real word, not a typo of another ("melken" is no "melden").
  phraseIndex.dictionary = (word) => labels.has(word) || englishWords.has(word);
  labels.dictionary = (word) => phraseIndex.has(word) || englishWords.has(word);
  // English preferred labels, for what a typed Dutch word means word for word ("zingen" -> sing).
  const byEnglish = new Map<string, string>();
  for (const sk of taxonomy.skills) if (!byEnglish.has(key(sk.labelEn))) byEnglish.set(key(sk.labelEn), sk.uri);
  const literal = (text: string): string | undefined => {
    const ws = key(text).split(' ');
    if (ws.length > 2) return undefined;
    const options = ws.map((w) => [...forms.of(w).keys()].flatMap((f) => englishWords.get(f) ?? []));
    for (const a of options[0] ?? [])
      for (const b of ws.length === 2 ? (options[1] ?? []) : ['']) {
        const uri = byEnglish.get(`${a} ${b}`.trim()) ?? (b ? byEnglish.get(`${b} ${a}`) : undefined);
        if (uri) return uri;
      }
    return undefined;
  };
  const read = (uri: string, score: number): Reading => ({ status: 'read', kind: 'skill', uri, score, sector: null });
  const cert = (k: CertificateKey, score: number): Reading => ({
    status: 'read',
    kind: 'certificate',
    key: k,
    score,
    sector: null,
  });
  const unread = (suggestions: Suggestion[]): Reading => {
    const seen = new Set<string>();
    return {
      status: 'unread',
      suggestions: suggestions
        .filter((s) => s.score >= cfg.suggestMin && !seen.has(s.uri) && seen.add(s.uri))
        .slice(0, cfg.suggestMax),
      sector: null,
    };
  };
  const ranked = (uris: readonly string[], top = 0.95) =>
    uris.map((uri, i) => ({ uri, score: Math.round((top - 0.05 * i) * 1000) / 1000 }));

  const exactly = (text: string): Reading | undefined => {
    for (const v of forms.texts(text)) {
      const c = certIndex.exact(v)[0];
      if (c) return cert(c.target, 1);
      const p = phraseIndex.exact(v)[0];
      if (p) {
        const row = phrases[p.target]!;
        return row.confidence === 'sure' ? read(row.skills[0]!, 1) : unread(ranked(row.skills));
      }
    }
    let hits: Hit<string>[] = [];
    for (const v of forms.texts(text)) {
      if (hits.length > 0) break;
      hits = labels.exact(v);
    }
    if (hits.length === 0) hits = own.exact(text);
    if (hits.length === 0) return undefined;
    // Dutch synonyms are shared: "voorraadbeheer" names 28 skills. A later synonym's rank in one skill's
    // list (0.94, 0.93, ...) must not decide between skills; a clearly better label does (a preferred
    // label over another skill's synonym), and so does a skill's first synonym, the Dutch name its
    // writer gave first. Otherwise ask, the broadest skills first.
    const lead = hits.length > 1 ? hits[0]!.score - hits[1]!.score : 1;
    if (lead >= cfg.exactMargin || (lead > 0 && hits[0]!.score >= w.synonym)) {
      // A Dutch synonym of one skill that is word for word another skill's English name ("zingen" is a
      // synonym of expressing yourself creatively, and literally "sing"): ask, the literal one first.
      const word = literal(text);
      const sk = taxonomy.skillByUri.get(hits[0]!.target);
      if (word && word !== hits[0]!.target && sk?.labelNl && key(sk.labelNl) !== hits[0]!.label)
        return unread([
          { uri: word, score: cfg.readMin },
          ...hits.map((h) => ({ uri: h.target, score: Math.round(h.score * cfg.readMin * 1000) / 1000 })),
        ]);
      return read(hits[0]!.target, 1);
    }
    const close = hits.filter((h) => h.score >= hits[0]!.score - cfg.exactMargin);
    // Among labels nearly as good, the best one when it is broader than all the others (ESCO's reuse
    // levels) is what someone typing the bare word means: "copywriting" is perform copywriting, not producing
    // tourism brochures.
    const [first, ...rest] = byBreadth(close);
    if (rest.length > 0 && rest.every((h) => breadth(first!.target) < breadth(h.target))) return read(first!.target, 1);
    return unread(
      [...byBreadth(close), ...hits.filter((h) => !close.includes(h))].map((h) => ({
        uri: h.target,
        score: Math.round(h.score * 1000) / 1000,
      })),
    );
  };

  return (text: string): Reading => {
    if (!key(text)) return unread([]);
    const bare = stripFraming(text);
    const core = bare && bare !== key(text) ? bare : key(text);
    const r = readSkill(text, core);
    if (r.status === 'read' || r.suggestions.length === 0 || r.suggestions.length >= cfg.suggestAtLeast) return r;
    const wider = labels
      .search(core, cfg.suggestMax)
      .filter((h) => h.score >= cfg.suggestMin)
      .map((h) => ({ uri: h.target, score: Math.round(h.score * 1000) / 1000 }));
    return { ...r, suggestions: topUp(r.suggestions, wider, cfg.suggestAtLeast) };
  };

  /** "ervaring met kassa" is read as "kassa" (`core`); a text of only framing words ("ervaring") as typed. */
  function readSkill(text: string, core: string): Reading {
    return (
      exactly(text) ??
      (core !== key(text) ? (exactly(core) ?? corrected(core) ?? fuzzy(core)) : (corrected(text) ?? fuzzy(text)))
    );
  }

  /**
   * One typo from exactly one curated phrase or certificate ("excell", "boekhoding", "stresbestendig"):
   * read as that phrase typed right, at the score of a one-typo match, so the curated reading is not
   * lost among the many Dutch synonyms one typo away too. Only a text with a word that is no word of any
   * label (a real word such as "melken" is not a typo of "melden"), and long enough to carry a typo.
   */
  function corrected(text: string): Reading | undefined {
    const ws = key(text).split(' ');
    if (joined(text).length < cfg.correctMinLength || ws.every((w) => labels.has(w) || phraseIndex.has(w)))
      return undefined;
    const near = [...phraseIndex.nearest(text, 1), ...certIndex.nearest(text, 1)];
    const texts = new Set(near.map((n) => n.text));
    if (texts.size !== 1) return undefined;
    const r = exactly([...texts][0]!);
    if (!r) return undefined;
    if (r.status === 'read') return { ...r, score: cfg.whole.oneTypo };
    return {
      ...r,
      suggestions: r.suggestions.map((s) => ({
        uri: s.uri,
        score: Math.round(s.score * cfg.whole.oneTypo * 1000) / 1000,
      })),
    };
  }

  function fuzzy(text: string): Reading {
    const merged = new Map<string, Suggestion & { ask?: boolean; family?: readonly string[] }>();
    const add = (uri: string, score: number, ask?: boolean, family?: readonly string[]) => {
      const prev = merged.get(uri);
      if (!prev || score > prev.score) merged.set(uri, { uri, score: Math.round(score * 1000) / 1000, ask, family });
    };
    for (const h of certIndex.search(text, 3)) add(`${certificatePrefix}${h.target}`, h.score);
    for (const h of phraseIndex.search(text, 8)) {
      const row = phrases[h.target]!;
      row.skills.forEach((uri, i) => {
        add(uri, h.score * (i === 0 ? 1 : 0.9 - 0.03 * i), row.confidence === 'ask', row.skills);
      });
    }
    for (const h of labels.search(text, 12)) add(h.target, h.score);
    const hits = [...merged.values()].sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1));
    // The other skills of the curated row a hit came from do not compete with its first ("stresbestendig"
    // is one typo from the row "stressbestendig", whose later skills are close ones, not rivals), as for
    // job titles; a skill from elsewhere does.
    const top = hits[0];
    const next = hits.find((h) => h.uri !== top?.uri && !top?.family?.includes(h.uri));
    if (top && !top.ask && top.score >= cfg.skillReadMin && top.score - (next?.score ?? 0) >= cfg.readMargin)
      return top.uri.startsWith(certificatePrefix)
        ? cert(top.uri.slice(certificatePrefix.length) as CertificateKey, top.score)
        : read(top.uri, top.score);
    return unread(hits);
  }
}
