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

/** Every sector of the regional occupation set has demo employers. */
const nameParts: Record<SectorKey, NameParts> = {
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
  manufacturing: {
    kinds: ['Machinefabriek', 'Productiebedrijf', 'Verpakkingen', 'Kunststoffen'],
    names: ['Velsen', 'Noordzeekanaal', 'Kennemer', 'Waarderpolder'],
  },
  food_production: {
    kinds: ['Visverwerking', 'Bakkerij', 'Levensmiddelen', 'Zuivel'],
    names: ['IJmuiden', 'Vishal', 'Spaarne', 'Duinhoeve'],
  },
  business_services: {
    kinds: ['Administratiekantoor', 'Adviesbureau', 'Klantcontactcentrum', 'Uitzendbureau'],
    names: ['Kennemer', 'Spaarnestad', 'Zijlweg', 'IJmond'],
  },
  finance: {
    kinds: ['Accountants', 'Verzekeringen', 'Financieel Advies'],
    names: ['Bloemendaal', 'Houtplein', 'Kennemer', 'Heemstede'],
  },
  cleaning_facility: {
    kinds: ['Schoonmaakbedrijf', 'Facilitaire Diensten', 'Glazenwassers'],
    names: ['Schoon Kennemerland', 'Duinglans', 'IJmond Facilitair', 'Spaarnerein'],
  },
  personal_services: {
    kinds: ['Kapsalon', 'Schoonheidssalon', 'Wasserette'],
    names: ['Grote Houtstraat', 'De Krul', 'Kennemer', 'Zeewind'],
  },
  agriculture_green: {
    kinds: ['Hoveniersbedrijf', 'Kwekerij', 'Groenvoorziening'],
    names: ['Duinrand', 'Bollenstreek', 'Kennemer Groen', 'Elswout'],
  },
  creative_media: {
    kinds: ['Ontwerpbureau', 'Mediaproductie', 'Fotostudio'],
    names: ['Spaarne', 'Zeelicht', 'Kennemer', 'Frans Hals'],
  },
  science_research: { kinds: ['Laboratorium', 'Onderzoeksinstituut'], names: ['Duinwater', 'Kennemer', 'IJmond'] },
  legal: {
    kinds: ['Advocatenkantoor', 'Juridisch Loket', 'Notariskantoor'],
    names: ['Spaarne', 'Kennemer', 'Zijlsingel'],
  },
  defence: { kinds: ['Defensie-onderhoud', 'Marinekazerne'], names: ['Den Helder-Zuid', 'Kennemer'] },
  sports_recreation: {
    kinds: ['Sportcentrum', 'Zwembad', 'Fitnessclub', 'Recreatiepark'],
    names: ['Duinpan', 'Kennemer', 'Sportweg', 'Strandvlakte'],
  },
  real_estate: {
    kinds: ['Makelaardij', 'Vastgoedbeheer', 'Woningcorporatie'],
    names: ['Kennemer', 'Spaarne', 'IJmond'],
  },
  environment_waste: {
    kinds: ['Afvalinzameling', 'Recycling', 'Milieudienst'],
    names: ['IJmond', 'Kennemerland', 'Velsen-Noord', 'Spaarnwoude'],
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
