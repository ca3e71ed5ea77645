import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
import { sectorKeys, type SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Model } from '../model/model.ts';
import type { ProfileLike } from '../model/types.ts';
import type { ResolvedProfile } from './resolve.ts';
import { certificateMask, impliedCertificates } from '../model/certificate-routes.ts';
import { steering, targetGroup, wish as wishCfg } from '../weights.ts';

/**
 * What the person wants and what their situation opens, read once per request from the profile:
 * wishes (occupations and sectors aimed for or ruled out, staying in the field), certificates (as the
 * resolver read them: picked or typed), and the target groups that have their own routes. Built field by field, like the resolver, so protected
 * attributes cannot reach the scoring.
 */
export interface Situation {
  /** Per occupation (taxonomy order): how much the person wants it (weights.ts `wish`), 0 when not. */
  readonly wishByOccupation: Float32Array | null;
  /** Sectors aimed for, as a bitmask over `sectorKeys`. */
  readonly wishSectors: number;
  /** Occupations ruled out (taxonomy order, 1 = out), or null when none. */
  readonly excludedOccupations: Uint8Array | null;
  readonly excludedSectors: number;
  /** true: wants to stay in their field; false: wants to leave it; null: has not said. */
  readonly stayInField: boolean | null;
  /** Certificates held (named, or evident: see certificate-routes.ts), as a bitmask. */
  readonly certificates: number;
  readonly certificateKeys: readonly CertificateKey[];
  readonly banenafspraak: boolean;
  /** A school leaver, or without a start qualification: BBL and jobs for starters are the way in. */
  readonly starter: boolean;
  readonly schoolLeaver: boolean;
  readonly noStartQualification: boolean;
  /** Sectors of the occupations the person held for at least `steering.minYears`, as a bitmask. */
  readonly ownSectors: number;
  /** Any of those sectors is shrinking (at the time of the request). */
  readonly fromShrinking: boolean;
}

export const sectorBit = (key: SectorKey): number => (1 << sectorKeys.indexOf(key)) >>> 0;
const maskOf = (keys: readonly SectorKey[]) => keys.reduce((m, k) => (m | sectorBit(k)) >>> 0, 0);

export function readSituation(model: Model, profile: ProfileLike, resolved: ResolvedProfile): Situation {
  const { taxonomy, occupationIndex, occupationSector } = model;
  const w = profile.wishes;
  const wanted = (w?.occupations ?? []).flatMap((u) => occupationIndex.get(u) ?? []);
  let wishByOccupation: Float32Array | null = null;
  if (wanted.length > 0) {
    wishByOccupation = new Float32Array(taxonomy.occupations.length);
    for (const i of wanted) {
      const row = model.transitions.row(i);
      for (let j = 0; j < row.length; j++) {
        if (row[j]! >= wishCfg.closeness && wishCfg.closeOccupation > wishByOccupation[j]!)
          wishByOccupation[j] = wishCfg.closeOccupation;
      }
    }
    for (const i of wanted) wishByOccupation[i] = wishCfg.occupation;
  }
  const excluded = (w?.excludeOccupations ?? []).flatMap((u) => occupationIndex.get(u) ?? []);
  let excludedOccupations: Uint8Array | null = null;
  if (excluded.length > 0) {
    excludedOccupations = new Uint8Array(taxonomy.occupations.length);
    for (const i of excluded) excludedOccupations[i] = 1;
  }
  // Certificates picked or typed ("heftruckcertificaat"), as the resolver read them.
  const certificateKeys = impliedCertificates(resolved.certificates, profile.travel.mode === 'auto');
  const groups = profile.targetGroups ?? [];
  const schoolLeaver = groups.includes('schoolverlater');
  const noStartQualification = profile.nlqfLevel < targetGroup.startQualificationLevel;
  let ownSectors = 0;
  for (const o of resolved.occupations)
    if (o.years >= steering.minYears) ownSectors = (ownSectors | (1 << occupationSector[o.index]!)) >>> 0;
  const fromShrinking = sectorKeys.some(
    (key, i) => (ownSectors & (1 << i)) !== 0 && taxonomy.sectorByKey.get(key)?.outlook === 'shrinking',
  );
  return {
    wishByOccupation,
    wishSectors: maskOf(w?.sectors ?? []),
    excludedOccupations,
    excludedSectors: maskOf(w?.excludeSectors ?? []),
    stayInField: w?.stayInField ?? null,
    certificates: certificateMask(certificateKeys),
    certificateKeys,
    banenafspraak: groups.includes('banenafspraak'),
    starter: schoolLeaver || noStartQualification,
    schoolLeaver,
    noStartQualification,
    ownSectors,
    fromShrinking,
  };
}
