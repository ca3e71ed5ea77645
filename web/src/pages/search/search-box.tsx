import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import type { SearchState } from './search-state.ts';
import type { UpdateSearch } from './use-search-state.ts';
import { useDebouncedValue, useThrottledCallback } from './use-typing-values.ts';

const SuggestionsQuery = graphql(`
  query SearchBox_Suggestions($query: String!) {
    occupations(query: $query, first: 6) {
      uri
      labelNl
    }
  }
`);

/**
 * Results follow every keystroke of a normal typist (the search answers in a few milliseconds and
 * the budget from last key to results on screen is 150 ms), but never more than one search per
 * 50 ms. Suggestions wait for a 150 ms pause. See useThrottledCallback.
 */
const typingIntervalMs = 50;
const suggestionPauseMs = 150;

/**
 * The search field: results follow the typing, and occupations that match the text are suggested
 * underneath (ARIA 1.2 combobox with a listbox popup: arrows to move, Enter to choose, Escape to close).
 */
export function SearchBox({ state, update }: { state: SearchState; update: UpdateSearch }) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(state.q);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const lastSent = useRef(state.q);
  const typing = useThrottledCallback((text: string) => {
    lastSent.current = text;
    update({ q: text }, { replace: true });
  }, typingIntervalMs);

  // The field follows the search when something else changed it (back button, a link); text
  // still waiting to be sent is then dropped.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the search text only; `typing` is stable
  useEffect(() => {
    if (state.q === lastSent.current) return;
    typing.cancel();
    lastSent.current = state.q;
    setDraft(state.q);
  }, [state.q]);

  // Suggestions wait for a pause in the typing: while someone types fast they would compete with
  // the results for the same API, and they are only useful once the typist looks up.
  const suggestionText = useDebouncedValue(draft, suggestionPauseMs).trim();
  const [suggestionsResult] = useQuery({
    query: SuggestionsQuery,
    variables: { query: suggestionText },
    pause: !open || suggestionText.length < 2,
  });
  // Suggestions are a help, not a must: while loading or after an error there are simply none.
  const typed = draft.trim().toLowerCase();
  const suggestions = [...new Set(suggestionsResult.data?.occupations.map((o) => o.labelNl) ?? [])].filter(
    (label) => label.toLowerCase() !== typed,
  );
  const expanded = open && suggestionText.length >= 2 && suggestions.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const sendNow = (text: string) => {
    typing.cancel();
    lastSent.current = text;
    update({ q: text }, { replace: true });
  };

  const choose = (label: string) => {
    setDraft(label);
    setOpen(false);
    setActive(-1);
    sendNow(label);
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
    if (draft !== state.q) sendNow(draft);
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
            maxLength={200}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setOpen(true);
              setActive(-1);
              // One letter matches nearly everything: it costs the API a broad search and tells
              // the visitor nothing, so results wait for the second letter.
              if (e.target.value.trim().length !== 1) typing.schedule(e.target.value);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          />
          <ul
            id={`${id}-listbox`}
            role="listbox"
            aria-label={t.search.suggestions}
            className="suggestions"
            hidden={!expanded}
          >
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
