/**
 * The vacancy as schema.org JobPosting JSON-LD in the page, so job boards and search engines can read it. The
 * API builds it (one home for the mapping); the page only places it. A data block is never run as a script.
 */
export function JobPostingScript({ json }: { json: string | null }) {
  if (!json) return null;
  return (
    <script type="application/ld+json" data-testid="job-posting">
      {json}
    </script>
  );
}
