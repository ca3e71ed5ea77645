import { privacyStatement } from './privacy-text.ts';
import { ProsePage } from './prose-page.tsx';

/** /privacy: what is kept, why, how long, the rights, and the notice about automated advice. */
export function PrivacyPage() {
  return <ProsePage prose={privacyStatement} />;
}
