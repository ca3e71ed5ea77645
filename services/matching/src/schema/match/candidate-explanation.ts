import type { CandidateCard } from '../../application/matching.ts';
import { distanceBands, travelBands } from '../../application/candidate-privacy.ts';
import { builder } from '../builder.ts';
import { OutlookEnum, SkillType } from '../taxonomy/types.ts';
import { TravelModeEnum } from '../profile/inputs.ts';
import { ComponentType, MissingSkillType } from './explanation.ts';
import { skills } from './skill-refs.ts';

/** What employers see of where a candidate lives: bands, never figures (application/candidate-privacy.ts). */
export const DistanceBandEnum = builder.enumType('DistanceBand', {
  description: 'Straight-line distance between the candidate’s municipality and the vacancy, in a coarse band.',
  values: Object.fromEntries(
    distanceBands.map((b, i) => [
      b,
      { description: ['Under 5 km.', '5 to 10 km.', '10 to 20 km.', '20 km or more.'][i] },
    ]),
  ),
});

export const TravelBandEnum = builder.enumType('TravelBand', {
  description: 'Estimated travel time from the candidate’s municipality to the vacancy, in a coarse band.',
  values: Object.fromEntries(
    travelBands.map((b, i) => [
      b,
      {
        description: [
          'Under 15 minutes.',
          '15 to 30 minutes.',
          '30 to 45 minutes.',
          '45 to 60 minutes.',
          'An hour or more.',
        ][i],
      },
    ]),
  ),
});

/** Why a candidate fits, for the employer: like a match explanation, but with the trip in bands only. */
export const CandidateExplanationType = builder
  .objectRef<CandidateCard['explanation'] & Pick<CandidateCard, 'distanceBand' | 'travelBand'>>('CandidateExplanation')
  .implement({
    description:
      'Why a candidate fits a vacancy. Distance and travel time only as bands, computed from the centre of the candidate’s municipality.',
    authScopes: { employer: true },
    fields: (t) => ({
      summary: t.exposeString('summary', { description: 'One line in plain Dutch (B1), without the trip.' }),
      summaryEn: t.exposeString('summaryEn', { description: 'The same line in English, without the trip.' }),
      components: t.field({
        type: [ComponentType],
        description: 'Every component with value and weight.',
        resolve: (e) => e.components,
      }),
      matchedSkills: t.field({
        type: [SkillType],
        description: 'Essential skills the candidate has.',
        resolve: (e, _a, ctx) => skills(e.matchedSkills, ctx),
      }),
      missingSkills: t.field({
        type: [MissingSkillType],
        description: 'Essential skills the candidate lacks.',
        resolve: (e) => e.missingSkills,
      }),
      matchedOptionalSkills: t.field({
        type: [SkillType],
        description: 'Optional skills the candidate has.',
        resolve: (e, _a, ctx) => skills(e.matchedOptionalSkills, ctx),
      }),
      distanceBand: t.field({
        type: DistanceBandEnum,
        description: 'Distance, as a band.',
        resolve: (e) => e.distanceBand,
      }),
      travelBand: t.field({
        type: TravelBandEnum,
        description: 'Travel time, as a band.',
        resolve: (e) => e.travelBand,
      }),
      travelMode: t.field({
        type: TravelModeEnum,
        description: 'How the candidate travels.',
        resolve: (e) => e.travelMode,
      }),
      requiredLevel: t.exposeInt('requiredLevel', { description: 'NLQF level the vacancy asks for.' }),
      personLevel: t.exposeInt('personLevel', { description: 'The candidate’s NLQF level.' }),
      outlook: t.field({
        type: OutlookEnum,
        description: 'Outlook of the vacancy’s sector.',
        resolve: (e) => e.outlook,
      }),
    }),
  });
