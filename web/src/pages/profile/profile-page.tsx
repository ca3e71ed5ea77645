import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { download } from '../../components/download.ts';
import { describedBy, FormField } from '../../components/form-field.tsx';
import { Loading } from '../../components/loading.tsx';
import { TaxonomyPicker, type TaxonomyItem } from '../../components/taxonomy-picker.tsx';
import { CertificateField } from '../../components/certificate-field.tsx';
import type { CertificateKey } from '../../gql/graphql.ts';
import { graphql } from '../../gql/index.ts';
import type { TravelMode } from '../../gql/graphql.ts';
import { errorCode, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import { useAnnounce } from '../../layout/announcer.tsx';
import { byId, focusAfterRemoval } from '../../layout/focus-after-removal.ts';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { noWishesDraft, WishesFields, type WishesDraft } from './wishes-fields.tsx';
import {
  checkProfile,
  profileFieldIds as ids,
  profileFieldOf,
  toProfileInput,
  type ProfileField,
} from './profile-check.ts';

const ProfileQuery = graphql(`
  query ProfilePage_Profile {
    myProfile {
      id
      alias
      nlqfLevel
      postcode
      hoursMin
      hoursMax
      travel {
        mode
        maxMinutes
      }
      consent {
        visibleToEmployers
        shareWithAdviser
      }
      occupations {
        years
        occupation {
          uri
          labelNl
          labelEn
        }
      }
      skills {
        uri
        labelNl
        labelEn
      }
      wishes {
        occupations {
          uri
          labelNl
          labelEn
        }
        sectors {
          key
        }
        excludeOccupations {
          uri
          labelNl
          labelEn
        }
        excludeSectors {
          key
        }
        stayInField
      }
      certificates {
        key
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation ProfilePage_Create($input: ProfileInput!) {
    createProfile(input: $input) {
      id
      updatedAt
    }
  }
`);

const UpdateMutation = graphql(`
  mutation ProfilePage_Update($id: ID!, $input: ProfileInput!) {
    updateProfile(id: $id, input: $input) {
      id
      updatedAt
    }
  }
`);

const ExportQuery = graphql(`
  query ProfilePage_Export {
    myDataExport
  }
`);

type Loaded = NonNullable<NonNullable<ReturnType<typeof useProfile>[0]['data']>['myProfile']>;
const useProfile = () => useQuery({ query: ProfileQuery });

/** The jobseeker's profile in five short steps, and a download of everything held about them. */
export function ProfilePage() {
  const { t } = useI18n();
  useDocumentTitle(t.profile.title);
  return (
    <div className="narrow">
      <p>
        <Link to="/mijn" className="back-link">
          {t.profile.toMine}
        </Link>
      </p>
      <PageHeading>{t.profile.title}</PageHeading>
      <RoleGate role="JOBSEEKER">{() => <ProfileLoader />}</RoleGate>
    </div>
  );
}

function ProfileLoader() {
  const [result, reexecute] = useProfile();
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const profile = result.data.myProfile;
  return (
    <>
      <ProfileForm key={profile?.id ?? 'new'} profile={profile ?? null} />
      <DataExport />
    </>
  );
}

const modes: TravelMode[] = ['FIETS', 'OV', 'AUTO'];

function ProfileForm({ profile }: { profile: Loaded | null }) {
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const labelOf = (item: TaxonomyItem) => (lang === 'en' ? item.labelEn : item.labelNl);
  const [alias, setAlias] = useState(profile?.alias ?? '');
  const [occupations, setOccupations] = useState(
    profile?.occupations.flatMap((o) => (o.occupation ? [{ item: o.occupation, years: String(o.years) }] : [])) ?? [],
  );
  const [skills, setSkills] = useState<TaxonomyItem[]>(
    profile?.skills.map((s) => ({ uri: s.uri, labelNl: s.labelNl ?? s.labelEn, labelEn: s.labelEn })) ?? [],
  );
  const [certificates, setCertificates] = useState<CertificateKey[]>(profile?.certificates.map((c) => c.key) ?? []);
  const addCertificate = (key: CertificateKey) =>
    setCertificates((list) => (list.includes(key) ? list : [...list, key]));
  const [nlqfLevel, setLevel] = useState(profile ? String(profile.nlqfLevel) : '');
  const [postcode, setPostcode] = useState(profile?.postcode ?? '');
  const [mode, setMode] = useState<TravelMode>(profile?.travel.mode ?? 'FIETS');
  const [maxMinutes, setMaxMinutes] = useState(profile ? String(profile.travel.maxMinutes) : '30');
  const [hoursMin, setHoursMin] = useState(profile ? String(profile.hoursMin) : '');
  const [hoursMax, setHoursMax] = useState(profile ? String(profile.hoursMax) : '');
  const [shareWithAdviser, setShare] = useState(profile?.consent.shareWithAdviser ?? true);
  const [visibleToEmployers, setVisible] = useState(profile?.consent.visibleToEmployers ?? false);
  const [wishes, setWishes] = useState<WishesDraft>(
    profile
      ? {
          occupations: profile.wishes.occupations,
          sectors: profile.wishes.sectors.map((s) => s.key),
          excludeOccupations: profile.wishes.excludeOccupations,
          excludeSectors: profile.wishes.excludeSectors.map((s) => s.key),
          stayInField: profile.wishes.stayInField ?? null,
        }
      : noWishesDraft,
  );
  const [problems, setProblems] = useState<Map<ProfileField, string>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [apiError, setApiError] = useState<CombinedError | undefined>();
  const [saved, setSaved] = useState(false);
  const [create, createProfile] = useMutation(CreateMutation);
  const [update, updateProfile] = useMutation(UpdateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(undefined);
    setSaved(false);
    const draft = {
      alias,
      occupations: occupations.map((o) => ({ uri: o.item.uri, years: o.years })),
      skills: skills.map((s) => s.uri),
      certificates,
      nlqfLevel,
      postcode,
      mode,
      maxMinutes,
      hoursMin,
      hoursMax,
      visibleToEmployers,
      shareWithAdviser,
      wishes: {
        occupations: wishes.occupations.map((o) => o.uri),
        sectors: wishes.sectors,
        excludeOccupations: wishes.excludeOccupations.map((o) => o.uri),
        excludeSectors: wishes.excludeSectors,
        stayInField: wishes.stayInField,
      },
    };
    const found = checkProfile(draft);
    setProblems(found);
    setAttempt((a) => a + 1);
    if (found.size) return;
    const input = toProfileInput(draft);
    const result = profile ? await updateProfile({ id: profile.id, input }) : await createProfile({ input });
    if (result.error) {
      const fromApi = new Map<ProfileField, string>();
      for (const p of fieldProblems(result.error)) {
        const field = profileFieldOf(p.path);
        if (field && !fromApi.has(field)) fromApi.set(field, p.message);
      }
      setProblems(fromApi);
      setApiError(errorCode(result.error) === 'BAD_USER_INPUT' && fromApi.size ? undefined : result.error);
      setAttempt((a) => a + 1);
      return;
    }
    setSaved(true);
    announce(t.profile.saved);
  };

  const order: ProfileField[] = [
    'alias',
    'occupations',
    'skills',
    'nlqfLevel',
    'postcode',
    'maxMinutes',
    'hoursMin',
    'hoursMax',
  ];
  const summary: SummaryItem[] = order.flatMap((f) => {
    const text = problems.get(f);
    return text ? [{ text, lang: 'nl', fieldId: ids[f] }] : [];
  });
  const err = (f: ProfileField) => problems.get(f);
  const steps = t.profile.steps;
  const legend = (n: number) => (
    <legend className="step__legend">{t.profile.step(n, steps.length, steps[n - 1] ?? '')}</legend>
  );
  const numberInput = (f: ProfileField, value: string, set: (v: string) => void, min: number, max: number) => (
    <input
      id={ids[f]}
      className="input input--postcode"
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={value}
      onChange={(e) => set(e.target.value)}
      aria-invalid={err(f) ? true : undefined}
      aria-describedby={describedBy(ids[f], false, err(f))}
    />
  );

  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <ErrorSummary title={t.profile.summaryTitle} items={summary} attempt={attempt} />
      {apiError && <ErrorNotice error={apiError} />}
      <p>{t.profile.intro}</p>

      <fieldset className="step">
        {legend(1)}
        <FormField id={ids.alias} label={t.profile.alias} hint={t.profile.aliasHint} error={err('alias')}>
          <input
            id={ids.alias}
            className="input"
            value={alias}
            onChange={(e) => setAlias(e.target.value)}
            autoComplete="given-name"
            aria-invalid={err('alias') ? true : undefined}
            aria-describedby={describedBy(ids.alias, true, err('alias'))}
          />
        </FormField>
        <TaxonomyPicker
          id={ids.occupations}
          kind="occupations"
          label={t.profile.occupations}
          hint={t.profile.occupationsHint}
          error={err('occupations')}
          exclude={occupations.map((o) => o.item.uri)}
          onPick={(item) => {
            setOccupations((list) =>
              list.some((o) => o.item.uri === item.uri) ? list : [...list, { item, years: '1' }],
            );
            announce(t.picker.chosen(labelOf(item)));
          }}
          onCertificate={addCertificate}
          onAnnounce={announce}
        />
        {occupations.length === 0 ? (
          <p className="hint">{t.profile.noOccupations}</p>
        ) : (
          <ul className="plain-list chosen-list" data-testid="chosen-occupations">
            {occupations.map((o, index) => (
              <li key={o.item.uri} className="chosen-row">
                <label htmlFor={`prof-years-${index}`} lang={lang}>
                  {t.profile.years(labelOf(o.item))}
                </label>
                <input
                  id={`prof-years-${index}`}
                  className="input input--years"
                  type="number"
                  min={0}
                  max={50}
                  value={o.years}
                  onChange={(e) =>
                    setOccupations((list) =>
                      list.map((x) => (x.item.uri === o.item.uri ? { ...x, years: e.target.value } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  className="button button--link"
                  onClick={(e) => {
                    focusAfterRemoval(e.currentTarget.closest('li'), byId(ids.occupations), { selector: 'button' });
                    setOccupations((list) => list.filter((x) => x.item.uri !== o.item.uri));
                  }}
                >
                  {t.profile.remove(labelOf(o.item))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="step">
        {legend(2)}
        <TaxonomyPicker
          id={ids.skills}
          kind="skills"
          label={t.profile.skills}
          hint={t.profile.skillsHint}
          error={err('skills')}
          exclude={skills.map((s) => s.uri)}
          onPick={(item) => {
            setSkills((list) => (list.some((s) => s.uri === item.uri) ? list : [...list, item]));
            announce(t.picker.chosen(labelOf(item)));
          }}
          onCertificate={addCertificate}
          onAnnounce={announce}
        />
        <h3 className="field__label">{t.profile.chosenSkills}</h3>
        {skills.length === 0 ? (
          <p className="hint">{t.profile.noSkills}</p>
        ) : (
          <ul className="chip-list" data-testid="chosen-skills">
            {skills.map((s) => (
              <li key={s.uri} className="chip">
                <span lang={lang}>{labelOf(s)}</span>
                <button
                  type="button"
                  className="chip__remove"
                  onClick={(e) => {
                    focusAfterRemoval(e.currentTarget.closest('li'), byId(ids.skills), { selector: 'button' });
                    setSkills((list) => list.filter((x) => x.uri !== s.uri));
                  }}
                  aria-label={t.profile.remove(labelOf(s))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <CertificateField id="prof-certificates" value={certificates} onChange={setCertificates} />
      </fieldset>

      <fieldset className="step">
        {legend(3)}
        <FormField id={ids.nlqfLevel} label={t.profile.level} hint={t.profile.levelHint} error={err('nlqfLevel')}>
          <select
            id={ids.nlqfLevel}
            className="input"
            value={nlqfLevel}
            onChange={(e) => setLevel(e.target.value)}
            aria-invalid={err('nlqfLevel') ? true : undefined}
            aria-describedby={describedBy(ids.nlqfLevel, true, err('nlqfLevel'))}
          >
            <option value="">{t.employer.fieldLevelChoose}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {levelLabel(t, n)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={ids.postcode} label={t.profile.postcode} hint={t.profile.postcodeHint} error={err('postcode')}>
          <input
            id={ids.postcode}
            className="input input--postcode"
            inputMode="numeric"
            value={postcode}
            onChange={(e) => setPostcode(e.target.value)}
            aria-invalid={err('postcode') ? true : undefined}
            aria-describedby={describedBy(ids.postcode, true, err('postcode'))}
          />
        </FormField>
      </fieldset>

      <fieldset className="step">
        {legend(4)}
        <fieldset className="radio-group">
          <legend className="field__label">{t.profile.travelMode}</legend>
          {modes.map((m) => (
            <span key={m} className="check">
              <input
                id={`prof-mode-${m}`}
                type="radio"
                name="prof-mode"
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              <label htmlFor={`prof-mode-${m}`}>{t.profile.travelModes[m]}</label>
            </span>
          ))}
        </fieldset>
        <FormField id={ids.maxMinutes} label={t.profile.maxMinutes} error={err('maxMinutes')}>
          {numberInput('maxMinutes', maxMinutes, setMaxMinutes, 5, 120)}
        </FormField>
        <div className="field-pair">
          <FormField id={ids.hoursMin} label={t.profile.hoursMin} error={err('hoursMin')}>
            {numberInput('hoursMin', hoursMin, setHoursMin, 1, 60)}
          </FormField>
          <FormField id={ids.hoursMax} label={t.profile.hoursMax} error={err('hoursMax')}>
            {numberInput('hoursMax', hoursMax, setHoursMax, 1, 60)}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="step">
        {legend(5)}
        <WishesFields value={wishes} onChange={setWishes} />
      </fieldset>

      <fieldset className="step">
        {legend(6)}
        <p>{t.profile.consentIntro}</p>
        {(
          [
            ['prof-share', t.profile.shareWithAdviser, t.profile.shareWithAdviserHint, shareWithAdviser, setShare],
            [
              'prof-visible',
              t.profile.visibleToEmployers,
              t.profile.visibleToEmployersHint,
              visibleToEmployers,
              setVisible,
            ],
          ] as const
        ).map(([id, label, hint, checked, set]) => (
          <div key={id} className="consent">
            <p className="switch">
              <input
                id={id}
                type="checkbox"
                role="switch"
                checked={checked}
                onChange={(e) => set(e.target.checked)}
                aria-describedby={`${id}-hint`}
              />
              <label htmlFor={id}>{label}</label>
            </p>
            <p className="hint" id={`${id}-hint`}>
              {hint}
            </p>
          </div>
        ))}
      </fieldset>

      <button type="submit" className="button" disabled={create.fetching || update.fetching}>
        {create.fetching || update.fetching ? t.profile.saving : t.profile.save}
      </button>
      {saved && (
        <p className="saved" data-testid="profile-saved">
          <span aria-hidden="true">✓ </span>
          {t.profile.saved} <Link to="/mijn">{t.profile.toMine}</Link>
        </p>
      )}
    </form>
  );
}

/** "Download mijn gegevens": the API's JSON export, saved as a file. */
function DataExport() {
  const { t } = useI18n();
  const client = useClient();
  const announce = useAnnounce();
  const [error, setError] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(undefined);
    const result = await client.query(ExportQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error || !result.data) {
      setError(result.error);
      return;
    }
    download('werkbrug-mijn-gegevens.json', result.data.myDataExport, 'application/json');
    announce(t.profile.exportDone);
  };

  return (
    <section aria-labelledby="export-heading" className="data-export">
      <h2 id="export-heading">{t.profile.exportHeading}</h2>
      <p>{t.profile.exportText}</p>
      <p className="button-row">
        <Link to="/mijn/gegevens" className="button button--secondary">
          {t.act.data.readable}
        </Link>{' '}
        <button type="button" className="button button--secondary" onClick={run} disabled={busy}>
          {t.profile.exportButton}
        </button>
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
