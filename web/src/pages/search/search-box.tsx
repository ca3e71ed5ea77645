import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import type { SearchState } from './search-state.ts';
import type { UpdateSearch } from './use-search-state.ts';
import { useThrottledValue } from './use-throttled-value.ts';

const SuggestionsQuery = graphql(`
  query SearchBox_Suggestions($query: String!) {
    occupations(query: $query, first: 6) {
      uri
      labelNl
    }
  }
`);

/** How often the typed text reaches the URL (and so the search); see useThrottledValue. */
const typingIntervalMs = 100;

/**
 * The search field: results follow the typing, and occupations that match the text are suggested
 * underneath (ARIA 1.2 combobox with a listbox popup: arrows to move, Enter to choose, Escape to close).
 */
export function SearchBox({ state, update }: { state: SearchState; update: UpdateSearch }) {
  const { t } = useI18n();
  const id = useId();
  const location = useLocation();
  const navigationType = useNavigationType();
  const [draft, setDraft] = useState(state.q);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const sent = useThrottledValue(draft, typingIntervalMs);

  // The URL follows the typing without a history entry per letter...
  useEffect(() => {
    if (sent !== state.q) update({ q: sent }, { replace: true });
  }, [sent]);
  // ...and the field follows the URL when something else changed it (back button, a link).
  useEffect(() => {
    if (navigationType !== 'REPLACE') setDraft(state.q);
  }, [location.key]);

  const suggestionText = sent.trim();
  const [suggestionsResult] = useQuery({
    query: SuggestionsQuery,
    variables: { query: suggestionText },
    pause: !open || suggestionText.length < 2,
  });
  // Suggestions are a help, not a must: while loading or after an error there are simply none.
  const typed = draft.trim().toLowerCase();
  const suggestions = [...new Set(suggestionsResult.data?.occupations.map((o) => o.labelNl) ?? [])].filter((label) => label.toLowerCase() !== typed);
  const expanded = open && suggestionText.length >= 2 && suggestions.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (label: string) => {
    setDraft(label);
    setOpen(false);
    setActive(-1);
    update({ q: label }, { replace: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      // -1 is the field itself: moving past either end returns to the typed text.
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => ((current + 1 + step + suggestions.length + 1) % (suggestions.length + 1)) - 1);
    } else if (event.key === 'Enter' && expanded && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    if (draft !== state.q) update({ q: draft }, { replace: true });
  };

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={`${id}-input`} className="search-box__label">
        {t.search.queryLabel[state.kind]}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t.search.queryHint}
      </p>
      <div className="search-box__row">
        <div className="search-box__field">
          <input
            id={`${id}-input`}
            type="search"
            className="input search-box__input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-listbox`}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            autoComplete="off"
            enterKeyHint="search"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul id={`${id}-listbox`} role="listbox" aria-label={t.search.suggestions} className="suggestions" hidden={!expanded}>
            {expanded &&
              suggestions.map((label, index) => (
                <li
                  key={label}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="suggestions__option"
                  lang="nl"
                  // Keep focus in the field: a click on an option must not blur it first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(label)}
                >
                  {label}
                </li>
              ))}
          </ul>
        </div>
        <button type="submit" className="button search-box__submit">
          {t.search.submit}
        </button>
      </div>
    </form>
  );
}
