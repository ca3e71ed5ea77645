import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';
import type { Course, Provider } from '@werkbrug/shared/schemas/course';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import providersJson from '@werkbrug/shared/data/providers.json' with { type: 'json' };
import { createRandom } from './random.ts';
import { defaultReferenceDate } from './dates.ts';
import { generateEmployers, type DemoEmployer } from './employers.ts';
import { generateVacancies } from './vacancies.ts';
import { generateCourses } from './courses.ts';
import { applicationFor } from './courses-applications.ts';
import { generateProfiles } from './profiles.ts';
import { demoAdviserIds, demoPassword, demoUsers } from './accounts.ts';

export interface DatasetOptions {
  vacancies?: number;
  courses?: number;
  profiles?: number;
  seed?: string;
  referenceDate?: string;
}

export interface Dataset {
  seed: string;
  referenceDate: string;
  employers: DemoEmployer[];
  providers: Provider[];
  vacancies: Vacancy[];
  courses: Course[];
  profiles: Profile[];
  users: User[];
  /** The password of every demo account in `users` (stored only as a hash when loaded). */
  demoPassword: string;
}

/** Regional demo data at the default size: what a fresh install starts with. */
export const defaultSize = { vacancies: 2400, courses: 360, profiles: 600 } as const;

/**
 * Deterministic regional demo data: the same options always give the same records, ids and text.
 * Every part draws from its own forked generator, so changing the number of courses does not
 * change the vacancies. Scales to 100,000 vacancies and 10,000 courses for the benchmarks.
 */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const seed = options.seed ?? 'werkbrug-zkij';
  const referenceDate = options.referenceDate ?? defaultReferenceDate;
  const random = createRandom(seed);
  const taxonomy = loadTaxonomy();
  const counts = { ...defaultSize, ...options };
  const providers = providersJson as Provider[];
  const employers = generateEmployers(random.fork('employers'), Math.max(3, Math.ceil(counts.vacancies / 200)));
  const applications = random.fork('applications');
  const vacancies = generateVacancies(random.fork('vacancies'), counts.vacancies, {
    taxonomy,
    regional: regionalOccupations,
    employers,
    referenceDate,
  }).map((v) => ({ ...v, application: v.application ?? applicationFor(applications, v) }));
  // Courses come from the curated catalogue, whose target occupations are regional ones (a test checks it).
  const courses = generateCourses(random.fork('courses'), counts.courses, { providers, referenceDate });
  const profiles = generateProfiles(random.fork('profiles'), counts.profiles, {
    taxonomy,
    regional: regionalOccupations,
    adviserIds: demoAdviserIds,
  });
  const jobseeker = profiles.find((p) =>
    p.occupations.some((o) => taxonomy.occupationByUri.get(o.occupationUri)?.labelNl === 'cabinemedewerker'),
  );
  const second = profiles.find((p) => p !== jobseeker);
  if (!jobseeker || !second) throw new Error('The seed needs at least two profiles, one of them cabin crew');
  const employer = employers.find((e) => e.sector === 'healthcare')!;
  const users = demoUsers(jobseeker.id, second.id, employer.id);
  // The demo jobseeker is guided by the demo adviser and owns their profile.
  for (const p of [jobseeker, second]) {
    const user = users.find((u) => u.profileId === p.id)!;
    p.userId = user.id;
    p.adviserId = 'usr_demo-adviseur';
    p.consent = { ...p.consent, shareWithAdviser: true };
  }
  jobseeker.alias = 'Sanne (demo)';
  return { seed, referenceDate, employers, providers, vacancies, courses, profiles, users, demoPassword };
}
