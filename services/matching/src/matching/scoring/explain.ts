import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type {
  Bridge,
  ComponentExplanation,
  MatchExplanation,
  MatchFit,
  MatchLabel,
  MissingSkill,
  Reason,
  RelatedExperience,
  SkillRef,
} from '../model/types.ts';
import { keysOfMask } from '../model/certificate-routes.ts';
import { routeStrength } from '../model/sector-routes.ts';
import { components, evidence as evidenceCfg, labels as bands } from '../weights.ts';
import { combineEvidence, componentIndex } from './components.ts';
import { buildReasons } from './reasons.ts';
import { type Audience, type Names, reasonText, summaryText } from './phrases.ts';
import { distanceKm, minutesFor, type ScoreState } from './score-state.ts';
import { round1, skillRef, toPoints } from './labels.ts';

/** The label of a score: its band, or too_little_known when the evidence is below the minimum. */
export function labelFor(points: number, evidence: number): MatchLabel {
  if (evidence < evidenceCfg.minimum) return 'too_little_known';
  return points >= bands.good
    ? 'good'
    : points >= bands.fair
      ? 'fair'
      : points >= bands.possible
        ? 'possible'
        : 'no_fit';
}

/** A minus is named in the summary only from this many points lost: smaller ones are in the full list. */
const summaryMinusPoints = 2;

/**
 * The downside the summary names: the first minus of at least `summaryMinusPoints`, except a missing
 * certificate the match's own route gives ("you don't have the security diploma yet" beside the course
 * that gives it reads as a contradiction); the full list of reasons keeps it.
 */
export function headlineMinus(reasons: readonly Reason[], gainedByRoute: readonly string[]): Reason | undefined {
  const gained = new Set(gainedByRoute);
  return reasons.find(
    (r) =>
      r.effect === 'minus' &&
      -r.points >= summaryMinusPoints &&
      !(r.code === 'missing_certificate' && gained.has(String(r.params.certificate))),
  );
}

export interface ExplainOptions {
  audience?: Audience;
  fit?: MatchFit;
  /** The points the label is for (the rank of an after_course match); default the score. */
  rank?: number;
  /** The bridge of an after_course match: the summary leads with what it brings. */
  bridge?: Bridge | null;
}

/**
 * Why a vacancy scores what it scores: every component with the points it adds or takes off (they
 * sum to the score), the reasons as codes with both languages, the skills matched and missing (all
 * of them: the web shows five and the rest behind "meer"), related experience, missing certificates,
 * and a summary that names the label, the biggest plus and the biggest minus.
 */
