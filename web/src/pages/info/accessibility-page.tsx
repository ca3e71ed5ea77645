import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { accessibilityStatement } from './accessibility-text.ts';

/** /toegankelijkheid: the accessibility statement Dutch public-sector sites must publish. */
export function AccessibilityPage() {
  const { lang } = useI18n();
  const statement = accessibilityStatement[lang];
  useDocumentTitle(statement.title);

  return (
    <div className="narrow prose-page">
      <PageHeading>{statement.title}</PageHeading>
      <p className="lead">{statement.intro}</p>
      {statement.parts.map((part) => (
        <section key={part.heading}>
          <h2>{part.heading}</h2>
          {part.paragraphs?.map((text) => (
            <p key={text}>{text}</p>
          ))}
          {part.items && (
            <ul>
              {part.items.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
