import { OutlookBadge } from '../../components/outlook-badge.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const SectorOutlookFragment = graphql(`
  fragment SectorOutlook_Sector on Sector {
    nameNl
    nameEn
    outlook
    outlookFact
    outlookSource
  }
`);

/** The link names the site it leads to: "Bron" alone says nothing out of context. */
function sourceName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Why a sector grows or shrinks in this region, with the source of that fact. */
export function SectorOutlook({ sector: ref }: { sector: FragmentType<typeof SectorOutlookFragment> }) {
  const { lang, t } = useI18n();
  const sector = getFragmentData(SectorOutlookFragment, ref);
  return (
    <section className="sector-outlook" aria-labelledby="sector-titel">
      <h2 id="sector-titel">{t.vacancy.sectorHeading}</h2>
      <p>
        <strong lang={lang}>{lang === 'en' ? sector.nameEn : sector.nameNl}</strong>{' '}
        <OutlookBadge outlook={sector.outlook} />
      </p>
      <p lang="nl">{sector.outlookFact}</p>
      <p>
        {t.vacancy.source}:{' '}
        <a href={sector.outlookSource} rel="noopener noreferrer">
          {sourceName(sector.outlookSource)}
        </a>
      </p>
    </section>
  );
}
