import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Shortlist } from '@werkbrug/shared/schemas/shortlist';
import { expect, it } from 'vitest';
import type { ContactRequest } from '../ports.ts';
import { seedStore } from '../sql/seed-store.ts';
import { actor, smallDataset, type StoreHarness } from './harness.ts';

const request = (n: number, profileId: string, over: Partial<ContactRequest> = {}): ContactRequest => ({
  id: `ctr_test-${n}`,
  vacancyId: `vac_test-${n}`,
  employerId: 'emp_test-1',
  requestedBy: 'usr_test-werkgever',
  profileId,
  adviserId: 'usr_test-adviseur',
  message: `Bericht ${n}`,
  status: 'open',
  createdAt: `2026-12-0${n}T10:00:00.000Z`,
  answeredAt: null,
  ...over,
});

const list = (id: string, profileId: string, itemIds: string[], shared = true): Shortlist => ({
  id,
  name: `Lijst ${id}`,
  ownerId: 'usr_test-adviseur',
  profileId,
  sharedWithJobseeker: shared,
  items: itemIds.map((itemId, position) => ({
    id: itemId,
    kind: 'vacancy',
    refId: `vac_${itemId}`,
    note: '',
    status: 'voorgesteld',
    position,
    addedAt: '2026-11-01T10:00:00.000Z',
  })),
  version: 0,
  updatedAt: '',
});

