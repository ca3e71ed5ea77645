import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/language-context.tsx';

export interface PlainComponent {
  name: string;
  kind: string;
  labelNl: string;
  labelEn: string;
  value: number;
  contribution: number;
}

/**
 * How the score is made, in a native disclosure: evidence adds points, each modulator takes some off;
 * the points add up to the score.
 */
export function MatchBreakdown({ components }: { components: readonly PlainComponent[] }) {
  const { lang, t } = useI18n();
  return (
    <details className="match__breakdown">
      <summary>{t.mine.breakdown}</summary>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.mine.component}</th>
            <th scope="col">{t.mine.componentValue}</th>
            <th scope="col">{t.mine.componentKind}</th>
            <th scope="col">{t.mine.componentPoints}</th>
          </tr>
        </thead>
        <tbody>
          {components.map((c) => (
            <tr key={c.name}>
              <th scope="row" lang={lang}>
                {lang === 'en' ? c.labelEn : c.labelNl}
              </th>
              <td>{formatNumber(lang, c.value * 100)}%</td>
              <td>{c.kind === 'evidence' ? t.mine.componentEvidence : t.mine.componentModulator}</td>
              <td>{formatNumber(lang, c.contribution, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
