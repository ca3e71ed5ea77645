import lexiconJson from '../data/lexicon.json' with { type: 'json' };
import certificatesJson from '../data/certificates.json' with { type: 'json' };
import regionJson from '../data/region-occupations.json' with { type: 'json' };
import type { CertificateEntry, Lexicon, RegionalOccupation } from './lexicon-types.ts';

export type { CertificateEntry, Lexicon, RegionalOccupation } from './lexicon-types.ts';

/** The compiled typing lexicon (shared/curation/lexicon, built by scripts/taxonomy/build.ts). */
export const lexicon = lexiconJson as Lexicon;

/** Certificates with how people type them and the skills they stand for. */
export const certificateEntries = certificatesJson as CertificateEntry[];

/** The occupations the region's demo data is drawn from, with their weights and conditions. */
export const regionalOccupations = regionJson as RegionalOccupation[];
