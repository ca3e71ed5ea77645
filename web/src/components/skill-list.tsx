import { getFragmentData, graphql, type FragmentType } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';

export const SkillFragment = graphql(`
  fragment SkillList_Skill on Skill {
    uri
    labelNl
    labelEn
  }
`);

/** ESCO skills in the interface language: ESCO has an English label for every skill. */
export function SkillList({ skills }: { skills: readonly FragmentType<typeof SkillFragment>[] }) {
  const { lang } = useI18n();
  return (
    <ul className="skill-list">
      {skills.map((ref) => {
        const skill = getFragmentData(SkillFragment, ref);
        return (
          <li key={skill.uri} lang={lang}>
            {lang === 'en' ? skill.labelEn : skill.labelNl}
          </li>
        );
      })}
    </ul>
  );
}
