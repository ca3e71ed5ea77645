import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { Outlook } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const SectorsQuery = graphql(`
  query UseSectors_Sectors {
    sectors {
      key
      nameNl
      nameEn
      outlook
    }
  }
`);

export interface SectorOption {
  key: string;
  name: string;
  outlook: Outlook;
}

const outlookOrder: Record<Outlook, number> = { GROWING: 0, STABLE: 1, SHRINKING: 2 };

/**
 * The sectors a visitor can wish for, named in the interface language, growing sectors first: that is
 * where the region needs people. Empty until loaded (the list is a nicety, not a blocker).
 */
export function useSectors(): SectorOption[] {
  const { lang } = useI18n();
  const [result] = useQuery({ query: SectorsQuery });
  return (result.data?.sectors ?? [])
    .map((s) => ({ key: s.key, name: lang === 'en' ? s.nameEn : s.nameNl, outlook: s.outlook }))
    .sort((a, b) => outlookOrder[a.outlook] - outlookOrder[b.outlook] || a.name.localeCompare(b.name, lang));
}
