/** Dutch vocabulary for synthetic vacancy-like benchmark documents. */

export const OCCUPATIONS = [
  'verpleegkundige', 'zorghulp', 'helpende zorg en welzijn', 'verzorgende ig', 'wijkverpleegkundige',
  'thuiszorgmedewerker', 'begeleider gehandicaptenzorg', 'pedagogisch medewerker', 'leerkracht basisonderwijs',
  'docent wiskunde', 'onderwijsassistent', 'monteur zonnepanelen', 'elektromonteur', 'installatiemonteur',
  'servicemonteur', 'loodgieter', 'timmerman', 'metselaar', 'schilder', 'stukadoor', 'dakdekker',
  'software ontwikkelaar', 'frontend developer', 'backend developer', 'data analist', 'systeembeheerder',
  'ict medewerker', 'helpdeskmedewerker', 'cabinemedewerker', 'grondstewardess', 'bagagemedewerker',
  'beveiliger', 'buschauffeur', 'vrachtwagenchauffeur', 'taxichauffeur', 'bezorger', 'koerier',
  'magazijnmedewerker', 'orderpicker', 'heftruckchauffeur', 'logistiek medewerker', 'productiemedewerker',
  'operator', 'procesoperator', 'lasser', 'constructiewerker', 'cnc verspaner', 'onderhoudsmonteur',
  'werkvoorbereider', 'projectleider', 'calculator', 'administratief medewerker', 'boekhouder',
  'financieel medewerker', 'salarisadministrateur', 'receptionist', 'secretaresse', 'office manager',
  'klantenservicemedewerker', 'callcenter medewerker', 'verkoopmedewerker', 'winkelmedewerker',
  'kassamedewerker', 'vakkenvuller', 'teamleider winkel', 'filiaalmanager', 'accountmanager',
  'marketingmedewerker', 'communicatieadviseur', 'hr adviseur', 'recruiter', 'jurist', 'beleidsmedewerker',
  'kok', 'zelfstandig werkend kok', 'afwasser', 'bediening medewerker', 'barista', 'gastheer',
  'schoonmaker', 'glazenwasser', 'hovenier', 'groenvoorziener', 'tuinman', 'bakker', 'slager',
  'kapper', 'schoonheidsspecialist', 'fysiotherapeut', 'apothekersassistent', 'doktersassistent',
  'tandartsassistent', 'laborant', 'analist', 'kinderopvang medewerker', 'gastouder', 'jongerenwerker',
  'maatschappelijk werker', 'ambulancechauffeur', 'brandweerman', 'politieagent', 'conducteur', 'machinist',
];

export const SKILLS = [
  'rijbewijs b', 'rijbewijs c', 'rijbewijs d', 'code 95', 'vca basis', 'vca vol', 'bhv', 'ehbo',
  'heftruckcertificaat', 'reachtruck', 'nederlands', 'engels', 'duits', 'klantgericht', 'zelfstandig',
  'teamspeler', 'flexibel', 'stressbestendig', 'communicatief', 'nauwkeurig', 'leidinggeven',
  'planning', 'administratie', 'excel', 'word', 'sap', 'afas', 'exact online', 'typescript', 'javascript',
  'python', 'java', 'sql', 'react', 'node', 'cloud', 'azure', 'linux', 'netwerkbeheer', 'security',
  'medicatie toedienen', 'wondzorg', 'persoonlijke verzorging', 'dementiezorg', 'palliatieve zorg',
  'rapporteren', 'mbo 3', 'mbo 4', 'hbo', 'big registratie', 'nen 3140', 'solderen', 'lassen',
  'tekening lezen', 'pv installatie', 'warmtepompen', 'elektrotechniek', 'werktuigbouwkunde',
  'hygiene', 'haccp', 'kassa', 'verkoop', 'telefonisch contact', 'crm', 'social media', 'copywriting',
  'coaching', 'didactiek', 'pedagogiek', 'kinderen', 'ouderen', 'gehandicapten', 'psychiatrie',
  'nachtdiensten', 'weekenddiensten', 'ploegendienst', 'fysieke belasting', 'orderpicken', 'scanner',
  'voorraadbeheer', 'inkoop', 'calculatie', 'autocad', 'revit', 'bim', 'projectmanagement', 'scrum',
];

export const MUNICIPALITIES = [
  'Haarlem', 'Heemstede', 'Bloemendaal', 'Zandvoort', 'Velsen', 'Beverwijk', 'Heemskerk', 'Uitgeest',
  'Haarlemmermeer', 'Amsterdam', 'Castricum', 'Hillegom',
];

