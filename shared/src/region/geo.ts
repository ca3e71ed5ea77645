import type { TravelMode } from '../schemas/profile.ts';

const earthRadiusKm = 6371.0088;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A rough door-to-door travel model per mode. Roads and bike paths are not straight, so distance is
 * multiplied by a detour factor; public transport adds a fixed wait and walk. Rough on purpose: the
 * explanation shows it as an estimate ("ongeveer 25 minuten fietsen").
 */
export const travelModel: Record<TravelMode, { kmPerHour: number; detour: number; fixedMinutes: number }> = {
  fiets: { kmPerHour: 15, detour: 1.25, fixedMinutes: 2 },
  auto: { kmPerHour: 40, detour: 1.3, fixedMinutes: 5 },
  ov: { kmPerHour: 25, detour: 1.35, fixedMinutes: 12 },
};

export function travelMinutes(km: number, mode: TravelMode): number {
  const m = travelModel[mode];
  return m.fixedMinutes + ((km * m.detour) / m.kmPerHour) * 60;
}

/** The straight-line radius someone can reach within `maxMinutes` by `mode` (inverse of travelMinutes). */
export function reachKm(maxMinutes: number, mode: TravelMode): number {
  const m = travelModel[mode];
  return Math.max(0, ((maxMinutes - m.fixedMinutes) / 60) * (m.kmPerHour / m.detour));
}
