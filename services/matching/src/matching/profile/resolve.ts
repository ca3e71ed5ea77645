import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import { type CertificateKey, certificateKeys, certificateNames } from '@werkbrug/shared/schemas/certificate';
import { skillDisplay } from '@werkbrug/shared/schemas/taxonomy';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type {
  ProfileLike,
  ResolutionReport,
  ResolutionSuggestion,
  ResolvedText,
  TaxonomyLookup,
  UnresolvedItem,
} from '../model/types.ts';
import { skills as skillCfg } from '../weights.ts';
import { certificatePrefix } from './reader/skill-reader.ts';
import { listParts } from './reader/lists.ts';
import { readTitleInContext } from './context-reading.ts';
import type { Reading } from './reader/types.ts';
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
  /** Certificates and licences held: picked, or typed as a skill ("heftruckcertificaat"). */
  certificates: CertificateKey[];
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

export function resolveProfile(profile: ProfileLike, taxonomy: Taxonomy, reader: TaxonomyLookup): ResolvedProfile {
  const resolved: ResolvedText[] = [];
  const unresolved: UnresolvedItem[] = [];
  const label = (uri: string): { label: string; lang: 'nl' | 'en' } => {
    if (uri.startsWith(certificatePrefix)) {
      const name = certificateNames[uri.slice(certificatePrefix.length) as CertificateKey];
      return { label: name?.nl ?? uri, lang: 'nl' };
    }
    const skill = taxonomy.skillByUri.get(uri);
    if (skill) return skillDisplay(skill);
    return { label: taxonomy.occupationByUri.get(uri)?.labelNl ?? uri, lang: 'nl' };
  };
  const suggestion = (s: { uri: string; score: number }): ResolutionSuggestion => {
    const l = label(s.uri);
    return { uri: s.uri, labelNl: l.label, lang: l.lang, score: s.score };
  };

  const certificates = new Set<CertificateKey>(
    (profile.certificates ?? []).filter((k) => (certificateKeys as readonly string[]).includes(k)),
  );
  const skills = new Set<string>();
  /** Everything typed is either read (and reported as read) or reported unread with suggestions. */
  const take = (kind: 'skill' | 'occupation', text: string, r: Reading, years: number | null): string | undefined => {
    if (r.status === 'unread') {
      unresolved.push({ kind, value: text, suggestions: r.suggestions.map(suggestion) });
      return undefined;
    }
    const uri = r.kind === 'certificate' ? `${certificatePrefix}${r.key}` : r.uri;
    const l = label(uri);
    const score = Math.round(r.score * 1000) / 1000;
    resolved.push({ kind: r.kind, text, uri, labelNl: l.label, lang: l.lang, score, years });
    if (r.kind === 'certificate') certificates.add(r.key);
    return r.kind === kind ? uri : undefined;
  };

  const texts = [...(profile.skillTexts ?? [])];
  for (const s of profile.skills) {
    if (!uriPattern.test(s)) texts.push(s);
    else if (taxonomy.skillByUri.has(s)) skills.add(s);
    else unresolved.push({ kind: 'skill', value: s, suggestions: [] });
  }
  for (const t of texts) {
    if (t.trim().length === 0) continue;
    const whole = reader.skill(t);
    // A list typed in one field is read part by part when every part reads; else asked as typed.
    const parts = whole.status === 'unread' ? listParts(t) : undefined;
    const readings = parts?.map((p) => [p, reader.skill(p)] as const);
    const each = readings?.every(([, r]) => r.status === 'read') ? readings : ([[t, whole]] as const);
    for (const [text, r] of each) {
      const uri = take('skill', text, r, null);
      if (uri) skills.add(uri);
    }
  }

  const held = new Map<number, number>();
  const hold = (uri: string, years: number) => {
    const i = taxonomy.occupationIndex.get(uri)!;
    held.set(i, Math.max(held.get(i) ?? 0, years));
  };
  for (const o of profile.occupations) {
    if (taxonomy.occupationIndex.has(o.occupationUri)) hold(o.occupationUri, o.years);
    else unresolved.push({ kind: 'occupation', value: o.occupationUri, suggestions: [] });
  }
  const typed = [
    ...(profile.typedOccupations ?? []).map((o) => ({ text: o.text, years: o.years ?? skillCfg.defaultYears })),
    ...(profile.occupationTexts ?? []).map((text) => ({ text, years: skillCfg.defaultYears })),
  ];
  for (const { text, years } of typed) {
    if (text.trim().length === 0) continue;
    // An unsure title is read beside the skills the person named (context-reading.ts).
    const r = readTitleInContext(reader.title(text), skills, taxonomy);
    // A certificate typed as a job ("heftruckcertificaat") is held as a certificate.
    const uri = take('occupation', text, r.status === 'unread' ? certificateOrNot(reader, text, r) : r, years);
    if (uri) hold(uri, Math.max(0, years));
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
    certificates: [...certificates].sort(),
    location: area ? { lat: area.lat, lon: area.lon, place: area.place } : null,
    level: profile.nlqfLevel,
    hoursMin: profile.hoursMin,
    hoursMax: Math.max(profile.hoursMin, profile.hoursMax),
    travel: { mode: profile.travel.mode, maxMinutes: profile.travel.maxMinutes },
    route: routeFactsOf(profile, certificates),
    report: { resolved, unresolved },
  };
}

function certificateOrNot(reader: TaxonomyLookup, text: string, unread: Reading): Reading {
  const r = reader.skill(text);
  return r.status === 'read' && r.kind === 'certificate' && r.score >= 1 ? r : unread;
}
