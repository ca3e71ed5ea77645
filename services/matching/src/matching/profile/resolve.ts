import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { ProfileLike, ResolutionReport, ResolvedText, TaxonomyLookup, UnresolvedItem } from '../model/types.ts';
import { resolve as cfg, skills as skillCfg } from '../weights.ts';
import { routeFactsOf, type RouteFacts } from '../routes/route-facts.ts';

export interface ResolvedOccupation {
  /** Index in taxonomy.occupations. */
  index: number;
  uri: string;
  years: number;
  /** Weight of the skills this occupation implies: min(1, base + years / yearsToFull). */
  weight: number;
}

/**
 * What the engine knows about a person after resolution. Built field by field from the profile, so
 * protected attributes (profile.demographics) cannot reach the scoring even by accident.
 */
export interface ResolvedProfile {
  /** Skill URIs the person named (picked or typed), each weight 1. */
  explicitSkills: string[];
  occupations: ResolvedOccupation[];
  location: { lat: number; lon: number; place: string } | null;
  level: number;
  hoursMin: number;
  hoursMax: number;
  travel: { mode: TravelMode; maxMinutes: number };
  /** Situations (for funding), certificates and Dutch level: what route planning reads. */
  route: RouteFacts;
  report: ResolutionReport;
}

const uriPattern = /^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\//;

export function occupationWeight(years: number): number {
  return Math.min(1, skillCfg.impliedBase + Math.max(0, years) / skillCfg.impliedYearsToFull);
}

export function resolveProfile(profile: ProfileLike, taxonomy: Taxonomy, lookup: TaxonomyLookup): ResolvedProfile {
  const resolved: ResolvedText[] = [];
  const unresolved: UnresolvedItem[] = [];
  const skillLabel = (uri: string) => taxonomy.skillByUri.get(uri)?.labelNl ?? uri;
  const occupationLabel = (uri: string) => taxonomy.occupationByUri.get(uri)?.labelNl ?? uri;

  const fromText = (kind: 'skill' | 'occupation', text: string): string | undefined => {
    const hits = kind === 'skill' ? lookup.skills(text, 5) : lookup.occupations(text, 5);
    const known = (uri: string) =>
      kind === 'skill' ? taxonomy.skillByUri.has(uri) : taxonomy.occupationByUri.has(uri);
    const label = kind === 'skill' ? skillLabel : occupationLabel;
    const best = hits.find((h) => known(h.uri));
    if (best && best.score >= cfg.minScore) {
      resolved.push({ kind, text, uri: best.uri, labelNl: label(best.uri), score: best.score });
      return best.uri;
    }
    const suggestions = hits
      .filter((h) => known(h.uri) && h.score >= cfg.suggestionScore)
      .slice(0, 3)
      .map((h) => ({ uri: h.uri, labelNl: label(h.uri), score: h.score }));
    unresolved.push({ kind, value: text, suggestions });
    return undefined;
  };

  const skills = new Set<string>();
  const texts = [...(profile.skillTexts ?? [])];
  for (const s of profile.skills) {
    if (!uriPattern.test(s)) texts.push(s);
    else if (taxonomy.skillByUri.has(s)) skills.add(s);
    else unresolved.push({ kind: 'skill', value: s, suggestions: [] });
  }
  for (const t of texts) {
    if (t.trim().length === 0) continue;
    const uri = fromText('skill', t);
    if (uri) skills.add(uri);
  }

  const occupationIndex = new Map(taxonomy.occupations.map((o, i) => [o.uri, i]));
  const held = new Map<number, number>();
  const hold = (uri: string, years: number) => {
    const i = occupationIndex.get(uri)!;
    held.set(i, Math.max(held.get(i) ?? 0, years));
  };
  for (const o of profile.occupations) {
    if (occupationIndex.has(o.occupationUri)) hold(o.occupationUri, o.years);
    else unresolved.push({ kind: 'occupation', value: o.occupationUri, suggestions: [] });
  }
  for (const t of profile.occupationTexts ?? []) {
    if (t.trim().length === 0) continue;
    const uri = fromText('occupation', t);
    if (uri) hold(uri, skillCfg.defaultYears);
  }

  const area = lookupPostcode(profile.postcode);
  if (!area) unresolved.push({ kind: 'postcode', value: profile.postcode, suggestions: [] });

  return {
    explicitSkills: [...skills].sort(),
    occupations: [...held]
      .sort((a, b) => a[0] - b[0])
      .map(([index, years]) => ({
        index,
        uri: taxonomy.occupations[index]!.uri,
        years,
        weight: occupationWeight(years),
      })),
    location: area ? { lat: area.lat, lon: area.lon, place: area.place } : null,
    level: profile.nlqfLevel,
    hoursMin: profile.hoursMin,
    hoursMax: Math.max(profile.hoursMin, profile.hoursMax),
    travel: { mode: profile.travel.mode, maxMinutes: profile.travel.maxMinutes },
    route: routeFactsOf(profile),
    report: { resolved, unresolved },
  };
}
