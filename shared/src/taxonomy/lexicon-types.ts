import type { CertificateKey } from '../schemas/certificate.ts';
import type { SectorKey } from '../schemas/taxonomy.ts';

/**
 * The compiled typing lexicon (scripts/taxonomy/lexicon.ts -> data/lexicon.json): how people in the
 * Netherlands type job titles, skills and certificates, curated over ESCO (shared/curation/lexicon).
 */
export interface Lexicon {
  /** Typed title -> ranked occupations; `sure` reads the first, `ask` asks with all of them. */
  titles: { typed: string; occupations: string[]; confidence: 'sure' | 'ask'; sector: SectorKey | null }[];
  /** Words too generic to decide on ("medewerker", "operator"): always ask, with these suggestions. */
  generic: { typed: string; suggestions: string[] }[];
  /** Employer, place, filler and seniority words: stripped from a title, employers and places give a sector hint. */
  context: { word: string; kind: string; sector: SectorKey | null }[];
  /** Typed Dutch skill phrase -> ranked skills. */
  skillPhrases: { typed: string; skills: string[]; confidence: 'sure' | 'ask' }[];
  /** Skills whose ESCO labels catch the wrong typed words: read only through a curated phrase. */
  skillFixes: { uri: string; problem: string }[];
}

export interface CertificateEntry {
  key: CertificateKey;
  nameNl: string;
  nameEn: string;
  /** How people type it ("heftruckcertificaat", "vca", "rijbewijs c"). */
  typed: string[];
  kind: string;
  /** ESCO skills close to what the certificate stands for. */
  relatedSkills: string[];
}

/** An occupation of the region's demo data (shared/curation/region/occupations.tsv). */
export interface RegionalOccupation {
  uri: string;
  labelNl: string;
  sector: SectorKey;
  /** Relative vacancy volume. */
  weight: number;
  levelTypical: number;
  levelMin: number;
  hours: 'fulltime' | 'parttime' | 'mixed';
  bbl: boolean;
  /** Open to people without a start qualification or experience. */
  entry: boolean;
  garantiebaan: boolean;
  certificates: CertificateKey[];
  /** Vacancy titles as employers write them. */
  titleVariants: string[];
}
