/**
 * The extra checks: an empty and a nonsense profile get no match labelled as fitting (and every
 * typed item comes back, read or unread); the demo jobseeker (former cabin crew, stored profile) sees at
 * least 7 of 10 in growing sectors and at least one "past na een opleiding" match whose courses exist.
 */
import {
  type Capabilities,
  courseExists,
  matchInline,
  matchStored,
  type NeutralProfile,
  signInAndFindProfile,
} from './adapter.ts';
import type { GraphqlClient } from './client.ts';

export interface EmptyCheck {
  name: string;
  returned: number;
  labelledFitting: number;
  labels: string[];
  typed: number;
  reported: number;
}

export interface DemoCheck {
  returned: number;
  growing: number;
  afterCourse: number;
  afterCourseWithCatalogueRoute: number;
  sectors: string[];
  /** Title, fit kind and outlook of each match, for reading the list in the JSON report. */
  top?: string[];
  error?: string;
}

export const emptyProfile: NeutralProfile = {
  nlqfLevel: 3,
  postcode: '2011',
  travel: { mode: 'fiets', maxMinutes: 30 },
  hours: [24, 36],
};
export const nonsenseProfile: NeutralProfile = {
  ...emptyProfile,
  typedOccupations: [
    { text: 'qwrtzp', years: 5 },
    { text: 'blablabla xyz', years: 2 },
  ],
  typedSkills: ['asdfgh', 'zzzz kkk'],
};

async function labelCheck(
  client: GraphqlClient,
  caps: Capabilities,
  name: string,
  p: NeutralProfile,
): Promise<EmptyCheck> {
  const r = await matchInline(client, caps, p, 10);
  const typed = (p.typedOccupations?.length ?? 0) + (p.typedSkills?.length ?? 0);
  return {
    name,
    returned: r.matches.length,
    labelledFitting: r.matches.filter((m) => m.fitting).length,
    labels: [...new Set(r.matches.map((m) => m.label ?? '(none)'))],
    typed,
    reported: r.resolution.resolved.length + r.resolution.unresolved.length,
  };
}

export async function emptyAndNonsense(client: GraphqlClient, caps: Capabilities): Promise<EmptyCheck[]> {
  return [
    await labelCheck(client, caps, 'empty profile', emptyProfile),
    await labelCheck(client, caps, 'nonsense profile', nonsenseProfile),
  ];
}

export const demoAccount = { email: 'werkzoekende@demo.werkbrug.nl', password: 'werkbrug-demo' };

export async function demoJobseeker(client: GraphqlClient, caps: Capabilities): Promise<DemoCheck> {
  try {
    const { client: authed, profileId } = await signInAndFindProfile(client, demoAccount.email, demoAccount.password);
    const r = await matchStored(authed, caps, profileId, 10);
    const after = r.matches.filter((m) => m.fit === 'AFTER_COURSE');
    let withRoute = 0;
    for (const m of after) {
      const exists = await Promise.all(m.bridgeCourseIds.map((id) => courseExists(authed, id)));
      if (exists.length > 0 && exists.every(Boolean)) withRoute++;
    }
    return {
      returned: r.matches.length,
      growing: r.matches.filter((m) => m.vacancy.outlook === 'GROWING').length,
      afterCourse: after.length,
      afterCourseWithCatalogueRoute: withRoute,
      sectors: r.matches.map((m) => m.vacancy.sectorKey),
      top: r.matches.map((m) => `${m.vacancy.title} [${m.fit}, ${m.vacancy.outlook}]`),
    };
  } catch (e) {
    return {
      returned: 0,
      growing: 0,
      afterCourse: 0,
      afterCourseWithCatalogueRoute: 0,
      sectors: [],
      error: (e as Error).message,
    };
  }
}
