import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';

/** A ranked suggestion for an item that was not read: an ESCO URI with how close it is (0..1). */
export interface Suggestion {
  uri: string;
  score: number;
}

/**
 * What the reader made of one typed item. Never nothing: an item is read as an occupation, a skill or
 * a certificate, or it is unread with ranked suggestions (possibly none, when nothing comes close).
 */
export type Reading =
  | {
      status: 'read';
      kind: 'occupation' | 'skill';
      uri: string;
      score: number;
      sector: SectorKey | null;
      /** Other readings the curated lexicon lists for the same typed words (close ones, for search). */
      also?: readonly string[];
    }
  | { status: 'read'; kind: 'certificate'; key: CertificateKey; score: number; sector: SectorKey | null }
  | { status: 'unread'; suggestions: Suggestion[]; sector: SectorKey | null };

export interface TextReader {
  /** A typed job title ("stewardess KLM", "kokkin", "orderpikker"). */
  title(text: string): Reading;
  /** A typed skill ("kassa draaien", "heftruckcertificaat", "Engels"). */
  skill(text: string): Reading;
}
