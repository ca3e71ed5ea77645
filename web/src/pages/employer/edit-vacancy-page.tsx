import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { VacancyForm } from './post-vacancy-page.tsx';
import { applicationDraft, salaryDraft } from './vacancy-check.ts';

const VacancyQuery = graphql(`
  query EditVacancyPage_Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
      description
      employerId
      occupation {
        uri
        labelNl
        labelEn
      }
      essentialSkills {
        uri
        labelNl
        labelEn
      }
      optionalSkills {
        uri
        labelNl
        labelEn
      }
      location {
        postcode
        address
      }
      hoursMin
      hoursMax
      nlqfLevel
      contractType
      validThrough
      garantiebaan
      trainingOffered
      salary {
        min
        max
        period
        caoScale
      }
      application {
        url
        email
        phone
        contactName
      }
    }
    viewer {
      id
      employerId
    }
  }
`);

const UpdateMutation = graphql(`
  mutation EditVacancyPage_Update($id: ID!, $input: VacancyInput!) {
    updateVacancy(id: $id, input: $input) {
      id
      title
      status
    }
  }
`);

/** Edit a posted vacancy with the same form and checks as posting one; fields the form lacks stay as they were. */
export function EditVacancyPage() {
  return <RoleGate role="EMPLOYER">{() => <EditVacancy />}</RoleGate>;
}

function EditVacancy() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: VacancyQuery, variables: { id } });
  const [, update] = useMutation(UpdateMutation);
  const vacancy = result.data?.vacancy;
  useDocumentTitle(vacancy ? t.act.employer.editTitle(vacancy.title) : null);

  if (result.error)
    return (
      <DetailError
        error={result.error}
        notFoundTitle={t.employer.notFound}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!result.data || !vacancy) return <Loading />;
  if (vacancy.employerId !== result.data.viewer?.employerId) return <p>{t.employer.notFound}</p>;

  // Not every skill has a Dutch label: the chosen-skill list shows the English one then, as the picker does.
  const asItem = (s: { uri: string; labelNl: string | null; labelEn: string }) => ({
    uri: s.uri,
    labelNl: s.labelNl ?? s.labelEn,
    labelEn: s.labelEn,
  });
  const skills = [
    ...vacancy.essentialSkills.map((s) => ({ item: asItem(s), essential: true })),
    ...vacancy.optionalSkills.map((s) => ({ item: asItem(s), essential: false })),
  ];
  return (
    <div className="narrow">
      <p>
        <Link to="/werkgever" className="back-link">
          {t.employer.cancel}
        </Link>
      </p>
      <PageHeading>
        {t.act.employer.editHeading}: <span lang="nl">{vacancy.title}</span>
      </PageHeading>
      <p>{t.act.employer.editIntro}</p>
      <VacancyForm
        initial={{
          title: vacancy.title,
          description: vacancy.description,
          occupation: vacancy.occupation ?? null,
          skills,
          postcode: vacancy.location.postcode,
          hoursMin: vacancy.hoursMin,
          hoursMax: vacancy.hoursMax,
          nlqfLevel: vacancy.nlqfLevel,
          contractType: vacancy.contractType,
          validThrough: vacancy.validThrough,
          garantiebaan: vacancy.garantiebaan,
          salary: salaryDraft(vacancy.salary),
          application: applicationDraft(vacancy.application),
        }}
        save={(input) =>
          update({
            id: vacancy.id,
            input: {
              ...input,
              address: vacancy.location.address ?? null,
              trainingOffered: vacancy.trainingOffered ?? null,
            },
          })
        }
        texts={{ submit: t.act.employer.save, submitting: t.act.employer.saving, done: t.act.employer.savedAnnounce }}
      />
    </div>
  );
}
