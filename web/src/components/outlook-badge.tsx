import type { Outlook } from '../gql/graphql.ts';
import { useI18n } from '../i18n/language-context.tsx';

/** The regional outlook of a sector in words; colour only repeats what the text says. */
export function OutlookBadge({ outlook }: { outlook: Outlook }) {
  const { t } = useI18n();
  return <span className={`badge badge--${outlook.toLowerCase()}`}>{t.labels.outlook[outlook]}</span>;
}
