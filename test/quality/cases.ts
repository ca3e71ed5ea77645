import type { TravelMode } from '@werkbrug/shared/schemas/profile';

/**
 * Labelled cases for the matching quality evaluation, written from domain knowledge of the region's
 * labour market (werk-naar-werk moves out of aviation, hospitality, retail, events, travel and the
 * steel works), not from engine output. Labels are at occupation level (Dutch ESCO labels), so they
 * survive reseeding: any vacancy of a listed occupation gets that gain.
 *
 * Gains: 3 = a natural next job (same work, or a well-known transfer: cabin crew -> care, security);
 * 2 = a good move with a short course; 1 = acceptable. Unlisted occupations count 0; `wrong` lists a
 * few clearly wrong ones to document intent (also 0).
 */
export interface QualityCase {
  name: string;
  occupations: { label: string; years: number }[];
  /** Free text, resolved by the engine's lookup (typos on purpose in some cases). */
  occupationTexts?: string[];
  skillTexts?: string[];
  nlqfLevel: number;
  postcode: string;
  travel: { mode: TravelMode; maxMinutes: number };
  hours: [number, number];
  relevant: Record<string, 1 | 2 | 3>;
  wrong: string[];
}

const care3 = { zorghulp: 3, 'thuiszorgmedewerker': 3 } as const;

