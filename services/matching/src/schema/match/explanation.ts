import type {
  ComponentExplanation,
  MatchExplanation,
  MissingSkill,
  Reason,
  ReasonCode,
  RelatedExperience,
} from '../../matching/model/types.ts';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';
import { OccupationType, OutlookEnum, SkillType } from '../taxonomy/types.ts';
import { CertificateType } from '../taxonomy/certificate.ts';
import { TravelModeEnum } from '../profile/inputs.ts';
import { skill, skills } from './skill-refs.ts';

export const MatchLabelEnum = builder.enumType('MatchLabel', {
  description: 'How a match is labelled; always in the band of the number it is ordered by (its rank).',
  values: {
    GOOD: { value: 'good', description: 'Past goed.' },
    FAIR: { value: 'fair', description: 'Past redelijk.' },
    POSSIBLE: { value: 'possible', description: 'Past misschien.' },
    NO_FIT: {
      value: 'no_fit',
      description: 'Past waarschijnlijk niet: there is evidence, but too much is against it.',
    },
    TOO_LITTLE_KNOWN: {
      value: 'too_little_known',
      description: 'We weten nog te weinig van je: no evidence of fit yet; the reasons say what to add.',
    },
  } as const,
});

export const MatchFitEnum = builder.enumType('MatchFit', {
  description: 'Whether a vacancy fits now or after the courses of its bridge.',
  values: {
    NOW: { value: 'now', description: 'Past nu.' },
    AFTER_COURSE: {
      value: 'after_course',
      description: 'Past na een opleiding: ranked by the fit after the bridge, discounted by its weeks of study.',
    },
  } as const,
});

const reasonCodes: readonly ReasonCode[] = [
  'after_course',
  'skills',
  'skills_missing',
  'same_occupation',
  'related_experience',
  'wish_occupation',
  'wish_sector',
  'route_bbl',
  'route_starters',
  'garantiebaan',
  'growing_sector',
  'close_by',
  'hours_too_many',
  'hours_too_few',
  'level_above',
  'over_qualified',
  'shrinking_sector',
  'steering',
  'leave_field',
  'elsewhere',
  'far_away',
  'missing_certificate',
  'not_garantiebaan',
  'needs_experience',
  'bbl_has_trade',
  'search_words',
  'too_little_known',
];

const ReasonCodeEnum = builder.enumType('MatchReasonCode', {
  description: 'What a reason is about; its text in both languages is built from it and its parameters.',
  values: enumValues(reasonCodes, (c) => `Reason \`${c}\`.`),
});

const ReasonEffectEnum = builder.enumType('MatchReasonEffect', {
  description: 'Whether a reason speaks for a match, against it, or only informs.',
  values: {
    PLUS: { value: 'plus', description: 'Speaks for the match.' },
    MINUS: { value: 'minus', description: 'Speaks against it.' },
    INFO: { value: 'info', description: 'Information (what is missing, what to add).' },
  } as const,
});

const ReasonType = builder.objectRef<Reason>('MatchReason').implement({
  description: 'One reason for a score, in plain Dutch (B1) and English, with the points it adds or takes off.',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.field({ type: ReasonCodeEnum, description: 'What it is about.', resolve: (r) => r.code }),
    effect: t.field({ type: ReasonEffectEnum, description: 'For, against, or information.', resolve: (r) => r.effect }),
    points: t.exposeFloat('points', { description: 'Points it adds (plus) or takes off (minus, negative).' }),
    textNl: t.exposeString('textNl', { description: 'In Dutch (B1).' }),
    textEn: t.exposeString('textEn', { description: 'In English.' }),
    certificate: t.field({
      type: CertificateType,
      nullable: true,
      description: 'The certificate it is about, if any.',
      resolve: (r) => r.params.certificate ?? null,
    }),
  }),
});

