import { useQuery } from 'urql';
import { graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { FacetGroup, facetOptions, type FacetFragment, type FacetOption } from './facet-group.tsx';
import { FlagFilter } from './flag-filter.tsx';
import { LevelGroup } from './level-group.tsx';
import { NearFields } from './near-fields.tsx';
import { contractTypes, isContractValue, toggle, type SearchState } from './search-state.ts';
import type { VacancyGroup } from './search-variables.ts';
import type { UpdateSearch } from './use-search-state.ts';

/** The API names sectors in Dutch in its counts; the English names come from the sector list. */
const SectorNamesQuery = graphql(`
  query VacancyFilters_SectorNames {
    sectors {
      key
      nameEn
    }
  }
`);

type FacetRefs = readonly FragmentType<typeof FacetFragment>[] | undefined;

interface VacancyFiltersProps {
  state: SearchState;
  update: UpdateSearch;
  /** Counts of the whole search, and per group the counts without that group's own filter. */
  facets: { main: FacetRefs } & Partial<Record<VacancyGroup, FacetRefs>>;
  nearError: string | null;
}

export function VacancyFilters({ state, update, facets, nearError }: VacancyFiltersProps) {
  const { lang, t } = useI18n();
  const [sectorNames] = useQuery({ query: SectorNamesQuery, pause: lang === 'nl' });
  // Until the English names arrive (or if they cannot), the Dutch label is still correct.
  const englishSector = new Map(sectorNames.data?.sectors.map((s) => [s.key, s.nameEn]));
  const sectorLabel = (o: FacetOption) => (lang === 'en' ? (englishSector.get(o.value) ?? o.label) : o.label);
  const contractLabel = (o: FacetOption) =>
    isContractValue(o.value) ? t.labels.contractType[contractTypes[o.value]] : o.label;
  const yesCount = (field: string) => facetOptions(field, facets.main).find((o) => o.value === 'true')?.count ?? 0;

  return (
    <>
      <NearFields
        postcode={state.postcode}
        radiusKm={state.radiusKm}
        serverError={nearError}
        onApply={(postcode, radiusKm) => update({ postcode, radiusKm })}
      />
      <FacetGroup
        legend={t.filters.sector}
        options={facetOptions('sector', facets.sector, facets.main)}
        selected={state.sectors}
        labelOf={sectorLabel}
        onToggle={(value) => update({ sectors: toggle(state.sectors, value) })}
      />
      <FacetGroup
        legend={t.filters.contract}
        options={facetOptions('contractType', facets.contractType, facets.main)}
        selected={state.contracts}
        labelOf={contractLabel}
        onToggle={(value) => isContractValue(value) && update({ contracts: toggle(state.contracts, value) })}
      />
      <LevelGroup
        options={facetOptions('level', facets.level, facets.main)}
        selected={state.level}
        onSelect={(level) => update({ level })}
      />
      <FacetGroup
        legend={t.filters.municipality}
        options={facetOptions('municipality', facets.municipality, facets.main)}
        selected={state.municipalities}
        onToggle={(value) => update({ municipalities: toggle(state.municipalities, value) })}
      />
      <fieldset className="facet">
        <legend className="facet__legend">{t.filters.special}</legend>
        <FlagFilter
          label={t.filters.garantiebaan}
          hint={t.filters.garantiebaanHint}
          count={yesCount('garantiebaan')}
          checked={state.garantiebaan}
          onChange={(garantiebaan) => update({ garantiebaan })}
        />
        <FlagFilter
          label={t.filters.bbl}
          hint={t.filters.bblHint}
          count={yesCount('bbl')}
          checked={state.bbl}
          onChange={(bbl) => update({ bbl })}
        />
      </fieldset>
    </>
  );
}
