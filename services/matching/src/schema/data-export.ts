import { builder } from './builder.ts';

/**
 * Everything Werkbrug holds about the signed-in person (GDPR art. 15), as one JSON document:
 * account, profile (with the demographic facts they chose to give), shortlists about them and the
 * audit entries that name them or their profile.
 */
builder.queryFields((t) => ({
  myDataExport: t.string({
    description: 'All data held about the signed-in user, as JSON (for download).',
    authScopes: { signedIn: true },
    resolve: async (_r, _a, ctx) => {
      const user = ctx.viewer!.user;
      const { store } = ctx.deps;
      const profile = user.profileId ? await store.profiles.get(user.profileId) : null;
      const shortlists = [...(await store.shortlists.listByOwner(user.id)), ...(profile ? await store.shortlists.listForProfile(profile.id) : [])];
      const audit = [
        ...(await store.audit.list({ actorId: user.id }, 1000)),
        ...(profile ? await store.audit.list({ entityId: profile.id }, 1000) : []),
      ];
      return JSON.stringify(
        {
          exportedAt: new Date().toISOString(),
          account: user,
          profile,
          shortlists: [...new Map(shortlists.map((s) => [s.id, s])).values()],
          auditLog: [...new Map(audit.map((a) => [a.id, a])).values()],
          note: 'Dit zijn alle gegevens die Werkbrug over jou bewaart. Matchscores worden niet bewaard: ze worden berekend als je ze opvraagt.',
        },
        null,
        2,
      );
    },
  }),
}));
