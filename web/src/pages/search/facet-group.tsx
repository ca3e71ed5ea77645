import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';

export const FacetFragment = graphql(`
  fragment FacetGroup_Facet on Facet {
    field
    values {
      value
      label
      count
    }
  }
`);

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

type FacetRef = FragmentType<typeof FacetFragment>;

/** The counted values of one field, taken from the first list that has that field. */
export function facetOptions(field: string, ...sources: (readonly FacetRef[] | undefined)[]): FacetOption[] {
  for (const source of sources) {
    const facet = source?.map((ref) => getFragmentData(FacetFragment, ref)).find((f) => f.field === field);
    if (facet) return facet.values;
  }
  return [];
}

interface FacetGroupProps {
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** The label in the interface language; the API's label is Dutch. */
  labelOf?: (option: FacetOption) => string;
}

/**
 * A group of checkboxes with counts. A chosen value stays visible even when no result has it any
 * more, so it can always be switched off again.
 */
export function FacetGroup({ legend, options, selected, onToggle, labelOf = (o) => o.label }: FacetGroupProps) {
  const id = useId();
  const missing = selected
    .filter((v) => !options.some((o) => o.value === v))
    .map((value) => ({ value, label: value, count: 0 }));
  const all = [...options, ...missing];
  if (!all.length) return null;

  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__options">
        {all.map((option, index) => (
          <li key={option.value} className="check">
            <input
              type="checkbox"
              id={`${id}-${index}`}
              checked={selected.includes(option.value)}
              onChange={() => onToggle(option.value)}
            />
            <label htmlFor={`${id}-${index}`}>
              {labelOf(option)} <span className="facet__count">({option.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