/** Contact requests, answers on shared lists, the adviser's caseload, and erasing all of it (issue 13). */
export function personalCases(h: StoreHarness) {
  it('keeps one contact request per vacancy and person; only its answer changes', async () => {
    const store = await h.open();
    await store.contactRequests.save(request(1, 'pro_test-1'), actor);
    await store.contactRequests.save(request(2, 'pro_test-1', { adviserId: null }), actor);
    await store.contactRequests.save(request(3, 'pro_test-2', { vacancyId: 'vac_test-1' }), actor);
    await expect(
      store.contactRequests.save(request(4, 'pro_test-1', { vacancyId: 'vac_test-1' }), actor),
    ).rejects.toThrow();
    expect(await store.contactRequests.find('vac_test-1', 'pro_test-1')).toEqual(request(1, 'pro_test-1'));
    expect((await store.contactRequests.listForVacancy('vac_test-1')).map((r) => r.id)).toEqual([
      'ctr_test-1',
      'ctr_test-3',
    ]);
    expect((await store.contactRequests.listForAdviser('usr_test-adviseur')).map((r) => r.id)).toEqual([
      'ctr_test-3',
      'ctr_test-1',
    ]);
    expect((await store.contactRequests.listForProfile('pro_test-1')).map((r) => r.id)).toEqual([
      'ctr_test-2',
      'ctr_test-1',
    ]);
    const answered = {
      ...request(1, 'pro_test-1'),
      status: 'accepted' as const,
      answeredAt: '2026-12-04T09:00:00.000Z',
    };
    await store.contactRequests.save({ ...answered, message: 'anders' }, actor);
    expect(await store.contactRequests.get('ctr_test-1')).toEqual(answered);
    expect(await store.contactRequests.get('ctr_test-9')).toBeNull();
  });

  it('keeps the person answer per item, replaces it, deletes it, and drops answers with their list', async () => {
    const store = await h.open();
    await store.shortlists.save(list('shl_test-a', 'pro_test-1', ['sli_test-1', 'sli_test-2']), actor);
    const answer = (itemId: string, kind: 'interested' | 'applied', note = '') => ({
      shortlistId: 'shl_test-a',
      itemId,
      answer: kind,
      note,
      answeredAt: '2026-12-04T09:00:00.000Z',
    });
    await store.shortlistAnswers.save(answer('sli_test-1', 'interested', 'lijkt me leuk'), actor);
    await store.shortlistAnswers.save(answer('sli_test-2', 'interested'), actor);
    await store.shortlistAnswers.save(answer('sli_test-2', 'applied', 'gedaan'), actor);
    expect(await store.shortlistAnswers.listForShortlist('shl_test-a')).toEqual([
      answer('sli_test-1', 'interested', 'lijkt me leuk'),
      answer('sli_test-2', 'applied', 'gedaan'),
    ]);
    expect(await store.shortlistAnswers.delete('shl_test-a', 'sli_test-1', actor)).toBe(true);
    expect(await store.shortlistAnswers.delete('shl_test-a', 'sli_test-1', actor)).toBe(false);
    await store.shortlists.delete('shl_test-a', actor);
    expect(await h.rows(store, 'shortlist_answers')).toEqual([]);
  });

  it('filters, sorts and pages an adviser caseload of people who share their profile', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const counts = new Map<string, number>();
    for (const p of data.profiles) if (p.adviserId) counts.set(p.adviserId, (counts.get(p.adviserId) ?? 0) + 1);
    const adviser = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const sharing = data.profiles.filter((p) => p.adviserId === adviser && p.consent.shareWithAdviser);
    const all = await store.caseload.search(adviser, {}, 'alias', { first: 100, offset: 0 });
    expect(all.totalCount).toBe(sharing.length);
    const byAlias = (a: Profile, b: Profile) => {
      const [x, y] = [a.alias.toLowerCase(), b.alias.toLowerCase()];
      return x < y ? -1 : x > y ? 1 : a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : a.id < b.id ? -1 : 1;
    };
    expect(all.items.map((e) => e.profile.id)).toEqual([...sharing].sort(byAlias).map((p) => p.id));
    expect(all.items.every((e) => e.status === 'no-list' && e.listCount === 0)).toBe(true);
    const page = await store.caseload.search(adviser, {}, 'alias', { first: 1, offset: 1 });
    expect(page).toMatchObject({ totalCount: sharing.length, items: [{ profile: { id: all.items[1]!.profile.id } }] });

    // Lists and answers make a person active and change their status.
    const [first, second] = [all.items[0]!.profile, all.items[1]!.profile];
    await store.shortlists.save(list('shl_test-a', first.id, ['sli_test-1'], false), actor);
    await store.shortlists.save(list('shl_test-b', second.id, ['sli_test-2']), actor);
    await store.shortlistAnswers.save(
      {
        shortlistId: 'shl_test-b',
        itemId: 'sli_test-2',
        answer: 'applied',
        note: '',
        answeredAt: '2099-01-01T00:00:00.000Z',
      },
      actor,
    );
    const recent = await store.caseload.search(adviser, {}, 'last-activity', { first: 2, offset: 0 });
    expect(recent.items.map((e) => [e.profile.id, e.status, e.listCount])).toEqual([
      [second.id, 'applied', 1],
      [first.id, 'list-not-shared', 1],
    ]);
    expect(recent.items[0]!.lastActivityAt).toBe('2099-01-01T00:00:00.000Z');
    const oldest = await store.caseload.search(adviser, {}, 'least-recent-activity', { first: 100, offset: 0 });
    expect(oldest.items.at(-1)!.profile.id).toBe(second.id);
    expect(
      (await store.caseload.search(adviser, { status: 'applied' }, 'alias', { first: 10, offset: 0 })).totalCount,
    ).toBe(1);
    expect(
      (
        await store.caseload.search(adviser, { activeSince: '2098-01-01T00:00:00.000Z' }, 'alias', {
          first: 10,
          offset: 0,
        })
      ).items.map((e) => e.profile.id),
    ).toEqual([second.id]);
    expect(
      (
        await store.caseload.search(adviser, { inactiveSince: '2098-01-01T00:00:00.000Z' }, 'alias', {
          first: 100,
          offset: 0,
        })
      ).totalCount,
    ).toBe(sharing.length - 1);

    // Text: part of the alias (any case), the start of the postcode, or the short code.
    const part = first.alias.slice(1, 4).toUpperCase();
    const byText = await store.caseload.search(adviser, { text: part }, 'alias', { first: 100, offset: 0 });
    expect(byText.items.map((e) => e.profile.id)).toContain(first.id);
    expect(
      byText.items.every(
        (e) => e.profile.alias.toLowerCase().includes(part.toLowerCase()) || e.profile.postcode.startsWith(part),
      ),
    ).toBe(true);
    const code = first.id.slice(-4).toLowerCase();
    expect(
      (await store.caseload.search(adviser, { text: code }, 'alias', { first: 100, offset: 0 })).items.map(
        (e) => e.profile.id,
      ),
    ).toContain(first.id);
    expect((await store.caseload.search(adviser, { text: '%' }, 'alias', { first: 100, offset: 0 })).totalCount).toBe(
      0,
    );
    const group = sharing.flatMap((p) => p.targetGroups)[0];
    if (group) {
      const grouped = await store.caseload.search(adviser, { targetGroup: group }, 'alias', { first: 100, offset: 0 });
      expect(grouped.totalCount).toBe(sharing.filter((p) => p.targetGroups.includes(group)).length);
    }
    // Another adviser's people and people who do not share are never in it.
    expect((await store.caseload.search('usr_nobody', {}, 'alias', { first: 10, offset: 0 })).totalCount).toBe(0);
  });

  it('erases a person with their saved searches, alert log, mail links, contact requests and answers', async () => {
    const store = await h.open();
    const data = smallDataset();
    await seedStore(store.sql, data);
    const person = data.profiles.find((p) => p.userId)!;
    const userId = person.userId!;
    await store.savedSearches.save(
      {
        id: 'sav_test-1',
        userId,
        profileId: person.id,
        kind: 'matches',
        name: 'Mijn matches',
        query: '',
        frequency: 'weekly',
        createdAt: '2026-12-01T10:00:00.000Z',
        lastRunAt: null,
        nextRunAt: '2026-12-07T06:00:00.000Z',
      },
      actor,
    );
    await store.savedSearches.markRun('sav_test-1', {
      ranAt: '2026-12-01T10:00:00.000Z',
      nextRunAt: '2026-12-07T06:00:00.000Z',
      sentVacancyIds: [data.vacancies[0]!.id],
    });
    await store.accountTokens.create(
      {
        hash: 'hash-reset',
        kind: 'reset-password',
        userId,
        email: 'geheim@voorbeeld.nl',
        profileId: null,
        invitedBy: null,
        expiresAt: '2099-01-01T00:00:00.000Z',
        createdAt: '2026-12-01T10:00:00.000Z',
      },
      actor,
    );
    await store.contactRequests.save(request(1, person.id, { message: 'Wij willen graag kennismaken' }), actor);
    await store.shortlists.save(list('shl_test-a', person.id, ['sli_test-1']), actor);
    await store.shortlistAnswers.save(
      {
        shortlistId: 'shl_test-a',
        itemId: 'sli_test-1',
        answer: 'interested',
        note: 'mijn notitie',
        answeredAt: '2026-12-02T10:00:00.000Z',
      },
      actor,
    );
    await store.outbox.markDoneUpTo(await store.outbox.latestId(), new Date().toISOString());

    expect(await store.profiles.erase(person.id, { userId: 'usr_demo-adviseur' })).toBe(true);
    const tables = ['saved_searches', 'alert_log', 'account_tokens', 'contact_requests', 'shortlist_answers'];
    for (const table of tables) expect(await h.rows(store, table), table).toEqual([]);
    const audit = JSON.stringify(await h.rows(store, 'audit_log'));
    for (const id of ['sav_test-1', 'ctr_test-1', 'sli_test-1', person.id]) expect(audit).not.toContain(id);
  });
}
