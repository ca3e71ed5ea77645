import { z } from 'zod';

/**
 * Certificates, licences and registrations (VCA, BHV, heftruck, rijbewijs C, code 95, VOG, BIG, ...): ESCO has
 * no skill for them, so they are their own kind. Profiles hold them, vacancies may require them, courses give
 * them. The keys and names come from shared/curation/lexicon/certificates.tsv (typed variants live there too).
 */
export const certificateKeys = [
  'vca-basis',
  'vca-vol',
  'vil-vcu',
  'bhv',
  'ehbo',
  'reanimatie',
  'heftruck',
  'reachtruck',
  'hoogwerker',
  'kraan',
  'rijbewijs-b',
  'rijbewijs-be',
  'rijbewijs-c',
  'rijbewijs-ce',
  'rijbewijs-d',
  'code-95',
  'adr',
  'chauffeurskaart',
  'diploma-beveiliger',
  'vog',
  'svh-sociale-hygiene',
  'haccp',
  'nen-3140',
  'f-gassen',
  'big-registratie',
  'lascertificaat',
  'schiphol-pas',
  'boa',
  'apk-keurmeester',
  'ehbo-kinderen',
  'nt2-b1',
  'nt2-b2',
] as const;
export const certificateKey = z.enum(certificateKeys, { message: 'Dit certificaat kennen we niet.' });
export type CertificateKey = z.infer<typeof certificateKey>;

export const certificateNames: Record<CertificateKey, { nl: string; en: string }> = {
  'vca-basis': { nl: 'VCA Basis (B-VCA)', en: 'SCC Basic Safety certificate (VCA Basis)' },
  'vca-vol': { nl: 'VCA VOL (VOL-VCA)', en: 'SCC Safety certificate for operational supervisors (VCA VOL)' },
  'vil-vcu': { nl: 'VIL-VCU', en: 'SCC safety certificate for intermediaries of staffing agencies (VIL-VCU)' },
  bhv: { nl: 'BHV (bedrijfshulpverlening)', en: 'In-company emergency response (BHV) certificate' },
  ehbo: { nl: 'EHBO-diploma', en: 'First aid certificate' },
  reanimatie: { nl: 'Reanimatie/AED-certificaat', en: 'CPR/AED certificate' },
  heftruck: { nl: 'Heftruckcertificaat', en: 'Forklift truck certificate' },
  reachtruck: { nl: 'Reachtruckcertificaat', en: 'Reach truck certificate' },
  hoogwerker: { nl: 'Hoogwerkercertificaat', en: 'Mobile elevating work platform (MEWP) certificate' },
  kraan: { nl: 'TCVT kraanmachinist', en: 'Crane operator certificate (TCVT)' },
  'rijbewijs-b': { nl: 'Rijbewijs B', en: 'Driving licence category B (car)' },
  'rijbewijs-be': { nl: 'Rijbewijs BE', en: 'Driving licence category BE (car with heavy trailer)' },
  'rijbewijs-c': { nl: 'Rijbewijs C', en: 'Driving licence category C (truck)' },
  'rijbewijs-ce': { nl: 'Rijbewijs CE', en: 'Driving licence category CE (truck with trailer / articulated)' },
  'rijbewijs-d': { nl: 'Rijbewijs D', en: 'Driving licence category D (bus)' },
  'code-95': {
    nl: 'Code 95 (vakbekwaamheid chauffeur)',
    en: 'Driver Certificate of Professional Competence (Code 95)',
  },
  adr: { nl: 'ADR-certificaat (vervoer gevaarlijke stoffen)', en: 'ADR driver training certificate (dangerous goods)' },
  chauffeurskaart: { nl: 'Chauffeurskaart (taxi)', en: 'Taxi driver card' },
  'diploma-beveiliger': {
    nl: 'Diploma Beveiliger (Beveiliger 2 / mbo 2)',
    en: 'Security guard diploma (Beveiliger level 2)',
  },
  vog: { nl: 'Verklaring Omtrent het Gedrag (VOG)', en: 'Certificate of Conduct (VOG)' },
  'svh-sociale-hygiene': {
    nl: 'Verklaring Sociale Hygiëne (SVH)',
    en: 'Social Hygiene certificate (hospitality licensing)',
  },
  haccp: { nl: 'HACCP/hygiënecode-certificaat', en: 'HACCP / food hygiene certificate' },
  'nen-3140': { nl: 'NEN 3140 (VOP/VP)', en: 'NEN 3140 electrical safety (instructed person / skilled person)' },
  'f-gassen': { nl: 'F-gassencertificaat', en: 'F-gas personal certificate (refrigerants)' },
  'big-registratie': { nl: 'BIG-registratie', en: 'BIG register registration (Dutch healthcare professionals)' },
  lascertificaat: { nl: 'Lascertificaat (NEN-EN-ISO 9606)', en: 'Welder qualification certificate (EN ISO 9606)' },
  'schiphol-pas': { nl: 'Schipholpas (luchthavenpas)', en: 'Schiphol airport ID pass' },
  boa: {
    nl: 'BOA-bevoegdheid (buitengewoon opsporingsambtenaar)',
    en: 'Special investigating officer (BOA) certificate',
  },
  'apk-keurmeester': { nl: 'APK-keurmeester', en: 'MOT inspector certificate (APK)' },
  'ehbo-kinderen': { nl: 'EHBO aan kinderen', en: 'Paediatric first aid certificate' },
  'nt2-b1': { nl: 'Nederlands als tweede taal, niveau B1 (NT2)', en: 'Dutch as a second language, level B1' },
  'nt2-b2': { nl: 'Nederlands als tweede taal, niveau B2 (NT2)', en: 'Dutch as a second language, level B2' },
};

export const certificateList = z.array(certificateKey).max(certificateKeys.length);

/**
 * Asked for once someone is hired, and arranged then: the employer has a VOG requested for the job, and the
 * Schiphol pass office issues a pass at the employer's request. Nobody holds them before, so they are no gap a
 * route has to close and do not keep a vacancy closed to someone (routes in services/matching).
 */
export const arrangedWhenHired: ReadonlySet<CertificateKey> = new Set<CertificateKey>(['vog', 'schiphol-pas']);

/** The certificates a vacancy asks for that a person must hold before applying (see `arrangedWhenHired`). */
export function certificatesToHold(required: readonly CertificateKey[]): CertificateKey[] {
  return required.filter((k) => !arrangedWhenHired.has(k));
}
