import type { PageArgs } from '../ports.ts';
import type { SqlValue } from './sql.ts';

/** Cursors are the opaque base64url of the last id: keyset pagination, stable under inserts. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  return /^[a-z]{2,4}_[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** Builds the WHERE clause of a keyset page from simple equality filters on known columns. */
export function whereClause(equals: Record<string, SqlValue | undefined>, page?: PageArgs) {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  for (const [column, value] of Object.entries(equals)) {
    if (value === undefined) continue;
    parts.push(`${column} = ?`);
    params.push(value);
  }
  const countSql = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  const after = decodeCursor(page?.after);
  if (after) {
    parts.push('id > ?');
    params.push(after);
  }
  return {
    where: parts.length ? `WHERE ${parts.join(' AND ')}` : '',
    countWhere: countSql,
    params,
    countParams: after ? params.slice(0, -1) : params,
  };
}
