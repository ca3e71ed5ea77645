import { accessibilityStatement } from './accessibility-text.ts';
import { ProsePage } from './prose-page.tsx';

/** /toegankelijkheid: the accessibility statement Dutch public-sector sites must publish. */
export function AccessibilityPage() {
  return <ProsePage prose={accessibilityStatement} />;
}
