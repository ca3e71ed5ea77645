import type { Provider } from '@werkbrug/shared/schemas/course';

/**
 * Training providers of the kinds the region has. The first six exist (training_providers.csv in the
 * team's research); the courses the seed gives them are demo data all the same. The rest are fictional
 * and say so in their name.
 */
export const providers: Provider[] = [
  { id: 'prv_nova-college', name: 'ROC Nova College', kind: 'roc', municipality: 'Haarlem', postcode: '2015', real: true },
  { id: 'prv_nova-campus', name: 'ROC Nova College, NOVA Campus Beverwijk', kind: 'roc', municipality: 'Beverwijk', postcode: '1948', real: true },
  { id: 'prv_tata-academy', name: 'Tata Steel Academy', kind: 'bedrijfsschool', municipality: 'Velsen', postcode: '1951', real: true },
  { id: 'prv_techniektuin', name: 'Techniektuin IJmond', kind: 'netwerk', municipality: 'Beverwijk', postcode: '1948', real: true },
  { id: 'prv_inholland', name: 'Hogeschool Inholland Haarlem', kind: 'hogeschool', municipality: 'Haarlem', postcode: '2015', real: true },
  { id: 'prv_hs-leiden', name: 'Hogeschool Leiden', kind: 'hogeschool', municipality: 'Leiden', postcode: '2333', real: true },
  { id: 'prv_zorgacademie', name: 'Kennemer Zorgacademie (demo)', kind: 'bedrijfsschool', municipality: 'Heemstede', postcode: '2101', real: false },
  { id: 'prv_spaarne-digitaal', name: 'Spaarne Digitaal Leren (demo)', kind: 'particulier', municipality: 'Haarlem', postcode: '2011', real: false },
  { id: 'prv_ijmond-techniek', name: 'IJmond Techniektrainingen (demo)', kind: 'particulier', municipality: 'Velsen', postcode: '1971', real: false },
  { id: 'prv_veiligheid', name: 'Veiligheidsopleidingen Kennemerland (demo)', kind: 'particulier', municipality: 'Haarlem', postcode: '2031', real: false },
  { id: 'prv_transportschool', name: 'Transportschool IJmond (demo)', kind: 'particulier', municipality: 'Beverwijk', postcode: '1946', real: false },
  { id: 'prv_kinderopvang', name: 'Academie Kinderopvang Kennemerland (demo)', kind: 'bedrijfsschool', municipality: 'Heemskerk', postcode: '1962', real: false },
  { id: 'prv_bouwcampus', name: 'Bouwcampus Zuid-Kennemerland (demo)', kind: 'netwerk', municipality: 'Haarlem', postcode: '2033', real: false },
  { id: 'prv_online', name: 'Online Leerhuis Nederland (demo)', kind: 'particulier', municipality: 'Haarlem', postcode: '2012', real: false },
  { id: 'prv_taalhuis', name: 'Taal & Werk Zandvoort (demo)', kind: 'particulier', municipality: 'Zandvoort', postcode: '2042', real: false },
];
