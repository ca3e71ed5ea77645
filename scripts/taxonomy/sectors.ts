import type { Sector } from '@werkbrug/shared/schemas/taxonomy';

/**
 * The regional outlook per sector and the fact it rests on. Copied by hand from the team's
 * research (regional_facts.csv, kansrijke_beroepen.csv, SOURCES.md); admins can change the outlook
 * in the product later.
 */
const uwv2022 =
  'UWV Regio in Beeld 2022: blijvende tekorten aan mensen in zorg, techniek, ICT en bouw in Zuid-Kennemerland en IJmond.';
const uwv2022Url = 'https://www.wspzkij.nl/nieuws/overal-kansen-op-de-arbeidsmarkt-lees-hier-waar-en-hoe';
const krimp2020 =
  'UWV Regio in Beeld 2020: meer dan 25% van de werknemers in de regio werkte in sectoren met grote krimp.';
const krimp2020Url = 'https://www.nhnieuws.nl/nieuws/275324/uwv-verwacht-stijging-van-de-werkloosheid-in-noord-holland';

export const sectors: Sector[] = [
  {
    key: 'aviation',
    nameNl: 'Luchtvaart (Schiphol)',
    nameEn: 'Aviation',
    sbiSection: 'H',
    sbiDivisions: ['51', '52.23'],
    outlook: 'shrinking',
    outlookFact:
      'KLM schrapte in 2020 4.500 tot 5.000 van de 33.000 fte, en in januari 2021 nog 800 tot 1.000 banen (ongeveer 500 bij het cabinepersoneel).',
    outlookSource: 'https://www.nu.nl/economie/6067791/klm-schrapt-in-totaal-4500-tot-5000-banen.html',
  },
  {
    key: 'hospitality',
    nameNl: 'Horeca',
    nameEn: 'Hospitality',
    sbiSection: 'I',
    sbiDivisions: ['55', '56'],
    outlook: 'shrinking',
    outlookFact:
      'Van september 2019 tot september 2020 daalde het aantal banen in de regio met 1,7%, vooral bij uitzendbureaus en in de horeca.',
    outlookSource: 'https://www.rpa-nhn.nl/nieuws/4470/vooral_regio%E2%80%99s_rond_amsterdam_geraakt_door_coronacrisis',
  },
  {
    key: 'retail',
    nameNl: 'Detailhandel',
    nameEn: 'Retail',
    sbiSection: 'G',
    sbiDivisions: ['47'],
    outlook: 'shrinking',
    outlookFact: `${krimp2020} Alleen de detailhandel in voeding groeide.`,
    outlookSource: krimp2020Url,
  },
  {
    key: 'events_culture',
    nameNl: 'Evenementen & cultuur',
    nameEn: 'Events and culture',
    sbiSection: 'R',
    sbiDivisions: ['90', '93'],
    outlook: 'shrinking',
    outlookFact: `${krimp2020} Cultuur, sport en recreatie hoorden bij de sectoren met de grootste krimp.`,
    outlookSource: krimp2020Url,
  },
  {
    key: 'travel',
    nameNl: 'Reisbranche',
    nameEn: 'Travel',
    sbiSection: 'N',
    sbiDivisions: ['79'],
    outlook: 'shrinking',
    outlookFact:
      'In 2019 was werk vinden al moeilijk voor reisbegeleiders; de coronacrisis legde de reisbranche grotendeels stil.',
    outlookSource: 'https://www.ijmuidercourant.nl/cnt/dmf20190920_86255606',
  },
  {
    key: 'steel',
    nameNl: 'Basismetaal / staal (Tata Steel IJmuiden)',
    nameEn: 'Basic metals (steel)',
    sbiSection: 'C',
    sbiDivisions: ['24'],
    outlook: 'shrinking',
    outlookFact:
      'Tata Steel IJmuiden (ongeveer 9.000 medewerkers) kondigde banenverlies aan: 1.600 in 2019, 580 in 2023 en 1.600 fte in april 2025.',
    outlookSource: 'https://nos.nl/artikel/2312349-tata-steel-bevestigt-zo-n-1600-banen-weg-in-nederland.html',
  },
  {
    key: 'healthcare',
    nameNl: 'Zorg & welzijn',
    nameEn: 'Health and social care',
    sbiSection: 'Q',
    sbiDivisions: ['86', '87', '88'],
    outlook: 'growing',
    outlookFact: `${uwv2022} Verzorgende IG en verpleegkundige zijn kansrijke beroepen.`,
    outlookSource: uwv2022Url,
  },
  {
    key: 'childcare',
    nameNl: 'Kinderopvang',
    nameEn: 'Childcare',
    sbiSection: 'Q',
    sbiDivisions: ['88.91'],
    outlook: 'growing',
    outlookFact: `${uwv2022} De kinderopvang valt onder zorg en welzijn.`,
    outlookSource: uwv2022Url,
  },
  {
    key: 'education',
    nameNl: 'Onderwijs',
    nameEn: 'Education',
    sbiSection: 'P',
    sbiDivisions: ['85'],
    outlook: 'growing',
    outlookFact: 'Leraren basisonderwijs en leraren exacte vakken in het voortgezet onderwijs zijn kansrijke beroepen.',
    outlookSource:
      'https://debuitenboordmotor.nl/de-orientatiegids-voor-sectoren-en-beroepen-in-zuid-kennemerland-en-ijmond/',
  },
  {
    key: 'ict',
    nameNl: 'ICT',
    nameEn: 'ICT',
    sbiSection: 'J',
    sbiDivisions: ['62', '63'],
    outlook: 'growing',
    outlookFact: `${uwv2022} ICT'ers (ontwikkelaars en beheerders) zijn moeilijk te vinden.`,
    outlookSource: uwv2022Url,
  },
  {
    key: 'technical_energy',
    nameNl: 'Techniek, installatie & energietransitie',
    nameEn: 'Technical installation and energy',
    sbiSection: 'F',
    sbiDivisions: ['43.2', '33'],
    outlook: 'growing',
    outlookFact:
      'De spanningsindicator voor machinemonteurs in IJmond en Haarlem was 17,76 in 2019 (zeer krap); elektriciens, loodgieters en installateurs zijn kansrijk.',
    outlookSource: 'https://www.ijmuidercourant.nl/cnt/dmf20190920_86255606',
  },
  {
    key: 'construction',
    nameNl: 'Bouw',
    nameEn: 'Construction',
    sbiSection: 'F',
    sbiDivisions: ['41', '43'],
    outlook: 'growing',
    outlookFact: `${uwv2022} Bouwvakkers, timmerlieden en metselaars zijn kansrijk.`,
    outlookSource: uwv2022Url,
  },
  {
    key: 'logistics',
    nameNl: 'Logistiek & vervoer',
    nameEn: 'Logistics and transport',
    sbiSection: 'H',
    sbiDivisions: ['49', '52', '53'],
    outlook: 'growing',
    outlookFact:
      'De economie van de IJmond lag medio 2021 3% boven 2019, de sterkste groei van Noord-Holland; vervoer en logistiek zoeken chauffeurs en magazijnmedewerkers.',
    outlookSource: 'https://www.rpa-nhn.nl/nieuws/4470/vooral_regio%E2%80%99s_rond_amsterdam_geraakt_door_coronacrisis',
  },
  {
    key: 'public_security',
    nameNl: 'Openbaar bestuur, veiligheid & dienstverlening',
    nameEn: 'Public sector and security',
    sbiSection: 'O',
    sbiDivisions: ['84', '80'],
    outlook: 'growing',
    outlookFact: 'Klantmanagers bij de overheid en beveiligers staan op de lijst met kansrijke beroepen van UWV.',
    outlookSource:
      'https://halstadcentraal.nl/nieuws/60075574-stijging-aantal-wwers-in-regio-zuid-kennemerland-en-ijmond',
  },
];
