import { useQuery } from 'urql';
import { graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { FacetGroup, facetOptions, type FacetFragment, type FacetOption } from './facet-group.tsx';
import { LevelGroup } from './level-group.tsx';
import { NearFields } from './near-fields.tsx';
import { courseModes, isFundingValue, isModeValue, toggle, type SearchState } from './search-state.ts';
import type { CourseGroup } from './search-variables.ts';
import type { UpdateSearch } from './use-search-state.ts';

/** The API names funding schemes in Dutch in its counts; the English names come from the scheme list. */
const FundingNamesQuery = graphql(`
  query CourseFilters_FundingNames {
    fundingSchemes(includeEnded: true) {
      key
      nameEn
    }
  }
`);

type FacetRefs = readonly FragmentType<typeof FacetFragment>[] | undefined;

interface CourseFiltersProps {
  state: SearchState;
  update: UpdateSearch;
  /** Counts of the whole search, and per group the counts without that group's own filter. */
  facets: { main: FacetRefs } & Partial<Record<CourseGroup, FacetRefs>>;
  nearError: string | null;
}

export function CourseFilters({ state, update, facets, nearError }: CourseFiltersProps) {
  const { lang, t } = useI18n();
  const [fundingNames] = useQuery({ query: FundingNamesQuery, pause: lang === 'nl' });
  // Until the English names arrive (or if they cannot), the Dutch label is still correct.
  const englishFunding = new Map(fundingNames.data?.fundingSchemes.map((f) => [f.key, f.nameEn]));
  const fundingLabel = (o: FacetOption) => (lang === 'en' ? (englishFunding.get(o.value) ?? o.label) : o.label);
  const modeLabel = (o: FacetOption) => (isModeValue(o.value) ? t.labels.courseMode[courseModes[o.value]] : o.label);

  return (
    <>
      <NearFields
        postcode={state.postcode}
        radiusKm={state.radiusKm}
        serverError={nearError}
        onApply={(postcode, radiusKm) => update({ postcode, radiusKm })}
      />
      <FacetGroup
        legend={t.filters.funding}
        options={facetOptions('funding', facets.funding, facets.main)}
        selected={state.funding}
        labelOf={fundingLabel}
        onToggle={(value) => isFundingValue(value) && update({ funding: toggle(state.funding, value) })}
      />
      <FacetGroup
        legend={t.filters.mode}
        options={facetOptions('mode', facets.mode, facets.main)}
        selected={state.modes}
        labelOf={modeLabel}
        onToggle={(value) => isModeValue(value) && update({ modes: toggle(state.modes, value) })}
      />
      <LevelGroup
        options={facetOptions('level', facets.level, facets.main)}
        selected={state.level}
        onSelect={(level) => update({ level })}
      />
    </>
  );
}
