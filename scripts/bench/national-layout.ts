/**
 * The national layout of the benchmarks: the seed generator knows only this region, so chunk k of
 * 100,000 generated records is the region moved to city k (names stay, coordinates move). Haarlem
 * first, then nine other cities.
 */
export const cities = [
  [52.38, 4.64],
  [53.22, 6.57],
  [52.51, 6.09],
  [52.09, 5.12],
  [51.44, 5.48],
  [50.85, 5.69],
  [51.92, 4.48],
  [52.07, 4.3],
  [51.98, 5.91],
  [51.59, 4.78],
] as const;

/** A record of chunk k, moved from the region to city k. */
export function moveToCity<T extends { location: { lat: number; lon: number } }>(v: T, k: number): T {
  const [lat, lon] = cities[k % cities.length]!;
  const [lat0, lon0] = cities[0];
  return { ...v, location: { ...v.location, lat: v.location.lat + lat - lat0, lon: v.location.lon + lon - lon0 } };
}
