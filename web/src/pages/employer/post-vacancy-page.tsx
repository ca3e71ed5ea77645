import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, type CombinedError } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { graphql } from '../../gql/index.ts';
import type { ContractType, VacancyInput } from '../../gql/graphql.ts';
import { errorCode, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import { useAnnounce } from '../../layout/announcer.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { describedBy, FormField } from '../../components/form-field.tsx';
import { SkillChoices, type ChosenSkill } from './skill-choices.tsx';
import { TaxonomyPicker, type TaxonomyItem } from '../../components/taxonomy-picker.tsx';
import {
  applicationInput,
  checkVacancy,
  emptyApplication,
  emptySalary,
  fieldIds,
  fieldOf,
  salaryInput,
  type ApplicationDraft,
  type SalaryDraft,
  type VacancyField,
} from './vacancy-check.ts';
import { SalaryFields } from './salary-fields.tsx';
import { ApplicationFields } from './application-fields.tsx';

const PostMutation = graphql(`
  mutation PostVacancyPage_Post($input: VacancyInput!) {
    postVacancy(input: $input) {
      id
      title
      status
    }
  }
`);

const contractTypes: ContractType[] = ['VAST', 'TIJDELIJK', 'UITZEND', 'OPROEP', 'BBL'];
const levels = [1, 2, 3, 4, 5, 6, 7, 8];

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Post a vacancy: checked in the browser with the shared schema, then by the API. */
export function PostVacancyPage() {
  const { t } = useI18n();
  useDocumentTitle(t.employer.formTitle);
  return (
    <div className="narrow">
      <p>
        <Link to="/werkgever" className="back-link">
          {t.employer.cancel}
        </Link>
      </p>
      <PageHeading>{t.employer.formTitle}</PageHeading>
      <RoleGate role="EMPLOYER">{() => <VacancyForm />}</RoleGate>
    </div>
  );
}

/** What the edit page fills the form with, and how it saves instead of posting (issue 13). */
export interface VacancyFormOptions {
  initial?: {
    title: string;
    description: string;
    occupation: TaxonomyItem | null;
    skills: ChosenSkill[];
    postcode: string;
    hoursMin: number;
    hoursMax: number;
    nlqfLevel: number;
    contractType: ContractType;
    validThrough: string;
    garantiebaan: boolean;
    salary: SalaryDraft;
    application: ApplicationDraft;
  };
  save?: (input: VacancyInput) => Promise<{ error?: CombinedError | undefined }>;
  texts?: { submit: string; submitting: string; done: (title: string) => string };
}

export function VacancyForm({ initial, save, texts }: VacancyFormOptions = {}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [occupation, setOccupation] = useState<TaxonomyItem | null>(initial?.occupation ?? null);
  const [skills, setSkills] = useState<ChosenSkill[]>(initial?.skills ?? []);
  const [postcode, setPostcode] = useState(initial?.postcode ?? '');
  const [hoursMin, setHoursMin] = useState(initial ? String(initial.hoursMin) : '');
  const [hoursMax, setHoursMax] = useState(initial ? String(initial.hoursMax) : '');
  const [nlqfLevel, setLevel] = useState(initial ? String(initial.nlqfLevel) : '');
  const [contractType, setContract] = useState<ContractType | ''>(initial?.contractType ?? '');
  const [validThrough, setValidThrough] = useState(() => initial?.validThrough ?? inDays(42));
  const [garantiebaan, setGarantiebaan] = useState(initial?.garantiebaan ?? false);
  const [salary, setSalary] = useState<SalaryDraft>(initial?.salary ?? emptySalary);
  const [application, setApplication] = useState<ApplicationDraft>(initial?.application ?? emptyApplication);
  const [problems, setProblems] = useState<Map<VacancyField, string>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [apiError, setApiError] = useState<CombinedError | undefined>();
  const [{ fetching }, post] = useMutation(PostMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    const draft = {
      title,
      description,
      occupationUri: occupation?.uri ?? '',
      skills: skills.map((s) => ({ uri: s.item.uri, essential: s.essential })),
      postcode,
      hoursMin,
      hoursMax,
      nlqfLevel,
      contractType,
      validThrough,
      garantiebaan,
      salary,
      application,
    };
    const found = checkVacancy(draft);
    if (!occupation) found.set('occupationUri', t.employer.occupationMissing);
    setProblems(found);
    setAttempt((a) => a + 1);
    if (found.size || !contractType) return;

    const input: VacancyInput = {
      title: title.trim(),
      description: description.trim(),
      occupationUri: draft.occupationUri,
      essentialSkills: draft.skills.filter((s) => s.essential).map((s) => s.uri),
      optionalSkills: draft.skills.filter((s) => !s.essential).map((s) => s.uri),
      postcode: postcode.trim(),
      hoursMin: Number(hoursMin),
      hoursMax: Number(hoursMax),
      nlqfLevel: Number(nlqfLevel),
      contractType,
      validThrough,
      garantiebaan,
      salary: salaryInput(salary),
      application: applicationInput(application),
    };
    const result = save ? await save(input) : await post({ input });
    if (result.error) {
      const fromApi = new Map<VacancyField, string>();
      for (const p of fieldProblems(result.error)) {
        const field = fieldOf(p.path);
        if (field && !fromApi.has(field)) fromApi.set(field, p.message);
      }
      setProblems(fromApi);
      setApiError(errorCode(result.error) === 'BAD_USER_INPUT' && fromApi.size ? undefined : result.error);
      setAttempt((a) => a + 1);
      return;
    }
    announce((texts?.done ?? t.employer.postedAnnounce)(title.trim()));
    navigate('/werkgever');
  };

  const order: VacancyField[] = [
    'title',
    'description',
    'occupationUri',
    'skills',
    'postcode',
    'hoursMin',
    'hoursMax',
    'nlqfLevel',
    'contractType',
    'validThrough',
    'salaryMin',
    'salaryMax',
    'salaryCao',
    'applicationUrl',
    'applicationEmail',
    'applicationPhone',
    'applicationContact',
  ];
  const summary: SummaryItem[] = order.flatMap((f) => {
    const text = problems.get(f);
    return text ? [{ text, lang: 'nl', fieldId: fieldIds[f] }] : [];
  });
  const err = (f: VacancyField) => problems.get(f);

  return (
    <form onSubmit={submit} noValidate className="vacancy-form">
      <ErrorSummary title={t.employer.summaryTitle} items={summary} attempt={attempt} />
      {apiError && <ErrorNotice error={apiError} />}
      <p>{t.employer.formIntro}</p>
      <FormField id={fieldIds.title} label={t.employer.fieldTitle} error={err('title')}>
        <input
          id={fieldIds.title}
          className="input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={err('title') ? true : undefined}
          aria-describedby={describedBy(fieldIds.title, false, err('title'))}
        />
      </FormField>
      <FormField
        id={fieldIds.description}
        label={t.employer.fieldDescription}
        hint={t.employer.fieldDescriptionHint}
        error={err('description')}
      >
        <textarea
          id={fieldIds.description}
          lang="nl"
          className="input"
          rows={5}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={err('description') ? true : undefined}
          aria-describedby={describedBy(fieldIds.description, true, err('description'))}
        />
      </FormField>
      {occupation ? (
        <div className="field" id={`${fieldIds.occupationUri}-chosen`}>
          <p className="field__label">{t.employer.fieldOccupation}</p>
          <p className="chosen" data-testid="chosen-occupation">
            <span lang="nl">{occupation.labelNl}</span>{' '}
            <button type="button" className="button button--link" onClick={() => setOccupation(null)}>
              {t.employer.change}
            </button>
          </p>
        </div>
      ) : (
        <TaxonomyPicker
          id={fieldIds.occupationUri}
          kind="occupations"
          label={t.employer.fieldOccupation}
          hint={t.employer.fieldOccupationHint}
          error={err('occupationUri')}
          onPick={(item) => {
            setOccupation(item);
            announce(t.picker.chosen(item.labelNl));
          }}
        />
      )}
      <TaxonomyPicker
        id={fieldIds.skills}
        kind="skills"
        label={t.employer.fieldSkills}
        hint={t.employer.fieldSkillsHint}
        error={err('skills')}
        exclude={skills.map((s) => s.item.uri)}
        onPick={(item) => {
          setSkills((list) => [...list, { item, essential: true }]);
          announce(t.picker.chosen(item.labelNl));
        }}
      />
      <SkillChoices skills={skills} onChange={setSkills} />
      <FormField
        id={fieldIds.postcode}
        label={t.employer.fieldPostcode}
        hint={t.filters.postcodeHint}
        error={err('postcode')}
      >
        <input
          id={fieldIds.postcode}
          className="input input--postcode"
          value={postcode}
          onChange={(e) => setPostcode(e.target.value)}
          autoComplete="postal-code"
          aria-invalid={err('postcode') ? true : undefined}
          aria-describedby={describedBy(fieldIds.postcode, true, err('postcode'))}
        />
      </FormField>
      <div className="field-pair">
        {(['hoursMin', 'hoursMax'] as const).map((f) => (
          <FormField
            key={f}
            id={fieldIds[f]}
            label={f === 'hoursMin' ? t.employer.fieldHoursMin : t.employer.fieldHoursMax}
            error={err(f)}
          >
            <input
              id={fieldIds[f]}
              className="input input--postcode"
              type="number"
              inputMode="numeric"
              min={1}
              max={60}
              value={f === 'hoursMin' ? hoursMin : hoursMax}
              onChange={(e) => (f === 'hoursMin' ? setHoursMin : setHoursMax)(e.target.value)}
              aria-invalid={err(f) ? true : undefined}
              aria-describedby={describedBy(fieldIds[f], false, err(f))}
            />
          </FormField>
        ))}
      </div>
      <FormField
        id={fieldIds.nlqfLevel}
        label={t.employer.fieldLevel}
        hint={t.filters.levelHint}
        error={err('nlqfLevel')}
      >
        <select
          id={fieldIds.nlqfLevel}
          className="input"
          value={nlqfLevel}
          onChange={(e) => setLevel(e.target.value)}
          aria-invalid={err('nlqfLevel') ? true : undefined}
          aria-describedby={describedBy(fieldIds.nlqfLevel, true, err('nlqfLevel'))}
        >
          <option value="">{t.employer.fieldLevelChoose}</option>
          {levels.map((n) => (
            <option key={n} value={n}>
              {levelLabel(t, n)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={fieldIds.contractType} label={t.employer.fieldContract} error={err('contractType')}>
        <select
          id={fieldIds.contractType}
          className="input"
          value={contractType}
          onChange={(e) => setContract(e.target.value as ContractType | '')}
          aria-invalid={err('contractType') ? true : undefined}
          aria-describedby={describedBy(fieldIds.contractType, false, err('contractType'))}
        >
          <option value="">{t.employer.fieldContractChoose}</option>
          {contractTypes.map((c) => (
            <option key={c} value={c}>
              {t.labels.contractType[c]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={fieldIds.validThrough} label={t.employer.fieldValidThrough} error={err('validThrough')}>
        <input
          id={fieldIds.validThrough}
          className="input input--postcode"
          type="date"
          value={validThrough}
          onChange={(e) => setValidThrough(e.target.value)}
          aria-invalid={err('validThrough') ? true : undefined}
          aria-describedby={describedBy(fieldIds.validThrough, false, err('validThrough'))}
        />
      </FormField>
      <SalaryFields value={salary} onChange={setSalary} errorOf={err} />
      <ApplicationFields value={application} onChange={setApplication} errorOf={err} />
      <div className="check field">
        <input
          id="vac-garantiebaan"
          type="checkbox"
          checked={garantiebaan}
          onChange={(e) => setGarantiebaan(e.target.checked)}
          aria-describedby="vac-garantiebaan-hint"
        />
        <label htmlFor="vac-garantiebaan">{t.employer.fieldGarantiebaan}</label>
        <p className="check__hint hint" id="vac-garantiebaan-hint">
          {t.employer.fieldGarantiebaanHint}
        </p>
      </div>
      <button type="submit" className="button" disabled={fetching}>
        {fetching ? (texts?.submitting ?? t.employer.submitting) : (texts?.submit ?? t.employer.submit)}
      </button>
    </form>
  );
}
