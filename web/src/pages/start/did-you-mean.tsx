import { useI18n } from '../../i18n/language-context.tsx';
import type { ChosenOccupation } from './quick-check.ts';

interface Resolution {
  resolved: readonly { text: string; kind: string; labelNl: string; uri: string }[];
  unresolved: readonly { value: string; kind: string; suggestions: readonly { uri: string; labelNl: string }[] }[];
}

interface DidYouMeanProps {
  resolution: Resolution;
  chosen: ChosenOccupation | null;
  onChoose: (occupation: ChosenOccupation) => void;
  onRetype: () => void;
}

/** How many suggestions to offer: more is a list to read, not a question. */
const maxSuggestions = 5;

/**
 * How the API read the typed job, from its resolution report: the occupation it understood (with a
 * way to type it differently), "Bedoel je…?" with its suggestions as buttons, or that it did not
 * understand. Occupation names are ESCO's Dutch labels, marked as Dutch.
 */
export function DidYouMean({ resolution, chosen, onChoose, onRetype }: DidYouMeanProps) {
  const { t } = useI18n();
  const retype = (
    <button type="button" className="button button--link" onClick={onRetype}>
      {chosen ? t.start.typeAgain : t.start.notRight}
    </button>
  );

  if (chosen) {
    return (
      <p className="reading" data-testid="reading">
        {t.start.chosenAs} <strong lang="nl">{chosen.labelNl}</strong>. {retype}
      </p>
    );
  }
  const read = resolution.resolved.find((r) => r.kind === 'occupation');
  const unread = resolution.unresolved.find((u) => u.kind === 'occupation');

  if (read) {
    return (
      <p className="reading" data-testid="reading">
        {t.start.readAs(read.text)} <strong lang="nl">{read.labelNl}</strong>. {retype}
      </p>
    );
  }
  if (!unread) return null;
  const suggestions = unread.suggestions.slice(0, maxSuggestions);
  if (!suggestions.length) {
    return (
      <div className="notice notice--warning reading" data-testid="reading">
        <p>{t.start.notUnderstood(unread.value)}</p>
        <p>
          <button type="button" className="button button--secondary" onClick={onRetype}>
            {t.start.typeAgain}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="notice reading" data-testid="reading">
      <p id="bedoel-je">{t.start.didYouMean(unread.value)}</p>
      <ul className="suggestion-buttons" aria-labelledby="bedoel-je">
        {suggestions.map((s) => (
          <li key={s.uri}>
            <button
              type="button"
              className="button button--secondary button--small"
              lang="nl"
              onClick={() => onChoose({ uri: s.uri, labelNl: s.labelNl })}
            >
              {s.labelNl}
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="button button--link" onClick={onRetype}>
          {t.start.noneOfThese}
        </button>
      </p>
    </div>
  );
}
