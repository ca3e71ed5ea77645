import { getFragmentData, graphql, type FragmentType } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { skillText } from './skill-label.ts';

export const SkillFragment = graphql(`
  fragment SkillList_Skill on Skill {
    uri
    labelNl
    labelEn
  }
`);

/** ESCO skills in the interface language; English (marked) where no Dutch label is written yet. */
export function SkillList({ skills }: { skills: readonly FragmentType<typeof SkillFragment>[] }) {
  const { lang } = useI18n();
  return (
    <ul className="skill-list">
      {skills.map((ref) => {
        const skill = getFragmentData(SkillFragment, ref);
        const shown = skillText(skill, lang);
        return (
          <li key={skill.uri} lang={shown.lang}>
            {shown.text}
          </li>
        );
      })}
    </ul>
  );
}
