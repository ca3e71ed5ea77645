import type { CaseloadEntry, CaseloadFilter, CaseloadRepository, CaseloadSort } from '../store/ports.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock } from './clock-and-ids.ts';

/** A short code beside the alias: the last four characters of the id, in capitals. */
export const shortCodeOf = (profileId: string): string => profileId.slice(-4).toUpperCase();

export interface CaseloadQuery {
  text?: string | null;
  targetGroup?: string | null;
  /** Active within the last N days (positive), or not active for N days (negative). */
  activityDays?: number | null;
  status?: CaseloadFilter['status'] | null;
  sort?: CaseloadSort | null;
}

/** The adviser's caseload at scale: search, filters and sort, paged in the store. */
export function createCaseloadUseCases(deps: { caseload: CaseloadRepository; clock: Clock }) {
  return {
    async search(
      caller: Caller,
      query: CaseloadQuery,
      page: { first: number; offset: number },
    ): Promise<{ items: CaseloadEntry[]; totalCount: number }> {
      const adviser = signedIn(caller);
      const filter: CaseloadFilter = {};
      if (query.text?.trim()) filter.text = query.text.trim();
      if (query.targetGroup) filter.targetGroup = query.targetGroup;
      if (query.status) filter.status = query.status;
      if (query.activityDays) {
        const boundary = new Date(deps.clock.now().getTime() - Math.abs(query.activityDays) * 86_400_000).toISOString();
        if (query.activityDays > 0) filter.activeSince = boundary;
        else filter.inactiveSince = boundary;
      }
      return deps.caseload.search(adviser.id, filter, query.sort ?? 'alias', page);
    },
  };
}
