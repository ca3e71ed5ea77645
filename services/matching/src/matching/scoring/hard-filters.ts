import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { chord2FromKm, kmFromChord2, travelMinutes } from '@werkbrug/shared/region/geo';
import type { Model } from '../model/model.ts';
import type { VacancyFilter } from '../model/types.ts';
import type { ScoreState } from './score-state.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { hours } from '../weights.ts';
import { cellKeyCount, markCellsNear } from '../model/geo-cells.ts';

export interface CompiledFilter {
  sectorMask: number;
  contractMask: number;
  minHours: number;
  garantiebaanOnly: boolean;
  occupations: Uint8Array | null;
  requireText: boolean;
  /** The caller's distance limit as a squared chord (absent or Infinity: none). */
  maxChord2?: number;
}

export function compileFilter(filter: VacancyFilter | undefined, requireText: boolean, model: Model): CompiledFilter {
  const mask = <T>(values: readonly T[] | undefined, all: readonly T[]) =>
    values && values.length > 0 ? values.reduce((m, v) => m | (1 << all.indexOf(v)), 0) : -1;
  let occupations: Uint8Array | null = null;
  if (filter?.occupationUris && filter.occupationUris.length > 0) {
    const wanted = new Set(filter.occupationUris);
    occupations = Uint8Array.from(model.taxonomy.occupations, (o) => (wanted.has(o.uri) ? 1 : 0));
  }
  return {
    sectorMask: mask(filter?.sectors, sectorKeys),
    contractMask: mask(filter?.contractTypes, contractTypes),
    minHours: filter?.minHours ?? 0,
    garantiebaanOnly: filter?.garantiebaanOnly ?? false,
    occupations,
    requireText,
    maxChord2: filter?.maxKm ? chord2FromKm(filter.maxKm) : Number.POSITIVE_INFINITY,
  };
}

/** Whether a filter admits what no filter does: then a scan with it admits exactly the vacancies in reach. */
export function isNeutral(f: CompiledFilter): boolean {
  return (
    f.sectorMask === -1 &&
    f.contractMask === -1 &&
    f.minHours <= 0 &&
    !f.garantiebaanOnly &&
    f.occupations === null &&
    !f.requireText &&
    !((f.maxChord2 ?? Number.POSITIVE_INFINITY) < Number.POSITIVE_INFINITY)
  );
}

/** Returns travel minutes when the vacancy passes every hard filter, otherwise -1. */
export type Admitter = (slot: number) => number;

/**
 * Hard filters: open (validThrough not before today), the caller's filters, not far too few hours
 * (the vacancy's maximum under half of the person's minimum) nor far too many (its minimum above twice
 * the person's maximum), not an occupation or sector the person ruled out, not a garantiebaan for someone
 * outside the Banenafspraak, within the person's travel time. Built per request as a closure over the columns,
 * so the loop reads local typed arrays only; vacancies in cells out of reach (model/geo-cells.ts) are rejected
 * first, with one look-up.
 */
export function makeAdmitter(s: ScoreState, f: CompiledFilter): Admitter {
  const v = s.model.catalog.vacancies;
  const { alive, validUntil, sector, contract, hoursMax, flags, occupation, x, y, z } = v;
  const { today, textBySlot, maxChord2 } = s;
  const px = s.x;
  const py = s.y;
  const pz = s.z;
  const mode = s.profile.travel.mode;
  const maxMinutes = s.profile.travel.maxMinutes;
  const hoursFloor = hours.hardMinShareOfWanted * s.profile.hoursMin;
  const hoursCeiling = hours.hardMaxMultipleOfWanted * s.profile.hoursMax;
  const { hoursMin } = v;
  const { excludedOccupations, excludedSectors } = s.situation;
  // A garantiebaan is for people in the doelgroepregister (Banenafspraak); nobody else can be hired on it.
  const garantiebaanClosed = !s.situation.banenafspraak;
  const { sectorMask, contractMask, minHours, garantiebaanOnly, occupations, requireText } = f;
  const reach2 = Math.min(maxChord2, f.maxChord2 ?? Number.POSITIVE_INFINITY);
  const { cell } = v;
  const near = new Uint8Array(cellKeyCount);
  const location = s.profile.location;
  // Without a usable table every cell counts as near and the exact distance below decides alone.
  if (!location || !markCellsNear(location.lat, location.lon, kmFromChord2(reach2), near)) near.fill(1);
  return (slot) => {
    if (near[cell[slot]!] === 0) return -1;
    if (alive[slot] === 0 || validUntil[slot]! < today) return -1;
    if (sectorMask !== -1 && (sectorMask & (1 << sector[slot]!)) === 0) return -1;
    if (contractMask !== -1 && (contractMask & (1 << contract[slot]!)) === 0) return -1;
    if ((excludedSectors & (1 << sector[slot]!)) !== 0) return -1;
    const hMax = hoursMax[slot]!;
    if (hMax < minHours || hMax < hoursFloor || hoursMin[slot]! > hoursCeiling) return -1;
    const garantiebaan = (flags[slot]! & vacancyFlags.garantiebaan) !== 0;
    if (garantiebaan ? garantiebaanClosed : garantiebaanOnly) return -1;
    const occ = occupation[slot]!;
    if (occupations !== null && (occ < 0 || occupations[occ] === 0)) return -1;
    if (excludedOccupations !== null && occ >= 0 && excludedOccupations[occ] === 1) return -1;
    if (requireText && (textBySlot === null || !(textBySlot[slot]! > 0))) return -1;
    const dx = x[slot]! - px;
    const dy = y[slot]! - py;
    const dz = z[slot]! - pz;
    const c2 = dx * dx + dy * dy + dz * dz;
    if (c2 > reach2) return -1;
    const minutes = travelMinutes(kmFromChord2(c2), mode);
    return minutes > maxMinutes ? -1 : minutes;
  };
}