export const qualityCases: QualityCase[] = [
  {
    name: 'cabin crew, Haarlem, by bike',
    occupations: [{ label: 'cabinemedewerker', years: 8 }],
    nlqfLevel: 3, postcode: '2011', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      ...care3, beveiliger: 3, 'beveiliger luchthaven': 3, 'medewerker helpdesk': 3, buschauffeur: 3, cabinemedewerker: 3, purser: 3, 'steward/stewardess': 3,
      verpleeghulp: 2, kraamverzorgende: 2, brancardier: 2, grondsteward: 2, parkeercontroleur: 2, horecavestigingsreceptionist: 2, hotelconciërge: 2,
      reisconsulent: 2, 'administratief medewerker medisch secretariaat': 2, 'begeleider personen met een beperking': 2, 'onderwijsassistent basisonderwijs': 2,
      kassamedewerker: 1, verkoopmedewerker: 1, reisagent: 1, arbeidsbemiddelaar: 1, 'thuiszorgmedewerker/thuiszorgmedewerkster': 1, kinderverzorgster: 1, 'medewerker kinderdagverblijf': 1,
    },
    wrong: ['software ontwikkelaar', 'leerkracht wiskunde voortgezet onderwijs', 'metselaar', 'lasser', 'data-analist'],
  },
  {
    name: 'cabin crew typed as free text with typos, Hoofddorp, by car',
    occupations: [],
    occupationTexts: ['stewardes'],
    skillTexts: ['EHBO', 'klantvriendelijk', 'stressbestendig', 'gasten ontvangen'],
    nlqfLevel: 3, postcode: '2132', travel: { mode: 'auto', maxMinutes: 30 }, hours: [24, 36],
    relevant: {
      ...care3, beveiliger: 3, 'beveiliger luchthaven': 3, 'medewerker helpdesk': 3, buschauffeur: 3, cabinemedewerker: 3, purser: 3, 'steward/stewardess': 3,
      verpleeghulp: 2, brancardier: 2, grondsteward: 2, parkeercontroleur: 2, horecavestigingsreceptionist: 2, hotelconciërge: 2, reisconsulent: 2,
      kraamverzorgende: 1, kassamedewerker: 1, verkoopmedewerker: 1, 'ober/serveerster': 1,
    },
    wrong: ['software ontwikkelaar', 'metselaar', 'lasser', 'ict systeembeheerder'],
  },
  {
    name: 'purser, Heemstede, by car',
    occupations: [{ label: 'purser', years: 14 }],
    nlqfLevel: 4, postcode: '2101', travel: { mode: 'auto', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      purser: 3, cabinemedewerker: 3, 'steward/stewardess': 3, 'beveiliger luchthaven': 3, 'medewerker helpdesk': 3, ...care3, beveiliger: 3,
      'airport operations officer': 2, 'hoofd huishoudelijke dienst': 2, 'afdelingsmanager detailhandel': 2, 'begeleider-coördinator kinderopvang': 2,
      horecavestigingsreceptionist: 2, hotelconciërge: 2, buschauffeur: 2, arbeidsbemiddelaar: 2, verpleeghulp: 2,
      grondsteward: 1, reisconsulent: 1, 'administratief medewerker openbaar bestuur': 1,
    },
    wrong: ['metselaar', 'lasser', 'software ontwikkelaar', 'orderpicker'],
  },
  {
    name: 'ground steward, IJmuiden, public transport',
    occupations: [{ label: 'grondsteward', years: 6 }],
    nlqfLevel: 3, postcode: '1971', travel: { mode: 'ov', maxMinutes: 45 }, hours: [24, 32],
    relevant: {
      grondsteward: 3, 'medewerker helpdesk': 3, horecavestigingsreceptionist: 3, reisconsulent: 3, 'administratief medewerker openbaar bestuur': 3,
      'administratief medewerker medisch secretariaat': 3, 'beveiliger luchthaven': 2, beveiliger: 2, parkeercontroleur: 2, kassamedewerker: 2,
      arbeidsbemiddelaar: 2, reisagent: 2, cabinemedewerker: 2, hotelconciërge: 2, zorghulp: 1, verkoopmedewerker: 1,
    },
    wrong: ['lasser', 'metselaar', 'timmerman', 'algemeen verpleegkundige'],
  },
  {
    name: 'baggage handler, Haarlem-Schalkwijk, by bike',
    occupations: [{ label: 'bagagemedewerker', years: 5 }],
    nlqfLevel: 2, postcode: '2033', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      bagagemedewerker: 3, magazijnmedewerker: 3, orderpicker: 3, heftruckchauffeur: 3, 'auto- en bestelwagenkoerier': 3,
      vliegtuigtanker: 2, 'opperman bouw': 2, brancardier: 2, marshaller: 2, 'kraanbestuurder fabriek': 2, buschauffeur: 1, vliegtuigschoonmaker: 1,
    },
    wrong: ['software ontwikkelaar', 'leraar basisonderwijs', 'algemeen verpleegkundige', 'data-analist'],
  },
  {
    name: 'aircraft groomer (banenafspraak), Beverwijk, by bike',
    occupations: [{ label: 'vliegtuigschoonmaker', years: 4 }],
    nlqfLevel: 1, postcode: '1946', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [20, 28],
    relevant: {
      vliegtuigschoonmaker: 3, 'medewerker huishoudelijke dienst': 3, keukenhulp: 2, orderpicker: 2, magazijnmedewerker: 2,
      'opperman bouw': 2, zorghulp: 1, 'thuiszorgmedewerker': 1, bagagemedewerker: 1,
    },
    wrong: ['software ontwikkelaar', 'politieagent', 'algemeen verpleegkundige', 'data-analist'],
  },
  {
    name: 'aircraft maintenance technician, Heemskerk, by car',
    occupations: [{ label: 'onderhoudstechnicus vliegtuigen', years: 12 }],
    nlqfLevel: 4, postcode: '1962', travel: { mode: 'auto', maxMinutes: 30 }, hours: [36, 40],
    relevant: {
      'onderhoudstechnicus vliegtuigen': 3, 'monteur industriële machines': 3, 'monteur elektrische installaties': 3,
      'technicus koel-, lucht- en verwarmingstechniek': 3, lasser: 2, verwarmingsmonteur: 2, 'monteurs slimme woning': 2, 'monteur zonnepanelen': 2,
      'ICT-netwerktechnicus': 2, 'monteur elektrische installaties woningbouw': 2, loodgieter: 1, 'technicus metallurgie': 1,
    },
    wrong: ['zorghulp', 'kassamedewerker', 'leraar basisonderwijs', 'medewerker kinderdagverblijf'],
  },
  {
    name: 'airport security officer, Haarlem-Noord, by bike',
    occupations: [{ label: 'beveiliger luchthaven', years: 7 }],
    nlqfLevel: 3, postcode: '2023', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      beveiliger: 3, 'beveiliger luchthaven': 3, parkeercontroleur: 3, politieagent: 3, 'toezichthouder in winkel': 2, buschauffeur: 2,
      brancardier: 2, 'medewerker helpdesk': 1, zorghulp: 1,
    },
    wrong: ['software ontwikkelaar', 'metselaar', 'kok', 'leerkracht wiskunde voortgezet onderwijs'],
  },
  {
    name: 'waiter, Zandvoort, by bike',
    occupations: [{ label: 'ober/serveerster', years: 6 }],
    nlqfLevel: 2, postcode: '2041', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [24, 36],
    relevant: {
      'ober/serveerster': 3, 'barman/barvrouw': 3, barista: 3, "maître d'hôtel": 3, zorghulp: 3, horecavestigingsreceptionist: 3,
      'thuiszorgmedewerker': 2, keukenhulp: 2, kassamedewerker: 2, winkelmedewerker: 2, 'medewerker kinderdagverblijf': 2, verpleeghulp: 2,
      'servicemedewerker bioscoop, theater': 2, 'onderwijsassistent basisonderwijs': 1, magazijnmedewerker: 1, orderpicker: 1, buschauffeur: 1,
      beveiliger: 1, 'medewerker huishoudelijke dienst': 1, verkoopmedewerker: 1,
    },
    wrong: ['software ontwikkelaar', 'lasser', 'data-analist', 'ict security administrator'],
  },
  {
    name: 'cook, Haarlem-Centrum, by bike',
    occupations: [{ label: 'kok', years: 10 }],
    nlqfLevel: 3, postcode: '2012', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [32, 40],
    relevant: {
      kok: 3, chef: 3, keukenhulp: 3, 'thuiszorgmedewerker': 2, zorghulp: 2, 'medewerker kinderdagverblijf': 2, kinderverzorgster: 2,
      barista: 2, 'medewerker huishoudelijke dienst': 1, magazijnmedewerker: 1, orderpicker: 1, 'ober/serveerster': 1, verkoopmedewerker: 1,
    },
    wrong: ['software ontwikkelaar', 'leerkracht wiskunde voortgezet onderwijs', 'politieagent', 'ict systeembeheerder'],
  },
  {
    name: 'cook typed in English, Bloemendaal, public transport',
    occupations: [],
    occupationTexts: ['cook'],
    skillTexts: ['HACCP', 'koken'],
    nlqfLevel: 3, postcode: '2061', travel: { mode: 'ov', maxMinutes: 45 }, hours: [24, 32],
    relevant: {
      kok: 3, chef: 3, keukenhulp: 3, 'thuiszorgmedewerker': 2, zorghulp: 2, 'medewerker kinderdagverblijf': 2, kinderverzorgster: 2, barista: 2,
      'medewerker huishoudelijke dienst': 1, magazijnmedewerker: 1, 'ober/serveerster': 1,
    },
    wrong: ['software ontwikkelaar', 'lasser', 'politieagent'],
  },
  {
    name: 'kitchen assistant (banenafspraak), Velsen-Noord, by bike',
    occupations: [{ label: 'keukenhulp', years: 3 }],
    nlqfLevel: 1, postcode: '1951', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [16, 24],
    relevant: {
      keukenhulp: 3, 'medewerker huishoudelijke dienst': 3, orderpicker: 3, magazijnmedewerker: 3, vliegtuigschoonmaker: 3, kok: 2,
      'opperman bouw': 2, bagagemedewerker: 2, zorghulp: 1, kassamedewerker: 1, winkelmedewerker: 1,
    },
    wrong: ['software ontwikkelaar', 'algemeen verpleegkundige', 'leraar basisonderwijs', 'data-analist'],
  },
  {
    name: 'bartender, Haarlem, by bike',
    occupations: [{ label: 'barman/barvrouw', years: 5 }],
    nlqfLevel: 2, postcode: '2013', travel: { mode: 'fiets', maxMinutes: 20 }, hours: [20, 32],
    relevant: {
      'barman/barvrouw': 3, barista: 3, 'ober/serveerster': 3, kassamedewerker: 2, verkoopmedewerker: 2, 'servicemedewerker bioscoop, theater': 2,
      beveiliger: 2, horecavestigingsreceptionist: 2, zorghulp: 1, buschauffeur: 1, winkelmedewerker: 1, keukenhulp: 1,
    },
    wrong: ['software ontwikkelaar', 'lasser', 'leerkracht wiskunde voortgezet onderwijs'],
  },
  {
    name: 'hotel receptionist, Zandvoort, public transport',
    occupations: [{ label: 'horecavestigingsreceptionist', years: 7 }],
    nlqfLevel: 3, postcode: '2042', travel: { mode: 'ov', maxMinutes: 45 }, hours: [24, 36],
    relevant: {
      horecavestigingsreceptionist: 3, hotelconciërge: 3, 'medewerker helpdesk': 3, 'administratief medewerker medisch secretariaat': 3,
      'administratief medewerker openbaar bestuur': 3, grondsteward: 3, reisconsulent: 2, arbeidsbemiddelaar: 2, kassamedewerker: 2, reisagent: 2,
      beveiliger: 1, zorghulp: 1, verkoopmedewerker: 1,
    },
    wrong: ['lasser', 'metselaar', 'heftruckchauffeur', 'software ontwikkelaar'],
  },
  {
    name: 'housekeeping supervisor, Haarlem-Oost, by car',
    occupations: [{ label: 'hoofd huishoudelijke dienst', years: 9 }],
    nlqfLevel: 3, postcode: '2035', travel: { mode: 'auto', maxMinutes: 20 }, hours: [32, 40],
    relevant: {
      'hoofd huishoudelijke dienst': 3, 'medewerker huishoudelijke dienst': 3, 'begeleider-coördinator kinderopvang': 2, zorghulp: 2,
      'thuiszorgmedewerker': 2, 'afdelingsmanager detailhandel': 2, supermarktmanager: 2, vliegtuigschoonmaker: 1, 'toezichthouder in winkel': 1,
    },
    wrong: ['software ontwikkelaar', 'lasser', 'ICT-netwerktechnicus'],
  },
  {
    name: 'shop assistant, Heemskerk, by bike',
    occupations: [{ label: 'winkelmedewerker', years: 6 }],
    nlqfLevel: 2, postcode: '1965', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [24, 32],
    relevant: {
      winkelmedewerker: 3, verkoopmedewerker: 3, kassamedewerker: 3, 'medewerker helpdesk': 3, magazijnmedewerker: 2, orderpicker: 2,
      'toezichthouder in winkel': 2, zorghulp: 2, 'auto- en bestelwagenkoerier': 2, buschauffeur: 1, 'thuiszorgmedewerker': 1, 'medewerker kinderdagverblijf': 1,
    },
    wrong: ['lasser', 'algemeen verpleegkundige', 'software ontwikkelaar', 'leerkracht wiskunde voortgezet onderwijs'],
  },
  {
    name: 'cashier, Haarlem-Schalkwijk, by bike',
    occupations: [{ label: 'kassamedewerker', years: 3 }],
    nlqfLevel: 2, postcode: '2034', travel: { mode: 'fiets', maxMinutes: 20 }, hours: [12, 20],
    relevant: {
      kassamedewerker: 3, winkelmedewerker: 3, verkoopmedewerker: 3, 'medewerker helpdesk': 2, 'administratief medewerker medisch secretariaat': 2,
      orderpicker: 2, magazijnmedewerker: 2, zorghulp: 1, 'servicemedewerker bioscoop, theater': 1, horecavestigingsreceptionist: 1,
    },
    wrong: ['lasser', 'software ontwikkelaar', 'politieagent'],
  },
  {
    name: 'supermarket manager, Beverwijk, by car',
    occupations: [{ label: 'supermarktmanager', years: 11 }],
    nlqfLevel: 4, postcode: '1942', travel: { mode: 'auto', maxMinutes: 30 }, hours: [36, 40],
    relevant: {
      supermarktmanager: 3, 'afdelingsmanager detailhandel': 3, 'begeleider-coördinator kinderopvang': 2, 'leidinggevende metaalproductie': 1,
      'logistiek coördinator luchtvracht': 2, 'hoofd huishoudelijke dienst': 2, magazijnmedewerker: 1, 'toezichthouder in winkel': 2, arbeidsbemiddelaar: 1,
    },
    wrong: ['algemeen verpleegkundige', 'lasser', 'software ontwikkelaar', 'kinderverzorgster'],
  },
  {
    name: 'event manager (zzp), Haarlem, by bike',
    occupations: [{ label: 'eventmanager', years: 8 }],
    nlqfLevel: 6, postcode: '2011', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [24, 40],
    relevant: {
      eventmanager: 3, 'medewerker evenementenorganisatie': 3, 'begeleider-coördinator kinderopvang': 2, reisbureaumanager: 2, arbeidsbemiddelaar: 2,
      'administratief medewerker openbaar bestuur': 2, 'sociaal werker': 1, 'afdelingsmanager detailhandel': 1,
    },
    wrong: ['lasser', 'orderpicker', 'metselaar', 'vliegtuigschoonmaker'],
  },
  {
    name: 'event assistant, Heemstede, by bike',
    occupations: [{ label: 'medewerker evenementenorganisatie', years: 4 }],
    nlqfLevel: 3, postcode: '2102', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [24, 32],
    relevant: {
      'medewerker evenementenorganisatie': 3, eventmanager: 2, 'administratief medewerker openbaar bestuur': 2, horecavestigingsreceptionist: 2,
      'medewerker helpdesk': 2, 'servicemedewerker bioscoop, theater': 2, 'onderwijsassistent basisonderwijs': 1, 'medewerker kinderdagverblijf': 1,
    },
    wrong: ['lasser', 'algemeen verpleegkundige', 'metselaar'],
  },
  {
    name: 'stage technician, Haarlem-Noord, by car',
    occupations: [{ label: 'podiumtechnicus', years: 10 }],
    nlqfLevel: 3, postcode: '2022', travel: { mode: 'auto', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      podiumtechnicus: 3, theatertechnicus: 3, 'monteur elektrische installaties': 3, 'monteur elektrische installaties woningbouw': 3,
      'monteurs slimme woning': 3, 'monteur zonnepanelen': 3, 'ICT-netwerktechnicus': 2, timmerman: 2, 'monteur industriële machines': 2,
      'technicus koel-, lucht- en verwarmingstechniek': 2, isoleerder: 2, 'schilder bouw': 1, 'opperman bouw': 1,
    },
    wrong: ['zorghulp', 'kassamedewerker', 'leraar basisonderwijs', 'reisagent'],
  },
  {
    name: 'theatre technician, Velsen, by car',
    occupations: [{ label: 'theatertechnicus', years: 6 }],
    nlqfLevel: 3, postcode: '1972', travel: { mode: 'auto', maxMinutes: 30 }, hours: [28, 36],
    relevant: {
      theatertechnicus: 3, podiumtechnicus: 3, 'monteur elektrische installaties': 3, 'monteurs slimme woning': 2, 'monteur zonnepanelen': 2,
      'monteur elektrische installaties woningbouw': 2, 'ICT-netwerktechnicus': 2, timmerman: 2, isoleerder: 1, 'schilder bouw': 1,
    },
    wrong: ['zorghulp', 'reisagent', 'kassamedewerker'],
  },
  {
    name: 'tourist guide, Haarlem, by bike',
    occupations: [{ label: 'toeristengids', years: 9 }],
    nlqfLevel: 4, postcode: '2011', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [20, 32],
    relevant: {
      toeristengids: 3, 'reisbegeleider ter plaatse': 3, 'onderwijsassistent basisonderwijs': 3, reisconsulent: 2, 'leraar basisonderwijs': 2,
      'medewerker kinderdagverblijf': 2, 'sociaal werker': 2, 'medewerker evenementenorganisatie': 2, buschauffeur: 1, 'begeleider personen met een beperking': 1,
    },
    wrong: ['lasser', 'orderpicker', 'metselaar', 'ict security administrator'],
  },
  {
    name: 'travel agent, Heemstede, public transport',
    occupations: [{ label: 'reisagent', years: 12 }],
    nlqfLevel: 4, postcode: '2103', travel: { mode: 'ov', maxMinutes: 40 }, hours: [32, 38],
    relevant: {
      reisagent: 3, reisconsulent: 3, 'medewerker helpdesk': 3, horecavestigingsreceptionist: 3, hotelconciërge: 2,
      'administratief medewerker openbaar bestuur': 3, arbeidsbemiddelaar: 2, 'administratief medewerker medisch secretariaat': 2, grondsteward: 2,
      kassamedewerker: 1, verkoopmedewerker: 1,
    },
    wrong: ['lasser', 'metselaar', 'heftruckchauffeur', 'algemeen verpleegkundige'],
  },
  {
    name: 'tour operator representative, Bloemendaal, by car',
    occupations: [{ label: 'reisbegeleider ter plaatse', years: 5 }],
    nlqfLevel: 4, postcode: '2061', travel: { mode: 'auto', maxMinutes: 25 }, hours: [24, 36],
    relevant: {
      'reisbegeleider ter plaatse': 3, toeristengids: 3, reisconsulent: 3, 'medewerker evenementenorganisatie': 2, eventmanager: 2,
      'begeleider personen met een beperking': 2, 'sociaal werker': 2, zorghulp: 1, 'medewerker helpdesk': 2, horecavestigingsreceptionist: 2,
    },
    wrong: ['lasser', 'orderpicker', 'metselaar'],
  },
  {
    name: 'blast furnace operator, IJmuiden, by car',
    occupations: [{ label: 'bediener hoogovens', years: 15 }],
    nlqfLevel: 3, postcode: '1972', travel: { mode: 'auto', maxMinutes: 30 }, hours: [36, 40],
    relevant: {
      'bediener hoogovens': 3, 'vulmachinist cokesoven': 3, 'monteur industriële machines': 3, lasser: 3, 'kraanbestuurder fabriek': 3,
      heftruckchauffeur: 2, 'technicus koel-, lucht- en verwarmingstechniek': 2, verwarmingsmonteur: 2, 'monteur elektrische installaties': 2,
      'gieter metaal': 2, metaalwalsbediener: 2, magazijnmedewerker: 1, 'opperman bouw': 1,
    },
    wrong: ['leraar basisonderwijs', 'zorghulp', 'reisagent', 'kassamedewerker', 'software ontwikkelaar'],
  },
  {
    name: 'rolling mill operator, Beverwijk, by car',
    occupations: [{ label: 'metaalwalsbediener', years: 18 }],
    nlqfLevel: 2, postcode: '1943', travel: { mode: 'auto', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      metaalwalsbediener: 3, lasser: 3, 'monteur industriële machines': 3, 'gieter metaal': 3, heftruckchauffeur: 2, 'kraanbestuurder fabriek': 2,
      'bediener hoogovens': 2, verwarmingsmonteur: 2, loodgieter: 1, magazijnmedewerker: 1, isoleerder: 1,
    },
    wrong: ['leraar basisonderwijs', 'reisagent', 'sociaal werker', 'data-analist'],
  },
  {
    name: 'casting machine operator, Heemskerk, by bike',
    occupations: [{ label: 'gieter metaal', years: 7 }],
    nlqfLevel: 2, postcode: '1963', travel: { mode: 'fiets', maxMinutes: 30 }, hours: [36, 40],
    relevant: {
      'gieter metaal': 3, lasser: 3, 'monteur industriële machines': 3, metaalwalsbediener: 3, heftruckchauffeur: 2, 'kraanbestuurder fabriek': 2,
      'technicus metallurgie': 1, 'opperman bouw': 1, magazijnmedewerker: 1,
    },
    wrong: ['reisagent', 'leraar basisonderwijs', 'zorghulp'],
  },
  {
    name: 'metal production supervisor, Velsen, by car',
    occupations: [{ label: 'leidinggevende metaalproductie', years: 12 }],
    nlqfLevel: 4, postcode: '1971', travel: { mode: 'auto', maxMinutes: 35 }, hours: [36, 40],
    relevant: {
      'leidinggevende metaalproductie': 3, 'technicus metallurgie': 3, 'monteur industriële machines': 3, lasser: 2,
      'technicus koel-, lucht- en verwarmingstechniek': 2, 'energiedeskundige residentiële gebouwen': 2, 'vakdocent beroepsonderwijs': 2,
      metaalwalsbediener: 2, 'bediener hoogovens': 2, heftruckchauffeur: 1, 'logistiek coördinator luchtvracht': 1,
    },
    wrong: ['kassamedewerker', 'zorghulp', 'barista'],
  },
  {
    name: 'plant crane operator, Beverwijk, by car',
    occupations: [{ label: 'kraanbestuurder fabriek', years: 10 }],
    nlqfLevel: 2, postcode: '1941', travel: { mode: 'auto', maxMinutes: 25 }, hours: [36, 40],
    relevant: {
      'kraanbestuurder fabriek': 3, heftruckchauffeur: 3, magazijnmedewerker: 3, buschauffeur: 2, 'auto- en bestelwagenkoerier': 2,
      orderpicker: 2, 'monteur industriële machines': 2, 'opperman bouw': 1, bagagemedewerker: 1,
    },
    wrong: ['leraar basisonderwijs', 'reisagent', 'software ontwikkelaar'],
  },
  {
    name: 'metallurgical technician, Heemskerk, by car',
    occupations: [{ label: 'technicus metallurgie', years: 8 }],
    nlqfLevel: 4, postcode: '1964', travel: { mode: 'auto', maxMinutes: 30 }, hours: [36, 40],
    relevant: {
      'technicus metallurgie': 3, 'leidinggevende metaalproductie': 3, lasser: 3, 'monteur industriële machines': 3,
      'technicus koel-, lucht- en verwarmingstechniek': 2, 'energiedeskundige residentiële gebouwen': 2, 'data-analist': 1, 'gieter metaal': 2,
    },
    wrong: ['kassamedewerker', 'zorghulp', 'barista', 'medewerker kinderdagverblijf'],
  },
  {
    name: 'aircraft fuel operator, Haarlem-Zuid, by car',
    occupations: [{ label: 'vliegtuigtanker', years: 6 }],
    nlqfLevel: 2, postcode: '2024', travel: { mode: 'auto', maxMinutes: 30 }, hours: [32, 40],
    relevant: {
      vliegtuigtanker: 3, heftruckchauffeur: 3, 'auto- en bestelwagenkoerier': 3, buschauffeur: 3, magazijnmedewerker: 2,
      'monteur industriële machines': 2, bagagemedewerker: 2, orderpicker: 1, 'kraanbestuurder fabriek': 1,
    },
    wrong: ['leraar basisonderwijs', 'reisagent', 'sociaal werker'],
  },
  {
    name: 'cinema usher, Haarlem-Centrum, by bike',
    occupations: [{ label: 'servicemedewerker bioscoop, theater', years: 3 }],
    nlqfLevel: 2, postcode: '2011', travel: { mode: 'fiets', maxMinutes: 20 }, hours: [16, 28],
    relevant: {
      'servicemedewerker bioscoop, theater': 3, kassamedewerker: 3, beveiliger: 3, winkelmedewerker: 2, verkoopmedewerker: 2, zorghulp: 2,
      'ober/serveerster': 2, barista: 2, parkeercontroleur: 1, 'medewerker kinderdagverblijf': 1,
    },
    wrong: ['lasser', 'software ontwikkelaar', 'data-analist'],
  },
  {
    name: 'school leaver with a care placement (free text)',
    occupations: [],
    skillTexts: ['clienten helpen', 'persoonlijke verzorging', 'hygiene', 'eerste hulp', 'luisteren'],
    nlqfLevel: 2, postcode: '2015', travel: { mode: 'fiets', maxMinutes: 25 }, hours: [24, 36],
    relevant: {
      zorghulp: 3, verpleeghulp: 3, 'thuiszorgmedewerker': 3, 'thuiszorgmedewerker/thuiszorgmedewerkster': 3, kraamverzorgende: 2,
      'begeleider personen met een beperking': 2, 'medewerker kinderdagverblijf': 2, kinderverzorgster: 2, brancardier: 2,
      'begeleider geestelijke gezondheidszorg': 1, 'onderwijsassistent basisonderwijs': 1,
    },
    wrong: ['lasser', 'software ontwikkelaar', 'heftruckchauffeur', 'metselaar'],
  },
  {
    name: 'school leaver with an ICT placement (free text)',
    occupations: [],
    skillTexts: ['programmeren', 'netwerkbeheer', 'ICT problemen oplossen', 'klanten helpen', 'besturingssystemen'],
    nlqfLevel: 3, postcode: '2021', travel: { mode: 'ov', maxMinutes: 40 }, hours: [32, 40],
    relevant: {
      'medewerker helpdesk': 3, 'ICT-netwerktechnicus': 3, 'ict systeembeheerder': 3, 'software ontwikkelaar': 2, 'ict security administrator': 2,
      'data-analist': 2, 'monteurs slimme woning': 1,
    },
    wrong: ['zorghulp', 'metselaar', 'kok', 'orderpicker'],
  },
];
