import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { PostcodeArea } from '@werkbrug/shared/schemas/region';
import type { Random } from './random.ts';
import { pickArea } from './places.ts';

export interface DemoEmployer {
  id: string;
  name: string;
  sector: SectorKey;
  area: PostcodeArea;
  /** Employers that train their own people (company academy, BBL places). */
  trains: boolean;
}

interface NameParts {
  kinds: string[];
  names: string[];
}

/** Sectors without names here have no demo employers yet. */
const nameParts: Partial<Record<SectorKey, NameParts>> = {
  aviation: {
    kinds: ['Airport Services', 'Aviation Handling', 'Luchthavendiensten'],
    names: ['Polderbaan', 'Kaagbaan', 'Zwanenburg', 'Schiphol-Oost'],
  },
  hospitality: {
    kinds: ['Strandpaviljoen', 'Hotel', 'Grand Café', 'Brasserie'],
    names: ['De Branding', 'Kennemerduin', 'Het Spaarne', 'Zeezicht', 'De Vijfhoek'],
  },
  retail: {
    kinds: ['Supermarkt', 'Warenhuis', 'Bouwmarkt', 'Modehuis'],
    names: ['Grote Markt', 'Kennemer', 'IJmond', 'Zijlpoort'],
  },
  events_culture: {
    kinds: ['Evenementenbureau', 'Theater', 'Festivalorganisatie', 'Poppodium'],
    names: ['Duinvermaak', 'Patronaat-Zuid', 'Kennemer Events', 'Strandfestival'],
  },
  travel: { kinds: ['Reisbureau', 'Reisorganisatie'], names: ['Zonnewind', 'Wereldwijd', 'De Globe', 'Kustreizen'] },
  steel: {
    kinds: ['Staalservice', 'Metaalbewerking', 'Walserij'],
    names: ['Noordpier', 'Hoogoven-West', 'Velsen-Noord', 'IJmuiden Metals'],
  },
  healthcare: {
    kinds: ['Zorggroep', 'Woonzorgcentrum', 'Thuiszorg', 'Ziekenhuis', 'GGZ'],
    names: ['Spaarnestad', 'Kennemerhart', 'De Duinrand', 'Velserhof', 'Zorgvlied', 'Meerweide', 'De Linde'],
  },
  childcare: {
    kinds: ['Kinderopvang', 'Kindcentrum', 'BSO'],
    names: ['De Speeltuin', 'Duinkinderen', 'Het Klavertje', 'Zonnestraal'],
  },
  education: {
    kinds: ['Basisschool', 'Scholengemeenschap', 'Onderwijsstichting'],
    names: ['De Regenboog', 'Kennemer College', 'IJmond Lyceum', 'Het Anker'],
  },
  ict: {
    kinds: ['Software', 'IT Services', 'Digital'],
    names: ['Spaarne', 'Haarlem Code', 'Duinlab', 'Noordzee Data', 'Kennemer Cloud'],
  },
  technical_energy: {
    kinds: ['Installatietechniek', 'Elektrotechniek', 'Energie', 'Klimaattechniek'],
    names: ['Zwart', 'Van Duin', 'IJmond', 'Kennemer', 'Zonnekust', 'Warmtewerk'],
  },
  construction: {
    kinds: ['Bouwbedrijf', 'Aannemersbedrijf', 'Renovatie'],
    names: ['Van der Velsen', 'Duinbouw', 'Kennemer Bouw', 'Havenstad'],
  },
  logistics: {
    kinds: ['Transport', 'Logistiek', 'Distributiecentrum', 'Busvervoer'],
    names: ['IJmond', 'Noordzeekanaal', 'Kennemer', 'Spaarne', 'Velsen'],
  },
  public_security: {
    kinds: ['Gemeente', 'Beveiliging', 'Werkbedrijf', 'Welzijn'],
    names: ['Kennemerland', 'IJmond', 'Zuid-Kennemerland', 'Duinstreek'],
  },
};

/** Fictional employers, a few per sector; every name carries "(demo)" so nobody mistakes them for real. */
export function generateEmployers(random: Random, perSector: number): DemoEmployer[] {
  const employers: DemoEmployer[] = [];
  for (const [sector, parts] of Object.entries(nameParts) as [SectorKey, NameParts][]) {
    const seen = new Set<string>();
    for (let i = 0; i < perSector; i++) {
      let name = `${random.pick(parts.kinds)} ${random.pick(parts.names)}`;
      if (seen.has(name)) name = `${name} ${i + 1}`;
      seen.add(name);
      employers.push({
        id: `emp_${sector.replace(/_/g, '-')}-${String(i + 1).padStart(3, '0')}`,
        name: `${name} (demo)`,
        sector,
        area: pickArea(random, sector === 'aviation' ? 0.5 : 0.06),
        trains: random.chance(0.3),
      });
    }
  }
  return employers;
}
