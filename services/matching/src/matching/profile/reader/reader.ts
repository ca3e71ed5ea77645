import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { certificateEntries, lexicon, regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import { skillReader } from './skill-reader.ts';
import { titleReader } from './title-reader.ts';
import type { Reading, TextReader } from './types.ts';

/**
 * Reads what people type (job titles, skills, certificates) with the curated lexicon and ESCO's labels.
 * Self-contained: its own small indexes, built once per taxonomy on first use (titles about 0.3 s,
 * skills about 1.2 s and 40 MB for all of ESCO), nothing from the running search index, so it can move
 * into a worker thread.
 */
const built = new WeakMap<Taxonomy, TextReader>();

/** The same text reads the same way: recent readings are kept (the search box asks again as people type). */
const cacheSize = 2000;
function cached(read: (text: string) => Reading): (text: string) => Reading {
  const recent = new Map<string, Reading>();
  return (text) => {
    let r = recent.get(text);
    if (r) {
      recent.delete(text);
    } else {
      r = read(text);
      if (recent.size >= cacheSize) recent.delete(recent.keys().next().value!);
    }
    recent.set(text, r);
    return r;
  };
}

export function createReader(taxonomy: Taxonomy): TextReader {
  let reader = built.get(taxonomy);
  if (!reader) {
    let title: ((text: string) => Reading) | undefined;
    let skill: ((text: string) => Reading) | undefined;
    reader = {
      title: (text) => {
        title ??= cached(titleReader(taxonomy, lexicon, regionalOccupations));
        return title(text);
      },
      skill: (text) => {
        skill ??= cached(skillReader(taxonomy, lexicon, certificateEntries));
        return skill(text);
      },
    };
    built.set(taxonomy, reader);
  }
  return reader;
}
