import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { ItemAnswer } from './item-answer.tsx';

const RemoveMutation = graphql(`
  mutation MyLists_Remove($shortlistId: ID!, $itemId: ID!) {
    removeShortlistItem(shortlistId: $shortlistId, itemId: $itemId) {
      id
      items {
        id
      }
    }
  }
`);

const ListsQuery = graphql(`
  query MyLists_Lists {
    myShortlists {
      id
      name
      ownedByMe
      sharedWithJobseeker
      items {
        id
        kind
        note
        status
        answer {
          answer
          note
        }
        vacancy {
          id
          title
          employerName
        }
        course {
          id
          title
        }
      }
    }
  }
`);

/** "Mijn lijsten": the person's own list and the lists their werkadviseur shares with them. */
export function MyLists() {
  const { t } = useI18n();
  const context = useMemo(() => ({ additionalTypenames: ['Shortlist'] }), []);
  const [result, reexecute] = useQuery({ query: ListsQuery, context });
  const [, remove] = useMutation(RemoveMutation);
  const announce = useAnnounce();

  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.fetching && !result.data) return <Loading />;
  const lists = result.data?.myShortlists ?? [];
  if (!lists.length) return <p>{t.mine.noLists}</p>;

  return (
    <div className="lists" data-testid="my-lists">
      {lists.map((list) => (
        <section key={list.id} className="list-box" aria-labelledby={`lijst-${list.id}`}>
          <h3 id={`lijst-${list.id}`} tabIndex={-1}>
            <span lang="nl">{list.name}</span>
          </h3>
          <p className="muted">{list.ownedByMe ? t.mine.ownList : t.mine.sharedList}</p>
          {list.items.length === 0 ? (
            <p>{t.mine.emptyList}</p>
          ) : (
            <ol className="list-items">
              {list.items.map((item) => {
                const target = item.vacancy
                  ? { to: `/vacatures/${encodeURIComponent(item.vacancy.id)}`, title: item.vacancy.title }
                  : item.course
                    ? { to: `/opleidingen/${encodeURIComponent(item.course.id)}`, title: item.course.title }
                    : null;
                return (
                  <li key={item.id}>
                    <span className="badge badge--info">{t.shortlist.kind[item.kind]}</span>{' '}
                    {target ? (
                      <Link to={target.to} lang="nl">
                        {target.title}
                      </Link>
                    ) : (
                      t.mine.itemGone
                    )}
                    <span className="muted">
                      {' '}
                      · {t.mine.status}: {t.shortlist.status[item.status]}
                    </span>
                    {item.note && (
                      <p className="list-items__note">
                        {t.mine.note}: <span lang="nl">{item.note}</span>
                      </p>
                    )}
                    {list.ownedByMe ? (
                      <button
                        type="button"
                        className="button button--link"
                        onClick={async () => {
                          const response = await remove({ shortlistId: list.id, itemId: item.id }, context);
                          if (response.error) return announce(t.site.unknownError);
                          announce(t.act.answers.removedOwn(target?.title ?? t.mine.itemGone));
                          // The focused button is gone: keep the keyboard in this list, at its heading.
                          document.getElementById(`lijst-${list.id}`)?.focus();
                        }}
                      >
                        {t.list.remove}
                        <span className="visually-hidden">
                          : <span lang="nl">{target?.title ?? t.mine.itemGone}</span>
                        </span>
                      </button>
                    ) : (
                      <ItemAnswer
                        shortlistId={list.id}
                        itemId={item.id}
                        title={target?.title ?? t.mine.itemGone}
                        current={item.answer ?? null}
                      />
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
