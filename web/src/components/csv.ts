/**
 * A cell for spreadsheet programs: quoted, and a leading = + - @ neutralised so a note can never
 * run as a formula when the file is opened (CSV injection).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** Rows as CSV: semicolons, as Dutch Excel expects, and a BOM for the accents. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