const RelatedExperienceType = builder.objectRef<RelatedExperience>('RelatedExperience').implement({
  description: 'A past occupation that counts as experience for this vacancy.',
  authScopes: { public: true },
  fields: (t) => ({
    occupation: t.field({
      type: OccupationType,
      description: 'The occupation held.',
      resolve: (r, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(r.occupationUri)!,
    }),
    occupationUri: t.exposeString('occupationUri', { description: 'Its ESCO URI (as `occupation.uri`).' }),
    labelNl: t.exposeString('labelNl', { description: 'Its Dutch label (as `occupation.labelNl`).' }),
    labelEn: t.exposeString('labelEn', { description: 'Its English label (as `occupation.labelEn`).' }),
    years: t.exposeFloat('years', { description: 'Years in it.' }),
    similarity: t.exposeFloat('similarity', { description: 'How close it is to the vacancy’s occupation, 0..1.' }),
    documentedRoute: t.exposeBoolean('documentedRoute', {
      description: 'A documented regional move leads from it to this occupation (e.g. KLM-ActiZ into care).',
    }),
  }),
});

export const ComponentType = builder.objectRef<ComponentExplanation>('ScoreComponent').implement({
  description:
    'One named part of a match score: evidence adds points, a modulator takes some off; the contributions add up to the score.',
  authScopes: { public: true },
  fields: (t) => ({
    name: t.exposeString('name', {
      description:
        'skills, experience, wish (evidence); hours, level, reach, outlook, steering, direction, certificates, targetGroup, text (modulators).',
    }),
    kind: t.exposeString('kind', { description: '`evidence` (adds fit) or `modulator` (multiplies it).' }),
    labelNl: t.exposeString('labelNl', { description: 'Name in Dutch.' }),
    labelEn: t.exposeString('labelEn', { description: 'Name in English.' }),
    value: t.exposeFloat('value', { description: 'How well this part fits, 0..1.' }),
    weight: t.exposeFloat('weight', { description: 'Evidence: how strongly a full value counts; modulators: 1.' }),
    contribution: t.exposeFloat('contribution', {
      description: 'Points it adds (evidence) or takes off (modulator, negative).',
    }),
  }),
});

export const MissingSkillType = builder.objectRef<MissingSkill>('MissingSkill').implement({
  description: 'An essential skill of the vacancy the person lacks, with any credit for a related skill.',
  authScopes: { public: true },
  fields: (t) => ({
    skill: t.field({ type: SkillType, description: 'The skill.', resolve: (m, _a, ctx) => skill(m, ctx) }),
    uri: t.string({ description: 'Its ESCO URI (as `skill.uri`).', resolve: (m) => m.uri }),
    labelNl: t.string({
      nullable: true,
      description: 'Its Dutch label where one is written (as `skill.labelNl`).',
      resolve: (m, _a, ctx) => skill(m, ctx).labelNl,
    }),
    labelEn: t.string({
      description: 'Its English label (as `skill.labelEn`).',
      resolve: (m, _a, ctx) => skill(m, ctx).labelEn,
    }),
    relatedCredit: t.exposeFloat('relatedCredit', {
      description: 'Partial credit 0..1 from a related skill the person has.',
    }),
  }),
});

export const ExplanationType = builder.objectRef<MatchExplanation>('MatchExplanation').implement({
  description: 'Why a score is what it is: the same reasons for the person and, in full, for their adviser.',
  authScopes: { public: true },
  fields: (t) => ({
    summary: t.exposeString('summary', {
      description: 'Plain Dutch (B1): the label, the biggest plus and the biggest minus.',
    }),
    summaryEn: t.exposeString('summaryEn', { description: 'The same in English.' }),
    evidence: t.exposeFloat('evidence', {
      description: 'Evidence of fit, 0..1 (skills, experience, a wish with a way in); below 0.25 no "past" label.',
    }),
    reasons: t.field({
      type: [ReasonType],
      description: 'Every reason: for first, then against, each by points.',
      resolve: (e) => e.reasons,
    }),
    hasRelatedExperience: t.boolean({
      description:
        'Whether a past occupation counts as experience for this vacancy (`relatedExperience` is not empty).',
      resolve: (e) => e.relatedExperience.length > 0,
    }),
    relatedExperience: t.field({
      type: [RelatedExperienceType],
      description: 'Past occupations that count as experience for this vacancy.',
      resolve: (e) => e.relatedExperience,
    }),
    missingCertificates: t.field({
      type: [CertificateType],
      description: 'Certificates the vacancy requires that the person lacks.',
      resolve: (e) => e.missingCertificates,
    }),
    components: t.field({
      type: [ComponentType],
      description: 'Every component with its value and the points it adds or takes off.',
      resolve: (e) => e.components,
    }),
    matchedSkills: t.field({
      type: [SkillType],
      description: 'Essential skills the person has (all of them).',
      resolve: (e, _a, ctx) => skills(e.matchedSkills, ctx),
    }),
    missingSkills: t.field({
      type: [MissingSkillType],
      description: 'Essential skills the person lacks (all of them).',
      resolve: (e) => e.missingSkills,
    }),
    matchedOptionalSkills: t.field({
      type: [SkillType],
      description: 'Optional skills the person has.',
      resolve: (e, _a, ctx) => skills(e.matchedOptionalSkills, ctx),
    }),
    distanceKm: t.exposeFloat('distanceKm', { description: 'Straight-line distance in km.' }),
    travelMinutes: t.exposeFloat('travelMinutes', { description: 'Estimated door-to-door travel time in minutes.' }),
    travelMode: t.field({
      type: TravelModeEnum,
      description: 'The travel mode the estimate is for.',
      resolve: (e) => e.travelMode,
    }),
    requiredLevel: t.exposeInt('requiredLevel', { description: 'NLQF level the vacancy asks for.' }),
    personLevel: t.exposeInt('personLevel', { description: 'The person’s NLQF level.' }),
    outlook: t.field({ type: OutlookEnum, description: 'Outlook of the vacancy’s sector.', resolve: (e) => e.outlook }),
  }),
});
