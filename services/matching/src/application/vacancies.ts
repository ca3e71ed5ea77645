import type { Vacancy, VacancyInput } from '@werkbrug/shared/schemas/vacancy';
import { vacancyInputSchema } from '@werkbrug/shared/schemas/vacancy';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { sectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Actor, Page, PageArgs, VacancyListFilter, VacancyRepository } from '../store/ports.ts';
import type { SourceRef } from '@werkbrug/shared/schemas/source';
import { ownsVacancy } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound, type FieldProblem } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import { idFromSource, isoDay, type Clock, type Ids } from './clock-and-ids.ts';
import { sameRecord } from './same-record.ts';
import type { IndexerSignal } from './indexer-signal.ts';

/** A vacancy as an import brings it (ingest/): its source, its employer, when it was posted, and the input. */
export interface ImportedVacancy {
  source: SourceRef;
  employerId: string;
  employerName: string;
  postedAt: string;
  input: unknown;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface VacancyDeps {
  vacancies: VacancyRepository;
  taxonomy: Pick<Taxonomy, 'occupationByUri' | 'skillByUri'>;
  indexer: IndexerSignal;
  clock: Clock;
  ids: Ids;
}

/** Post, change and close an employer's own vacancies; each write wakes the indexer. */
export function createVacancyUseCases(deps: VacancyDeps) {
  const { vacancies, taxonomy, indexer, clock } = deps;

  /** Input as the shared schema reads it (defaults filled in); the schema edge has checked it already. */
  function parse(input: unknown): VacancyInput {
    const result = vacancyInputSchema.safeParse(input);
    if (!result.success)
      throw invalidInput(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    return result.data;
  }

  /** Turns validated input into a full vacancy: location from the postcode, sector from the occupation. */
  function toVacancy(
    input: VacancyInput,
    base: {
      id: string;
      employerId: string;
      employerName: string;
      postedAt: string;
      version: number;
      source?: Vacancy['source'];
    },
  ): Vacancy {
    const problems: FieldProblem[] = [];
    const area = lookupPostcode(input.postcode);
    if (!area)
      problems.push({ path: 'postcode', message: 'Deze postcode kennen we niet. Vul een postcode uit de regio in.' });
    const occupation = taxonomy.occupationByUri.get(input.occupationUri);
    if (!occupation) problems.push({ path: 'occupationUri', message: 'Dit beroep kennen we niet.' });
    const essentialCount = input.essentialSkills.length;
    [...input.essentialSkills, ...input.optionalSkills].forEach((uri, i) => {
      if (taxonomy.skillByUri.has(uri)) return;
      const path = i < essentialCount ? `essentialSkills.${i}` : `optionalSkills.${i - essentialCount}`;
      problems.push({ path, message: 'Deze vaardigheid kennen we niet.' });
    });
    if (input.validThrough < isoDay(clock))
      problems.push({ path: 'validThrough', message: 'Deze datum ligt in het verleden.' });
    if (problems.length || !area || !occupation) throw invalidInput(problems);
    return {
      id: base.id,
      title: input.title,
      description: input.description,
      employerId: base.employerId,
      employerName: base.employerName,
      occupationUri: occupation.uri,
      sector: occupation.sector,
      location: {
        postcode: input.postcode,
        address: input.address ?? null,
        place: area.place,
        municipality: area.municipality,
        lat: area.lat,
        lon: area.lon,
      },
      essentialSkills: [...new Set(input.essentialSkills)],
      optionalSkills: [...new Set(input.optionalSkills)],
      requiredCertificates: [...new Set(input.requiredCertificates)],
      openToStarters: input.openToStarters,
      nlqfLevel: input.nlqfLevel,
      hoursMin: input.hoursMin,
      hoursMax: input.hoursMax,
      contractType: input.contractType,
      garantiebaan: input.garantiebaan,
      trainingOffered: input.trainingOffered,
      salary: input.salary,
      application: input.application,
      source: base.source ?? null,
      postedAt: base.postedAt,
      validThrough: input.validThrough,
      status: 'open',
      demo: false,
      version: base.version,
      updatedAt: clock.now().toISOString(),
    };
  }

  async function ownVacancy(caller: Caller, id: string): Promise<Vacancy> {
    const vacancy = await vacancies.get(id);
    if (!vacancy) throw notFound('Deze vacature');
    if (!ownsVacancy(caller.user, vacancy)) throw forbidden();
    return vacancy;
  }

  async function saveAndWake(vacancy: Vacancy, caller: Caller): Promise<Vacancy> {
    const saved = await vacancies.save(vacancy, caller.actor);
    indexer.wake();
    return saved;
  }

  return {
    /** Browsing the store in id order; a sector nobody has matches nothing (the column holds known keys only). */
    async browse(
      filter: Omit<VacancyListFilter, 'sector'> & { sector?: string },
      page: PageArgs,
    ): Promise<Page<Vacancy>> {
      if (filter.sector === undefined) return vacancies.list({ ...filter, sector: undefined }, page);
      const sector = sectorKey.safeParse(filter.sector);
      if (!sector.success) return { items: [], totalCount: 0, endCursor: null };
      return vacancies.list({ ...filter, sector: sector.data }, page);
    },

    /** The employer's own vacancies, open and closed, straight from the store (so a new one shows at once). */
    listOwn(caller: Caller, page: PageArgs): Promise<Page<Vacancy>> {
      return vacancies.list({ employerId: signedIn(caller).employerId ?? '-' }, page);
    },

    async post(caller: Caller, input: unknown): Promise<Vacancy> {
      const user = signedIn(caller);
      if (!user.employerId) throw forbidden();
      // The employer's name as their earlier vacancies spell it; a first vacancy takes the account name.
      const earlier = await vacancies.list({ employerId: user.employerId }, { first: 1 });
      const vacancy = toVacancy(parse(input), {
        id: deps.ids.mint('vac'),
        employerId: user.employerId,
        employerName: earlier.items[0]?.employerName ?? user.name,
        postedAt: isoDay(clock),
        version: 0,
      });
      return saveAndWake(vacancy, caller);
    },

    async update(caller: Caller, id: string, input: unknown): Promise<Vacancy> {
      const current = await ownVacancy(caller, id);
      const next = toVacancy(parse(input), current);
      // Fields a client does not send keep their value: an edit form that does not show them
      // (yet) must not wipe them.
      const sent = (key: string) => typeof input === 'object' && input !== null && key in input;
      return saveAndWake(
        {
          ...next,
          requiredCertificates: sent('requiredCertificates') ? next.requiredCertificates : current.requiredCertificates,
          openToStarters: sent('openToStarters') ? next.openToStarters : current.openToStarters,
          status: current.status,
        },
        caller,
      );
    },

    /**
     * One imported vacancy: the same validation as postVacancy (a bad record throws the same input error and
     * writes nothing), an id from its source, and no write at all when the stored vacancy already holds the same.
     * The caller wakes the indexer once for the whole import.
     */
    async importOne(actor: Actor, record: ImportedVacancy): Promise<ImportOutcome> {
      const id = idFromSource('vac', record.source);
      const current = await vacancies.get(id);
      const next: Vacancy = {
        ...toVacancy(parse(record.input), {
          id,
          employerId: record.employerId,
          employerName: record.employerName,
          postedAt: record.postedAt,
          version: current?.version ?? 1,
          source: record.source,
        }),
        updatedAt: current?.updatedAt ?? clock.now().toISOString(),
      };
      if (current && sameRecord(current, next)) return 'unchanged';
      await vacancies.save(next, actor);
      return current ? 'updated' : 'created';
    },

    async close(caller: Caller, id: string): Promise<Vacancy> {
      return saveAndWake({ ...(await ownVacancy(caller, id)), status: 'closed' }, caller);
    },
  };
}
export type VacancyUseCases = ReturnType<typeof createVacancyUseCases>;
