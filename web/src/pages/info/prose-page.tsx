import { Fragment } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { parseInline, type Prose } from './prose.ts';

/** One text with its links, Dutch names and visible placeholders (see prose.ts). */
function Rich({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <>
      {parseInline(text).map((piece, i) => {
        const key = `${i}-${piece.text}`;
        switch (piece.kind) {
          case 'link':
            return (
              <Link key={key} to={piece.to}>
                {piece.text}
              </Link>
            );
          case 'dutch':
            return (
              <span key={key} lang="nl">
                {piece.text}
              </span>
            );
          case 'placeholder':
            return (
              <mark key={key} className="placeholder" data-placeholder>
                [{t.info.placeholder}: {piece.text}]
              </mark>
            );
          default:
            return <Fragment key={key}>{piece.text}</Fragment>;
        }
      })}
    </>
  );
}

/** A page of prose in the visitor's language: the privacy statement, contact, accessibility. */
export function ProsePage({ prose }: { prose: Prose }) {
  const { lang } = useI18n();
  const page = prose[lang];
  useDocumentTitle(page.title);

  return (
    <div className="narrow prose-page">
      <PageHeading>{page.title}</PageHeading>
      <p className="lead">
        <Rich text={page.intro} />
      </p>
      {page.parts.map((part) => (
        <section key={part.heading}>
          <h2>{part.heading}</h2>
          {part.paragraphs?.map((text) => (
            <p key={text}>
              <Rich text={text} />
            </p>
          ))}
          {part.items && (
            <ul>
              {part.items.map((text) => (
                <li key={text}>
                  <Rich text={text} />
                </li>
              ))}
            </ul>
          )}
          {part.facts && (
            <dl className="facts facts__list">
              {part.facts.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>
                    <Rich text={value} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}
