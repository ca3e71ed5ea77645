import { csvText } from '../../components/csv.ts';
import type { Messages } from '../../i18n/nl.ts';

export interface CsvItem {
  kind: 'VACANCY' | 'COURSE';
  status: keyof Messages['shortlist']['status'];
  note: string;
  vacancy?: { title: string; employerName: string } | null;
  course?: { title: string; providerName: string } | null;
}

/** The list as CSV with a header row; semicolons, as Dutch Excel expects, and a BOM for the accents. */
export function shortlistCsv(t: Messages, items: readonly CsvItem[]): string {
  const rows = items.map((item, index) => [
    String(index + 1),
    t.shortlist.kind[item.kind],
    item.vacancy?.title ?? item.course?.title ?? t.list.itemGone,
    item.vacancy?.employerName ?? item.course?.providerName ?? '',
    t.shortlist.status[item.status],
    item.note,
  ]);
  return csvText([t.list.csvHeader, ...rows]);
}