export function explainMatch(
  s: ScoreState,
  slot: number,
  names: Names,
  options: ExplainOptions = {},
): { score: number; explanation: MatchExplanation } {
  const { model, person, profile, evaluator } = s;
  const audience = options.audience ?? 'jobseeker';
  const v = model.catalog.vacancies;
  const km = distanceKm(s, slot);
  const minutes = minutesFor(s, km);
  const values = new Float64Array(components.length);
  const raw = evaluator.evaluate(slot, minutes, values);
  const score = toPoints(raw);
  const evidence = combineEvidence(
    values[componentIndex.skills]!,
    values[componentIndex.experience]!,
    values[componentIndex.wish]!,
  );

  // Points: evidence sources in order (noisy or: each adds its share of what is left), then each
  // modulator takes its share of what the ones before left. They add up to the score.
  const points = new Float64Array(components.length);
  let left = 1;
  let running = 100 * evidence;
  components.forEach((c: { name: keyof typeof componentIndex; kind: string; weight: number }, i) => {
    if (c.kind === 'evidence') {
      const part = left * c.weight * values[i]!;
      points[i] = 100 * part;
      left -= part;
    } else {
      points[i] = -running * (1 - values[i]!);
      running *= values[i]!;
    }
  });
  const explained: ComponentExplanation[] = components
    .map((c, i) => ({
      name: c.name,
      kind: c.kind,
      labelNl: c.labelNl,
      labelEn: c.labelEn,
      value: Math.round(values[i]! * 1000) / 1000,
      weight: c.weight,
      contribution: round1(points[i]!),
    }))
    .filter((c) => evaluator.applies[c.name]);

  const matchedSkills: SkillRef[] = [];
  const missingSkills: MissingSkill[] = [];
  for (const k of v.essential.get(slot)) {
    if (person.weight[k]! > 0) matchedSkills.push(skillRef(model, k));
    else missingSkills.push({ ...skillRef(model, k), relatedCredit: Math.round(person.credit[k]! * 1000) / 1000 });
  }
  const matchedOptionalSkills = v.optional
    .get(slot)
    .filter((k) => person.weight[k]! > 0)
    .map((k) => skillRef(model, k));
  const sector = sectorKeys[v.sector[slot]!]!;
  const outlook: Outlook = model.taxonomy.sectorByKey.get(sector)?.outlook ?? 'stable';
  const requiredLevel = v.level[slot]!;
  const occ = v.occupation[slot]!;
  const relatedExperience: RelatedExperience[] = [];
  if (occ >= 0) {
    const target = model.taxonomy.occupations[occ]!;
    for (const held of profile.occupations) {
      const similarity = model.transitions.row(held.index)[occ]!;
      if (similarity < evidenceCfg.relatedExperience) continue;
      const o = model.taxonomy.occupations[held.index]!;
      relatedExperience.push({
        occupationUri: o.uri,
        labelNl: o.labelNl,
        labelEn: o.labelEn,
        years: held.years,
        similarity: Math.round(similarity * 1000) / 1000,
        documentedRoute: held.index !== occ && routeStrength(o, target) > 0,
      });
    }
    relatedExperience.sort((a, b) => b.similarity - a.similarity || a.occupationUri.localeCompare(b.occupationUri));
  }

  const reasons = buildReasons(
    s,
    {
      slot,
      minutes,
      values,
      points,
      evidence,
      matchedEssential: matchedSkills.length,
      essential: matchedSkills.length + missingSkills.length,
      afterCourse:
        options.fit === 'after_course' && options.bridge
          ? {
              weeks: options.bridge.totalWeeks,
              matched: matchedSkills.length + missingSkills.length - options.bridge.stillMissing.length,
              points: (options.rank ?? score) - score,
            }
          : undefined,
    },
    names,
    audience,
  );
  const fit = options.fit ?? 'now';
  const label = labelFor(options.rank ?? score, evidence);
  const lowEvidence = label === 'too_little_known';
  // An after_course match leads with what the route brings: that is why it is in the list.
  const plus = lowEvidence
    ? reasons.find((r) => r.code === 'too_little_known')
    : (reasons.find((r) => r.code === 'after_course') ?? reasons.find((r) => r.effect === 'plus' && r.points > 0));
  const minus = lowEvidence
    ? undefined
    : headlineMinus(reasons, fit === 'after_course' ? (options.bridge?.certificatesGained ?? []) : []);
  const trip = { minutes: Math.max(1, Math.round(minutes)), mode: profile.travel.mode };
  const summary = (lang: 'nl' | 'en') =>
    summaryText(
      {
        label,
        fit,
        plus: plus ? (lang === 'nl' ? plus.textNl : plus.textEn) : null,
        minus: minus ? (lang === 'nl' ? minus.textNl : minus.textEn) : null,
        trip: lowEvidence ? null : reasonText('close_by', trip, lang, names, audience),
      },
      lang,
      audience,
    );
  return {
    score,
    explanation: {
      summary: summary('nl'),
      summaryEn: summary('en'),
      label,
      evidence: Math.round(evidence * 1000) / 1000,
      reasons,
      relatedExperience,
      missingCertificates: keysOfMask((v.certificates[slot]! & ~s.situation.certificates) >>> 0),
      components: explained,
      matchedSkills,
      missingSkills,
      matchedOptionalSkills,
      distanceKm: round1(km),
      travelMinutes: Math.round(minutes),
      travelMode: profile.travel.mode,
      requiredLevel,
      personLevel: profile.level,
      outlook,
    },
  };
}
