import { useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { TextField } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const CreateMutation = graphql(`
  mutation NewListForm_Create($profileId: ID!, $name: String!) {
    createShortlist(profileId: $profileId, name: $name) {
      id
      name
    }
  }
`);

/** Start a new list for the person. */
export function NewListForm({ profileId }: { profileId: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  const [{ fetching }, create] = useMutation(CreateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const trimmed = name.trim();
    setMissing(!trimmed);
    if (!trimmed) {
      document.getElementById('nieuwe-lijst')?.focus();
      return;
    }
    const result = await create({ profileId, name: trimmed });
    if (result.error) {
      setError(result.error);
      return;
    }
    setName('');
    announce(t.adviser.listCreated(trimmed));
  };

  const apiProblem = fieldProblems(error).find((p) => p.path === 'name');
  const fieldError = missing
    ? { text: t.adviser.newListMissing }
    : apiProblem
      ? { text: apiProblem.message, lang: 'nl' }
      : undefined;

  return (
    <form onSubmit={submit} className="form new-list" noValidate>
      <TextField id="nieuwe-lijst" label={t.adviser.newListName} value={name} onChange={setName} error={fieldError} />
      <p className="hint">{t.adviser.newListHint}</p>
      {error && !apiProblem && <ErrorNotice error={error} />}
      <button type="submit" className="button button--secondary" disabled={fetching}>
        {t.adviser.createList}
      </button>
    </form>
  );
}
