import { useI18n } from '../i18n/language-context.tsx';

export interface PlainReason {
  effect: string;
  points: number;
  textNl: string;
  textEn: string;
}

/** How many reasons each side names for the person; the adviser sees them all. */
const shownPerSide = 3;

const sentence = (text: string) => (text.length ? text[0]!.toUpperCase() + text.slice(1) : text);

/**
 * The reasons of a match in the interface language (the API writes both from one code). For the
 * person: what speaks for it and against it, the strongest first. For the adviser (`full`): the same
 * reasons, every one, with the points each adds or takes off.
 */
export function MatchReasons({ reasons, full = false }: { reasons: readonly PlainReason[]; full?: boolean }) {
  const { lang, t } = useI18n();
  const text = (r: PlainReason) => sentence(lang === 'en' ? r.textEn : r.textNl);
  if (full) {
    return (
      <section className="match__reasons" aria-label={t.advice.allReasons}>
        <h4>{t.advice.allReasons}</h4>
        <ul className="reason-list" data-testid="reasons-full">
          {reasons.map((r) => (
            <li key={r.textNl} className={`reason reason--${r.effect.toLowerCase()}`} lang={lang}>
              {text(r)}
              {r.points !== 0 && <span className="muted"> ({t.advice.points(r.points)})</span>}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const plus = reasons.filter((r) => r.effect === 'PLUS').slice(0, shownPerSide);
  const minus = reasons.filter((r) => r.effect === 'MINUS').slice(0, shownPerSide);
  if (!plus.length && !minus.length) return null;
  return (
    <div className="match__reasons match__skills">
      {plus.length > 0 && (
        <section>
          <h4>{t.advice.plusHeading}</h4>
          <ul className="reason-list">
            {plus.map((r) => (
              <li key={r.textNl} className="reason reason--plus" lang={lang}>
                {text(r)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {minus.length > 0 && (
        <section>
          <h4>{t.advice.minusHeading}</h4>
          <ul className="reason-list">
            {minus.map((r) => (
              <li key={r.textNl} className="reason reason--minus" lang={lang}>
                {text(r)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