export const SECTORS = [
  'Zorg en welzijn', 'Onderwijs', 'Techniek', 'ICT', 'Logistiek', 'Transport', 'Bouw', 'Horeca',
  'Detailhandel', 'Zakelijke dienstverlening', 'Overheid', 'Luchtvaart', 'Industrie', 'Schoonmaak',
];

export const CONTRACT_TYPES = ['vast', 'tijdelijk', 'uitzend', 'oproep', 'stage', 'zzp'];

export const EMPLOYER_PARTS = [
  ['Kennemer', 'Spaarne', 'IJmond', 'Duin', 'Zee', 'Noord', 'Holland', 'Tata', 'Schiphol', 'Stads'],
  ['zorg', 'gasthuis', 'techniek', 'bouw', 'logistiek', 'groep', 'partners', 'diensten', 'werken', 'staal'],
  ['B.V.', 'N.V.', 'Stichting', 'Groep', '& Co', 'Nederland', ''],
];

export const SENTENCES = [
  'Wij zoeken een enthousiaste {title} voor onze locatie in {city}.',
  'Als {title} werk je samen met een gedreven team van collega\'s.',
  'Je bent verantwoordelijk voor de dagelijkse uitvoering van de werkzaamheden.',
  'Wij bieden een goed salaris, reiskostenvergoeding en volop opleidingsmogelijkheden.',
  'Ervaring met {skill} is een pre, maar geen vereiste.',
  'Je beschikt over goede communicatieve vaardigheden en werkt graag met mensen.',
  'De werkzaamheden vinden plaats in {city} en omgeving.',
  'Je krijgt de ruimte om jezelf verder te ontwikkelen binnen de organisatie.',
  'Wij werken volgens de cao en bieden een pensioenregeling.',
  'Heb jij affiniteit met {sector}? Dan zijn wij op zoek naar jou!',
  'Onze cliënten staan centraal in alles wat wij doen.',
  'Je werkt in een afwisselende functie met veel eigen verantwoordelijkheid.',
  'Flexibele werktijden en de mogelijkheid om deels thuis te werken.',
  'Je hebt minimaal een afgeronde opleiding op mbo niveau.',
  'Kennis van {skill} en {skill} is gewenst.',
  'Bij {employer} werk je aan uitdagende projecten in de regio.',
  'Wij hechten veel waarde aan veiligheid en kwaliteit.',
  'Je bent stressbestendig, flexibel en houdt van aanpakken.',
  'Het gaat om een functie voor {hours} uur per week.',
  'Een vaste aanstelling behoort na een jaar tot de mogelijkheden.',
  'Je rapporteert aan de teamleider en overlegt regelmatig met collega\'s.',
  'Wij zijn een erkend leerbedrijf en begeleiden je tijdens je opleiding.',
  'Zij-instromers en herintreders zijn van harte welkom.',
  'Je ontvangt een laptop, telefoon en een goede introductie.',
  'Bij ons staat plezier in het werk voorop.',
  'Je werkt zowel zelfstandig als in teamverband.',
  'Wij verwachten dat je beschikbaar bent in de avonden en weekenden.',
  'De functie is geschikt voor starters en ervaren vakmensen.',
  'Solliciteer direct via de website of bel voor meer informatie.',
  'Wij bieden een marktconform salaris tussen de {salary} en {salary2} euro.',
  'Onze organisatie is gevestigd aan de {street} in {city}.',
  'Het project {brand} is een van onze belangrijkste opdrachten.',
  'Je houdt van afwisseling en denkt graag mee over verbeteringen.',
  'Ook mensen met een afstand tot de arbeidsmarkt nodigen wij uit om te reageren.',
  'Gedurende de inwerkperiode krijg je een vaste buddy.',
  'Wij zoeken versterking voor het team {sector} vanwege groei.',
];

const SYLLABLES = ['ka', 'ro', 'vel', 'stra', 'mon', 'de', 'lin', 'ter', 'bos', 'hout', 'wa', 'ge', 'ne', 'zand', 'dijk', 'hof', 'lan', 'mer', 'spa', 'ru', 'to', 'ven', 'brug', 'kerk'];

/** Pseudo-words give the dictionary a realistic long tail (street and product names). */
export function pseudoWord(rng: () => number, syllables = 2 + Math.floor(rng() * 3)): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)];
  return w;
}

export const SYNONYMS: string[][] = [
  ['verpleegkundige', 'verpleger', 'verpleegster'],
  ['chauffeur', 'bestuurder', 'driver'],
  ['ict', 'it', 'informatietechnologie'],
  ['developer', 'ontwikkelaar', 'programmeur'],
  ['schoonmaker', 'schoonmaakmedewerker', 'interieurverzorger'],
  ['kok', 'chef'],
  ['magazijnmedewerker', 'warehouse medewerker'],
];
