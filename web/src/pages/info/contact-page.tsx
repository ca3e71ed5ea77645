import { contactPage } from './contact-text.ts';
import { ProsePage } from './prose-page.tsx';

/** /contact: who to ask about work, data and the website; the organisation fills in the details. */
export function ContactPage() {
  return <ProsePage prose={contactPage} />;
}
