import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const CourseSignUpFragment = graphql(`
  fragment CourseSignUp_Course on Course {
    title
    signUp {
      url
      email
      phone
      note
    }
  }
`);

/** How to sign up with the provider: the website, an e-mail address, a phone number (every course has one). */
export function CourseSignUp({ course: ref }: { course: FragmentType<typeof CourseSignUpFragment> }) {
  const { t } = useI18n();
  const { title, signUp } = getFragmentData(CourseSignUpFragment, ref);
  return (
    <section className="act" aria-labelledby="aanmelden-titel" data-testid="sign-up">
      <h2 id="aanmelden-titel">{t.routes.signUpHeading}</h2>
      <p>{t.routes.signUpIntro}</p>
      <ul className="act__ways">
        {signUp.url && (
          <li>
            <a href={signUp.url} className="button" rel="noopener noreferrer" target="_blank">
              {t.routes.signUpWeb}
              <span className="visually-hidden" lang="nl">
                : {title}
              </span>
            </a>
          </li>
        )}
        {signUp.email && (
          <li>
            {t.routes.signUpEmail} <a href={`mailto:${signUp.email}`}>{signUp.email}</a>
          </li>
        )}
        {signUp.phone && (
          <li>
            {t.routes.signUpPhone} <a href={`tel:${signUp.phone.replace(/[^+\d]/g, '')}`}>{signUp.phone}</a>
          </li>
        )}
      </ul>
      {signUp.note && <p lang="nl">{signUp.note}</p>}
    </section>
  );
}
