import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ContractType } from '@werkbrug/shared/schemas/vacancy';

/** Typical NLQF level per ISCO-08 major group (first digit): managers and professionals 6, … elementary 2. */
const levelByIscoMajor: Record<string, number> = {
  '1': 6,
  '2': 6,
  '3': 4,
  '4': 3,
  '5': 3,
  '6': 2,
  '7': 3,
  '8': 2,
  '9': 2,
};

export function typicalLevel(occupation: Occupation): number {
  return levelByIscoMajor[occupation.isco08[0]!] ?? 3;
}

/** Gross monthly pay around which a vacancy at this level starts (2026 euros, above the minimum wage). */
export const basePayByLevel: Record<number, number> = {
  1: 2150,
  2: 2300,
  3: 2600,
  4: 2950,
  5: 3250,
  6: 3700,
  7: 4400,
  8: 5100,
};

export function caoScale(sector: SectorKey, level: number): string | null {
  switch (sector) {
    case 'healthcare':
      return `Cao VVT, FWG ${15 + level * 10}`;
    case 'childcare':
      return `Cao Kinderopvang, schaal ${level + 3}`;
    case 'education':
      return level >= 6 ? 'Cao PO, schaal L10' : `Cao PO, schaal ${level + 3}`;
    case 'construction':
      return 'Cao Bouw & Infra';
    case 'technical_energy':
      return `Cao Technisch Installatiebedrijf, functiegroep ${String.fromCharCode(64 + Math.min(level + 1, 8))}`;
    case 'steel':
      return 'Cao Tata Steel';
    case 'logistics':
      return 'Cao Beroepsgoederenvervoer';
    case 'public_security':
      return `Cao Gemeenten, schaal ${level + 4}`;
    case 'retail':
      return 'Cao Supermarkten';
    case 'hospitality':
      return 'Cao Horeca';
    case 'aviation':
      return 'Cao Luchtvaart';
    case 'travel':
      return 'Cao Reisbranche';
    default:
      return null;
  }
}

/** Contract mix per sector, roughly as Dutch job boards show them; no BBL where the occupation has no BBL route. */
export function contractWeights(sector: SectorKey, bbl = true): (readonly [ContractType, number])[] {
  const mix = sectorContracts(sector);
  return bbl ? mix : mix.filter(([c]) => c !== 'bbl');
}

function sectorContracts(sector: SectorKey): (readonly [ContractType, number])[] {
  const base: [ContractType, number][] = [
    ['vast', 35],
    ['tijdelijk', 40],
    ['uitzend', 10],
    ['bbl', 8],
    ['oproep', 7],
  ];
  if (sector === 'hospitality' || sector === 'retail' || sector === 'events_culture') {
    return [
      ['vast', 15],
      ['tijdelijk', 35],
      ['uitzend', 15],
      ['bbl', 5],
      ['oproep', 30],
    ];
  }
  if (sector === 'logistics')
    return [
      ['vast', 25],
      ['tijdelijk', 30],
      ['uitzend', 35],
      ['bbl', 5],
      ['oproep', 5],
    ];
  if (sector === 'healthcare' || sector === 'technical_energy' || sector === 'construction') {
    return [
      ['vast', 35],
      ['tijdelijk', 35],
      ['uitzend', 5],
      ['bbl', 20],
      ['oproep', 5],
    ];
  }
  return base;
}

export const hourPatterns: readonly (readonly [number, number])[] = [
  [32, 40],
  [36, 36],
  [38, 40],
  [24, 32],
  [28, 36],
  [16, 24],
  [20, 28],
  [12, 20],
  [40, 40],
];

const fulltime: readonly (readonly [number, number])[] = [
  [32, 40],
  [36, 36],
  [38, 40],
  [36, 40],
  [40, 40],
];
const parttime: readonly (readonly [number, number])[] = [
  [12, 20],
  [16, 24],
  [20, 28],
  [24, 32],
  [8, 16],
];

/** Hours per week as the occupation's vacancies offer them (region/occupations.tsv `hours`). */
export function hoursFor(kind: 'fulltime' | 'parttime' | 'mixed'): readonly (readonly [number, number])[] {
  return kind === 'fulltime' ? fulltime : kind === 'parttime' ? parttime : hourPatterns;
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
