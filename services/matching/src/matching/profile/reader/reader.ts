import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { certificateEntries, lexicon, regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import { skillReader } from './skill-reader.ts';
import { titleReader } from './title-reader.ts';
import type { TextReader } from './types.ts';

/**
 * Reads what people type (job titles, skills, certificates) with the curated lexicon and ESCO's labels.
 * Self-contained: its own small indexes, built once per taxonomy (about 1.5 s for all of ESCO), nothing
 * from the running search index, so it can move into a worker thread.
 */
const built = new WeakMap<Taxonomy, TextReader>();

export function createReader(taxonomy: Taxonomy): TextReader {
  let reader = built.get(taxonomy);
  if (!reader) {
    reader = {
      title: titleReader(taxonomy, lexicon, regionalOccupations),
      skill: skillReader(taxonomy, lexicon, certificateEntries),
    };
    built.set(taxonomy, reader);
  }
  return reader;
}
