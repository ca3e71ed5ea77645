import { describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { toCourseDocument, toVacancyDocument } from './documents.ts';

const taxonomy = loadTaxonomy();
const data = generateDataset({ vacancies: 300, courses: 60, profiles: 5 });

/** Every label of a skill, in the order the index has always written them: Dutch, synonyms, English. */
function skillLabelsOf(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => {
    const s = taxonomy.skillByUri.get(uri);
    return s ? [...(s.labelNl ? [s.labelNl] : []), ...s.synonymsNl, s.labelEn] : [];
  });
}

function occupationLabelsOf(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => {
    const o = taxonomy.occupationByUri.get(uri);
    return o ? [o.labelNl, ...o.altLabelsNl, o.labelEn] : [];
  });
}

describe('search documents', () => {
  it('carry the labels of a vacancy’s occupation and of its essential, then optional skills', () => {
    for (const v of data.vacancies) {
      const doc = toVacancyDocument(v, taxonomy, (s) => taxonomy.sectorByKey.get(s)?.outlook ?? 'stable');
      expect(doc.skillLabels).toEqual(skillLabelsOf([...v.essentialSkills, ...v.optionalSkills]));
      expect(doc.occupationLabels).toEqual(occupationLabelsOf([v.occupationUri]));
      expect(doc.skillLabels.length).toBeGreaterThan(0);
    }
  });

  it('carry the labels of what a course teaches and leads to', () => {
    for (const c of data.courses) {
      const doc = toCourseDocument(c, taxonomy, data.referenceDate, []);
      expect(doc.skillLabels).toEqual(skillLabelsOf(c.skillsTaught));
      expect(doc.occupationLabels).toEqual(occupationLabelsOf(c.targetOccupations));
    }
  });
});
