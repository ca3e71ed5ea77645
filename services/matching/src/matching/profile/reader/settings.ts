/**
 * Thresholds of the reader (what people type -> taxonomy), calibrated on the tuning half of the
 * resolution set (test/quality/data/tuning) only. Scores are 0..1.
 */
export const reader = {
  /** How much a typed word counts when it matches an index word in each way. */
  word: {
    /** A synonym counts this share of the form it stands for (word-synonyms.tsv). */
    synonym: 0.92,
    /** A Dutch word's English word (english-words.ts) counts this share: enough to suggest, rarely to read. */
    translation: 0.8,
    stem: 0.93,
    oneTypo: 0.85,
    twoTypos: 0.75,
    /** A typed word that is itself a known word, matched as a typo of another: a suggestion at most. */
    typoOfWord: 0.6,
    compoundBase: 0.35,
    compoundShare: 0.35,
    compoundPart: 0.8,
  },
  /** How far rare typed words outweigh common ones (0: all equal; 1: by inverse label frequency alone). */
  rareWords: 0.5,
  /** Weight of the letter-trigram overlap (Dice) of the joined forms. */
  trigramWeight: 0.85,
  /** A typed skill this long (joined) or longer may be read as the one curated phrase a typo away. */
  correctMinLength: 6,
  /** A whole joined title within one or two typos of a label ("verpleegkundge"). */
  whole: { oneTypo: 0.9, twoTypos: 0.8 },
  /** Share of a label's score kept however few of its words were typed; the rest follows the share typed. */
  coverageBase: 0.6,
  /** At most this many labels get the full score per search (the rest are ranked by a cheap bound). */
  maxScored: 300,
  /** A compound part must be this long to count ("monteur" in "elektromonteur"; not "kok" in "kokkin"). */
  compoundMinLength: 5,
  /** English alternative skill labels longer than this many words are not indexed (nobody types them). */
  maxAltEnglishWords: 3,
  /** Label weights: which kind of label a hit was on. */
  labels: { lexicon: 1, preferred: 1, alternative: 0.96, english: 0.92, hidden: 0.9, synonym: 0.95, altEnglish: 0.88 },
  /**
   * A compound title that is no label, suggested by its parts ("rioolmedewerker"): the job noun at its end
   * must end at least `headWords` index words, the modifier before it be `minLength` letters or more;
   * labels holding the modifier score `alone`, and `withHead` when they end in the same job noun too;
   * `inside` of that when the modifier is inside a label word rather than at its start.
   */
  modifier: { minLength: 4, headWords: 10, alone: 0.62, withHead: 0.88, inside: 0.9 },
  /** A job typed as an abbreviation ("vpk"): this many letters, suggested at this score (never read). */
  abbreviation: { minLetters: 2, maxLetters: 4, score: 0.5 },
  /** Read only at or above this score and this far ahead of the next different reading; else ask. */
  readMin: 0.86,
  readMargin: 0.06,
  /**
   * Skills ask more before reading a near match: some 130,000 skill labels against 30,000 occupation
   * labels, so a near one is more often a far neighbour ("omgaan met klanten" is not handling complaints).
   */
  skillReadMin: 0.9,
  /**
   * A label typed exactly is read when it is this much better than another skill's exactly typed label:
   * a preferred label (1) over a synonym (0.95), not one synonym over another (0.95 and 0.94).
   */
  exactMargin: 0.04,
  /** A suggestion of a question asked on part of a title is read when the whole title fits it this well. */
  narrowMin: 0.6,
  /**
   * A word beside the part of a title that was read changes the job when it begins at least this many
   * occupation labels, as job nouns do ("apotheker assistente" asks; "doktersassistente
   * huisartsenpraktijk" reads).
   */
  jobWordLabels: 15,
  /** A reading of part of a title gives way to a question when the whole title fits another this well. */
  rivalMin: 0.6,
  /** Suggestions must score at least this; at most this many are offered. */
  suggestMin: 0.3,
  suggestMax: 5,
  /** A question offers at least this many suggestions when any exist (topped up from ESCO's labels). */
  suggestAtLeast: 3,
  /** A reading in the sector the typed employer or place points at gets this much extra. */
  sectorHintBonus: 0.05,
} as const;
