import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackToSearch } from '../../components/back-to-search.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { SkillList } from '../../components/skill-list.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CourseFacts } from './course-facts.tsx';
import { CourseSignUp } from './course-sign-up.tsx';
import { CourseEntry } from './course-entry.tsx';
import { CourseFunding } from './course-funding.tsx';

const CourseQuery = graphql(`
  query CoursePage_Course($id: ID!) {
    course(id: $id) {
      id
      title
      description
      providerName
      demo
      location {
        place
      }
      skillsTaught {
        ...SkillList_Skill
      }
      targetOccupations {
        uri
        labelNl
        labelEn
      }
      ...CourseFacts_Course
      ...CourseSignUp_Course
      ...CourseEntry_Course
      ...CourseFunding_Course
    }
  }
`);

export function CoursePage() {
  const { id = '' } = useParams();
  const { lang, t } = useI18n();
  const [result, reexecute] = useQuery({ query: CourseQuery, variables: { id } });
  const course = result.data?.course;
  useDocumentTitle(course ? course.title : null);

  let content: ReactNode;
  if (result.error) {
    content = (
      <DetailError
        error={result.error}
        notFoundTitle={t.course.notFoundTitle}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (result.fetching || !course) {
    content = <Loading />;
  } else {
    content = (
      <article className="detail">
        <header className="detail__header">
          <PageHeading>
            <span lang="nl">{course.title}</span>
          </PageHeading>
          <p className="detail__meta">
            <span lang="nl">{course.providerName}</span>
            <span aria-hidden="true"> · </span>
            {course.location ? course.location.place : t.course.online}
          </p>
        </header>
        {course.demo && <p className="notice">{t.course.demoNotice}</p>}
        <div className="detail__layout">
          <div className="detail__facts">
            <CourseFacts course={course} />
            <CourseSignUp course={course} />
          </div>
          <div className="detail__main">
            <section>
              <h2>{t.course.description}</h2>
              <p className="prose" lang="nl">
                {course.description}
              </p>
            </section>
            <CourseEntry course={course} />
            <CourseFunding course={course} />
            <section>
              <h2>{t.course.skills}</h2>
              <SkillList skills={course.skillsTaught} />
            </section>
            {course.targetOccupations.length > 0 && (
              <section>
                <h2>{t.course.occupations}</h2>
                <ul className="occupation-list">
                  {course.targetOccupations.map((o) => (
                    <li key={o.uri}>
                      <span lang={lang}>{lang === 'en' ? o.labelEn : o.labelNl}</span>
                      {' – '}
                      <Link to={`/zoeken?q=${encodeURIComponent(o.labelNl)}`}>
                        {t.course.findVacancies(lang === 'en' ? o.labelEn : o.labelNl)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </div>
      </article>
    );
  }

  return (
    <>
      <BackToSearch />
      {content}
    </>
  );
}
