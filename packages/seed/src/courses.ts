import type { Course, Provider } from '@werkbrug/shared/schemas/course';
import type { CatalogueEntry } from '@werkbrug/shared/courses/catalogue';
import catalogueJson from '@werkbrug/shared/data/course-catalogue.json' with { type: 'json' };
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { PostcodeArea } from '@werkbrug/shared/schemas/region';
import type { Random } from './random.ts';
import { jitter, pickArea } from './places.ts';
import { atNoon } from './dates.ts';
import { startDatesFor } from './courses-dates.ts';

/** The curated catalogue (shared/curation/courses), checked against its schema when it was compiled. */
export const catalogue: readonly CatalogueEntry[] = catalogueJson as CatalogueEntry[];

export interface CourseContext {
  providers: readonly Provider[];
  referenceDate: string;
}

/**
 * Concrete course offerings from the curated catalogue: every course as its provider publishes it, at the
 * provider's location, with dated starts in the provider's start months. Titles, kinds, durations and prices
 * are the catalogue's; nothing is made up from skill labels. The order is a fixed shuffle, so a small seed is
 * still a mix of every kind. Beyond one round of the catalogue the same courses are offered again at other
 * places of the region (a second location of a school, a trainer that comes to you): that is how the seed
 * reaches national-scale sizes for the benchmarks without inventing courses.
 */
export function generateCourses(random: Random, count: number, ctx: CourseContext): Course[] {
  const providers = new Map(ctx.providers.map((p) => [p.id, p]));
  const order = random.sample(catalogue, catalogue.length);
  const courses: Course[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / order.length);
    const entry = order[i % order.length]!;
    const provider = providers.get(entry.providerId);
    if (!provider) throw new Error(`The catalogue names an unknown provider ${entry.providerId}`);
    const home = lookupPostcode(provider.postcode);
    const area: PostcodeArea | undefined = round === 0 ? home : pickArea(random, 0.1);
    courses.push({
      id: round === 0 ? `crs_${entry.key}` : `crs_${entry.key.slice(0, 59)}-${round + 1}`,
      title: entry.title,
      kind: entry.kind,
      providerId: provider.id,
      providerName: provider.name,
      providerKind: provider.kind,
      description: entry.description,
      crebo: entry.crebo,
      skillsTaught: [...entry.skills],
      givesCertificates: [...entry.givesCertificates],
      targetOccupations: [...entry.targetOccupations],
      nlqfLevel: entry.nlqfLevel,
      entry: { ...entry.entry, certificates: [...entry.entry.certificates] },
      durationWeeks: entry.durationWeeks,
      hoursPerWeek: entry.hoursPerWeek,
      mode: entry.mode,
      location:
        entry.mode === 'online' || !area
          ? null
          : {
              postcode: area.pc4,
              address: null,
              place: area.place,
              municipality: area.municipality,
              ...jitter(random, area),
            },
      startDates: startDatesFor(entry.startMonths, ctx.referenceDate),
      places: entry.places,
      price: entry.price,
      priceNote: entry.priceNote,
      employerName: entry.employerName,
      jobGuarantee: entry.jobGuarantee,
      signUp: { ...entry.signUp },
      source: null,
      status: 'open',
      demo: true,
      version: 1,
      updatedAt: atNoon(ctx.referenceDate),
    });
  }
  return courses;
}
