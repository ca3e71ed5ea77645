/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How often a saved search mails what is new. */
export type AlertFrequency =
  /** Every day (when there is something new). */
  | 'DAILY'
  /** Every week (when there is something new). */
  | 'WEEKLY';

/** How to apply: fill in at least one of web address, e-mail address or phone number. */
export type ApplicationInput = {
  /** Who to ask. */
  contactName?: string | null | undefined;
  /** E-mail address to apply to. */
  email?: string | null | undefined;
  /** Phone number to call. */
  phone?: string | null | undefined;
  /** Web page to apply on (https://...). */
  url?: string | null | undefined;
};

/** Order of the caseload. */
export type CaseloadSort =
  /** By alias, then postcode. */
  | 'ALIAS'
  /** Most recently active first. */
  | 'LAST_ACTIVITY'
  /** Longest without activity first. */
  | 'LEAST_RECENT_ACTIVITY';

/** Where a person stands, from their lists. */
export type CaseloadStatus =
  /** Applied somewhere (status or the person’s answer). */
  | 'APPLIED'
  /** A list, not shared yet. */
  | 'LIST_NOT_SHARED'
  /** A list shared with the person. */
  | 'LIST_SHARED'
  /** No list yet. */
  | 'NO_LIST';

/** A certificate, licence or registration (VCA, BHV, heftruck, rijbewijs C, code 95, VOG, ...). */
export type CertificateKey =
  /** ADR driver training certificate (dangerous goods) */
  | 'ADR'
  /** MOT inspector certificate (APK) */
  | 'APK_KEURMEESTER'
  /** In-company emergency response (BHV) certificate */
  | 'BHV'
  /** BIG register registration (Dutch healthcare professionals) */
  | 'BIG_REGISTRATIE'
  /** Special investigating officer (BOA) certificate */
  | 'BOA'
  /** Taxi driver card */
  | 'CHAUFFEURSKAART'
  /** Driver Certificate of Professional Competence (Code 95) */
  | 'CODE_95'
  /** Security guard diploma (Beveiliger level 2) */
  | 'DIPLOMA_BEVEILIGER'
  /** First aid certificate */
  | 'EHBO'
  /** Paediatric first aid certificate */
  | 'EHBO_KINDEREN'
  /** F-gas personal certificate (refrigerants) */
  | 'F_GASSEN'
  /** HACCP / food hygiene certificate */
  | 'HACCP'
  /** Forklift truck certificate */
  | 'HEFTRUCK'
  /** Mobile elevating work platform (MEWP) certificate */
  | 'HOOGWERKER'
  /** Crane operator certificate (TCVT) */
  | 'KRAAN'
  /** Welder qualification certificate (EN ISO 9606) */
  | 'LASCERTIFICAAT'
  /** NEN 3140 electrical safety (instructed person / skilled person) */
  | 'NEN_3140'
  /** Dutch as a second language, level B1 */
  | 'NT2_B1'
  /** Dutch as a second language, level B2 */
  | 'NT2_B2'
  /** Reach truck certificate */
  | 'REACHTRUCK'
  /** CPR/AED certificate */
  | 'REANIMATIE'
  /** Driving licence category B (car) */
  | 'RIJBEWIJS_B'
  /** Driving licence category BE (car with heavy trailer) */
  | 'RIJBEWIJS_BE'
  /** Driving licence category C (truck) */
  | 'RIJBEWIJS_C'
  /** Driving licence category CE (truck with trailer / articulated) */
  | 'RIJBEWIJS_CE'
  /** Driving licence category D (bus) */
  | 'RIJBEWIJS_D'
  /** Schiphol airport ID pass */
  | 'SCHIPHOL_PAS'
  /** Social Hygiene certificate (hospitality licensing) */
  | 'SVH_SOCIALE_HYGIENE'
  /** SCC Basic Safety certificate (VCA Basis) */
  | 'VCA_BASIS'
  /** SCC Safety certificate for operational supervisors (VCA VOL) */
  | 'VCA_VOL'
  /** SCC safety certificate for intermediaries of staffing agencies (VIL-VCU) */
  | 'VIL_VCU'
  /** Certificate of Conduct (VOG) */
  | 'VOG';

/** What the person allows. */
export type ConsentInput = {
  /** The werkadviseur may see and use this profile. */
  shareWithAdviser: boolean;
  /** Employers may see a limited card of this profile. */
  visibleToEmployers: boolean;
};

/** Where a contact request stands. */
export type ContactRequestStatus =
  /** The adviser or the person will get in touch. */
  | 'ACCEPTED'
  /** No contact. */
  | 'DECLINED'
  /** Waiting for an answer. */
  | 'OPEN';

/** Kind of contract. */
export type ContractType =
  /** BBL learn-work job: four days work, one day school. */
  | 'BBL'
  /** On-call contract. */
  | 'OPROEP'
  /** Fixed-term contract. */
  | 'TIJDELIJK'
  /** Agency work. */
  | 'UITZEND'
  /** Permanent contract. */
  | 'VAST';

/** Kind of course, with a documented duration range per kind. */
export type CourseKind =
  /** Kind `associate-degree`. */
  | 'ASSOCIATE_DEGREE'
  /** Kind `bedrijfsopleiding`. */
  | 'BEDRIJFSOPLEIDING'
  /** Kind `bootcamp`. */
  | 'BOOTCAMP'
  /** Kind `evc`. */
  | 'EVC'
  /** Kind `hbo-deeltijd`. */
  | 'HBO_DEELTIJD'
  /** Kind `kort-certificaat`. */
  | 'KORT_CERTIFICAAT'
  /** Kind `leerwerktraject`. */
  | 'LEERWERKTRAJECT'
  /** Kind `mbo-bbl`. */
  | 'MBO_BBL'
  /** Kind `mbo-bol`. */
  | 'MBO_BOL'
  /** Kind `mbo-certificaat`. */
  | 'MBO_CERTIFICAAT'
  /** Kind `ontwikkeladvies`. */
  | 'ONTWIKKELADVIES'
  /** Kind `orientatie`. */
  | 'ORIENTATIE'
  /** Kind `praktijkverklaring`. */
  | 'PRAKTIJKVERKLARING'
  /** Kind `taal`. */
  | 'TAAL'
  /** Kind `vakcursus`. */
  | 'VAKCURSUS'
  /** Kind `zij-instroom`. */
  | 'ZIJ_INSTROOM';

/** How the course is taught. */
export type CourseMode =
  /** Learning while working (BBL): you need a learn-work job. */
  | 'BBL'
  /** Partly online, partly in a classroom. */
  | 'BLENDED'
  /** In a classroom. */
  | 'KLASSIKAAL'
  /** Online. */
  | 'ONLINE'
  /** Learning in your own job, with a coach. */
  | 'WERKPLEK';

/** Narrow a course search. Lists mean "any of these". */
export type CourseSearchFilter = {
  /** Funding scheme keys: may be paid by any of these. */
  fundingSchemes?: Array<string> | null | undefined;
  /** Kinds of course. */
  kinds?: Array<CourseKind> | null | undefined;
  /** Highest NLQF level. */
  levelMax?: number | null | undefined;
  /** Lowest NLQF level. */
  levelMin?: number | null | undefined;
  /** At most this many weeks. */
  maxDurationWeeks?: number | null | undefined;
  /** Highest price in euros after funding anyone may use (without a situation or an employer). */
  maxPriceAfterFunding?: number | null | undefined;
  /** How it is taught. */
  modes?: Array<CourseMode> | null | undefined;
  /** Prepares for any of these occupations. */
  occupationUris?: Array<string> | null | undefined;
  /** Provider ids. */
  providerIds?: Array<string> | null | undefined;
  /** Teaches any of these skills. */
  skillUris?: Array<string> | null | undefined;
  /** Has a start date on or before (YYYY-MM-DD). */
  startsBefore?: string | null | undefined;
};

/** Order of course hits. */
export type CourseSort =
  /** Nearest first (needs `near`). */
  | 'DISTANCE'
  /** Shortest first. */
  | 'DURATION'
  /** Cheapest after funding first. */
  | 'PRICE'
  /** Best text match first. */
  | 'RELEVANCE'
  /** Soonest start first. */
  | 'START_DATE';

/** What kind of money a scheme is. */
export type FundingKind =
  /** A budget. */
  | 'BUDGET'
  /** A employer. */
  | 'EMPLOYER'
  /** A free. */
  | 'FREE'
  /** A fund. */
  | 'FUND'
  /** A loan. */
  | 'LOAN'
  /** A subsidy. */
  | 'SUBSIDY';

/** How a scheme takes part in paying for a course. */
export type FundingRole =
  /** Paid to the employer for a learn-work place: not to you. */
  | 'EMPLOYER'
  /** Pays (part of) the price: lowers what you pay. */
  | 'GRANT'
  /** Money you can borrow and must pay back: never lowers the cost. */
  | 'LOAN'
  /** May help, but the amount is not known: check with your adviser. */
  | 'POSSIBLE';

/** A situation a funding scheme is meant for. It follows from what a person says about their situation. */
export type FundingSituation =
  /** For iedereen. */
  | 'ANY'
  /** For mensen in het doelgroepregister (banenafspraak). */
  | 'BANENAFSPRAAK'
  /** For mensen met een bijstandsuitkering. */
  | 'BIJSTAND'
  /** For schoolverlaters. */
  | 'SCHOOL_LEAVER'
  /** For mensen met een baan. */
  | 'WERKEND'
  /** For werkzoekenden zonder uitkering. */
  | 'WERKZOEKEND_ZONDER_UITKERING'
  /** For mensen met een WW-uitkering. */
  | 'WW'
  /** For zzp’ers. */
  | 'ZZP';

/** A language and how well someone speaks it. */
export type LanguageInput = {
  /** The language, e.g. `Nederlands`. */
  language: string;
  /** Level. */
  level: LanguageLevel;
};

/** CEFR level, or mother tongue. */
export type LanguageLevel =
  /** CEFR level A1. */
  | 'A1'
  /** CEFR level A2. */
  | 'A2'
  /** CEFR level B1. */
  | 'B1'
  /** CEFR level B2. */
  | 'B2'
  /** CEFR level C1. */
  | 'C1'
  /** CEFR level C2. */
  | 'C2'
  /** Mother tongue. */
  | 'MOEDERTAAL';

/** How the person answered an item their werkadviseur shared. */
export type ListAnswer =
  /** Gesolliciteerd (applied) or signed up. */
  | 'APPLIED'
  /** Interessant: I want to know more. */
  | 'INTERESTED'
  /** Niet voor mij. */
  | 'NOT_FOR_ME';

/** Narrow the vacancies that are matched. */
export type MatchFilter = {
  /** Contract types. */
  contractTypes?: Array<ContractType> | null | undefined;
  /** Only vacancies that fit now, or only those that fit after a course. */
  fit?: MatchFit | null | undefined;
  /** Only garantiebanen. */
  garantiebaanOnly?: boolean | null | undefined;
  /** At most this many km away (straight line), within the person’s own travel limit. */
  maxKm?: number | null | undefined;
  /** The vacancy offers at least this many hours. */
  minHours?: number | null | undefined;
  /** Only these occupations. */
  occupationUris?: Array<string> | null | undefined;
  /** Sector keys. */
  sectors?: Array<string> | null | undefined;
};

/** Whether a vacancy fits now or after the courses of its bridge. */
export type MatchFit =
  /** Past na een opleiding: ranked by the fit after the bridge, discounted by its weeks of study. */
  | 'AFTER_COURSE'
  /** Past nu. */
  | 'NOW';

/** How a match is labelled; always in the band of the number it is ordered by (its rank). */
export type MatchLabel =
  /** Past redelijk. */
  | 'FAIR'
  /** Past goed. */
  | 'GOOD'
  /** Past waarschijnlijk niet: there is evidence, but too much is against it. */
  | 'NO_FIT'
  /** Past misschien. */
  | 'POSSIBLE'
  /** We weten nog te weinig van je: no evidence of fit yet; the reasons say what to add. */
  | 'TOO_LITTLE_KNOWN';

/** A profile given inline (for visitors without an account): taxonomy URIs and/or free text in Dutch or English. */
export type MatchProfileInput = {
  /** Occupations as typed, e.g. `stewardess`; each counts as 2 years (use `typedOccupations` to give years). */
  occupationTexts?: Array<string> | null | undefined;
  /** The profile (skills and occupations may be empty when text is given). */
  profile: ProfileInput;
  /** Skills as typed, e.g. `klantvriendelijk`, `first aid`. */
  skillTexts?: Array<string> | null | undefined;
  /** Occupations as typed with years, e.g. `{ text: "stewardess KLM", years: 25 }`. */
  typedOccupations?: Array<TypedOccupationInput> | null | undefined;
};

/** Whether a reason speaks for a match, against it, or only informs. */
export type MatchReasonEffect =
  /** Information (what is missing, what to add). */
  | 'INFO'
  /** Speaks against it. */
  | 'MINUS'
  /** Speaks for the match. */
  | 'PLUS';

/** A place (a postcode, or lat/lon) and optionally a radius: with a radius only hits within it are returned. */
export type NearInput = {
  /** Latitude (WGS84). */
  lat?: number | null | undefined;
  /** Longitude (WGS84). */
  lon?: number | null | undefined;
  /** Dutch postcode, e.g. `2011` or `2011 AB`. */
  postcode?: string | null | undefined;
  /** Only hits within this many kilometres. */
  radiusKm?: number | null | undefined;
};

/** An occupation someone held, with years of experience. */
export type OccupationHeldInput = {
  /** ESCO occupation URI. */
  occupationUri: string;
  /** Years of experience (0-50). */
  years: number;
};

/** Regional outlook of a sector: growing sectors come first in matching, as the regional policy asks. */
export type Outlook =
  /** Groeiend: tekort aan mensen. */
  | 'GROWING'
  /** Krimpend: minder banen. */
  | 'SHRINKING'
  /** Stabiel. */
  | 'STABLE';

/** A jobseeker profile. No BSN and no health data: the product never asks for them. */
export type ProfileInput = {
  /** A first name or nickname (pseudonymous). */
  alias?: string | null | undefined;
  /** Certificates and licences held (VCA, heftruck, rijbewijs C, ...). */
  certificates?: Array<CertificateKey> | null | undefined;
  /** Consent switches (default: adviser yes, employers no). */
  consent?: ConsentInput | null | undefined;
  /** Most hours per week wanted. */
  hoursMax: number;
  /** Fewest hours per week wanted. */
  hoursMin: number;
  /** Languages spoken. */
  languages?: Array<LanguageInput> | null | undefined;
  /** Highest level reached, NLQF 1-8. */
  nlqfLevel: number;
  /** Occupations held. */
  occupations: Array<OccupationHeldInput>;
  /** Four-digit postcode (PC4), e.g. `2011`. */
  postcode: string;
  /** ESCO skill URIs. */
  skills: Array<string>;
  /** Facts the person chooses to share. */
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** Travel mode and limit. */
  travel: TravelInput;
  /** Where the person wants to go (left out: unchanged for a stored profile, none inline). */
  wishes?: WishesInput | null | undefined;
};

/** What the typed text should be: a job title or a skill (certificates are found in both). */
export type ReadKind =
  /** A job title. */
  | 'OCCUPATION'
  /** A skill, certificate or licence. */
  | 'SKILL';

/** What a user may do. */
export type Role =
  /** Beheerder: taxonomy and sector outlook. */
  | 'ADMIN'
  /** Werkadviseur: their caseload and shortlists. */
  | 'ADVISER'
  /** Werkgever: own vacancies. */
  | 'EMPLOYER'
  /** Werkzoekende: own profile and lists. */
  | 'JOBSEEKER';

/** What kind of route. */
export type RouteKind =
  /** Follow the courses, one after the other, then apply. */
  | 'COURSES'
  /** A BBL job is the route: leren en werken tegelijk (with the school part as a course, if any). */
  | 'LEARN_WORK';

/** Gross pay range. */
export type SalaryInput = {
  /** Collective agreement and scale. */
  caoScale?: string | null | undefined;
  /** Highest, in euros. */
  max: number;
  /** Lowest, in euros. */
  min: number;
  /** `maand` or `uur`. */
  period: string;
};

/** A search to save, with how often to mail what is new. */
export type SaveSearchInput = {
  /** Daily or weekly. */
  frequency: AlertFrequency;
  /** A search, or my matches. */
  kind: SavedSearchKind;
  /** A name, e.g. `Zorg in Haarlem`. */
  name: string;
  /** For a search: the search page’s query string, e.g. `q=zorg&postcode=2011&km=10`. */
  query?: string | null | undefined;
};

/** A search from the search page, or the person’s own matches. */
export type SavedSearchKind =
  /** Vacancies that fit the person’s profile. */
  | 'MATCHES'
  /** A vacancy search (the search page’s URL state). */
  | 'SEARCH';

/** A vacancy or a course. */
export type ShortlistItemKind =
  /** A course. */
  | 'COURSE'
  /** A vacancy. */
  | 'VACANCY';

/** What happened with an item on a shortlist. */
export type ShortlistItemStatus =
  /** Hired. */
  | 'AANGENOMEN'
  /** Not hired. */
  | 'AFGEWEZEN'
  /** Applied. */
  | 'GESOLLICITEERD'
  /** Interview. */
  | 'GESPREK'
  /** Suggested. */
  | 'VOORGESTELD';

/** A fact about their situation a person chooses to share because it opens doors (never lowers a score). */
export type TargetGroup =
  /** Ik sta in het doelgroepregister (banenafspraak) */
  | 'BANENAFSPRAAK'
  /** Ik heb een bijstandsuitkering */
  | 'BIJSTAND'
  /** Ik wil weer aan het werk na een pauze */
  | 'HERINTREDER'
  /** Ik ben net van school */
  | 'SCHOOLVERLATER'
  /** Ik ben statushouder */
  | 'STATUSHOUDER'
  /** Mijn baan is in gevaar */
  | 'WERK_NAAR_WERK'
  /** Ik heb een WW-uitkering */
  | 'WW'
  /** Ik ben zzp’er */
  | 'ZZP';

/** How far someone wants to travel. */
export type TravelInput = {
  /** Longest trip, one way, in minutes (5-120). */
  maxMinutes: number;
  /** Bike, car or public transport. */
  mode: TravelMode;
};

/** How someone travels to work. */
export type TravelMode =
  /** Auto */
  | 'AUTO'
  /** Fiets */
  | 'FIETS'
  /** Openbaar vervoer */
  | 'OV';

/** An occupation as typed, with the years the person did it. */
export type TypedOccupationInput = {
  /** As typed, e.g. `stewardess KLM`. */
  text: string;
  /** Years of experience (0-50); without it 2 years are counted. */
  years?: number | null | undefined;
};

/** A vacancy as an employer posts it. The service adds the location, sector and dates. */
export type VacancyInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** How to apply. */
  application: ApplicationInput;
  /** Contract type. */
  contractType: ContractType;
  /** Description (at least 20 characters). */
  description: string;
  /** ESCO skill URIs the job needs (at least one). */
  essentialSkills: Array<string>;
  /** Suitable as garantiebaan. */
  garantiebaan?: boolean | null | undefined;
  /** Most hours per week. */
  hoursMax: number;
  /** Fewest hours per week. */
  hoursMin: number;
  /** Level, NLQF 1-8. */
  nlqfLevel: number;
  /** ESCO occupation URI. */
  occupationUri: string;
  /** ESCO skill URIs that help. */
  optionalSkills?: Array<string> | null | undefined;
  /** Postcode of the workplace. */
  postcode: string;
  /** Pay range. */
  salary?: SalaryInput | null | undefined;
  /** Job title. */
  title: string;
  /** Training the employer offers. */
  trainingOffered?: string | null | undefined;
  /** Last day to apply (YYYY-MM-DD). */
  validThrough: string;
};

/** Narrow a vacancy search. Lists mean "any of these". */
export type VacancySearchFilter = {
  /** Only BBL learn-work jobs (or none). */
  bbl?: boolean | null | undefined;
  /** Contract types. */
  contractTypes?: Array<ContractType> | null | undefined;
  /** Employer ids. */
  employerIds?: Array<string> | null | undefined;
  /** Only jobs suitable (or not) as garantiebaan. */
  garantiebaan?: boolean | null | undefined;
  /** Hours per week the job may at most start at. */
  hoursMax?: number | null | undefined;
  /** Hours per week the job must at least offer. */
  hoursMin?: number | null | undefined;
  /** Highest NLQF level. */
  levelMax?: number | null | undefined;
  /** Lowest NLQF level. */
  levelMin?: number | null | undefined;
  /** Lowest gross monthly pay in euros. */
  minSalary?: number | null | undefined;
  /** Municipality names. */
  municipalities?: Array<string> | null | undefined;
  /** ESCO occupation URIs. */
  occupationUris?: Array<string> | null | undefined;
  /** Sector outlooks. */
  outlooks?: Array<Outlook> | null | undefined;
  /** Posted on or after (YYYY-MM-DD). */
  postedSince?: string | null | undefined;
  /** Sector keys, e.g. `healthcare`. */
  sectors?: Array<string> | null | undefined;
};

/** Order of vacancy hits. */
export type VacancySort =
  /** Nearest first (needs `near`). */
  | 'DISTANCE'
  /** Most recently posted first. */
  | 'NEWEST'
  /** Best text match first (newest first without a query). */
  | 'RELEVANCE'
  /** Highest pay first. */
  | 'SALARY';

/** Whether people can still apply. */
export type VacancyStatus =
  /** Closed. */
  | 'CLOSED'
  /** Open. */
  | 'OPEN';

/** Where the person wants to go. Someone from a shrinking sector who has not said they want to stay is advised towards growing work; ruled-out occupations and sectors are never proposed. */
export type WishesInput = {
  /** ESCO occupation URIs ruled out (at most 20). */
  excludeOccupations?: Array<string> | null | undefined;
  /** Sector keys ruled out (at most 20). */
  excludeSectors?: Array<string> | null | undefined;
  /** ESCO occupation URIs aimed for (at most 10). */
  occupations?: Array<string> | null | undefined;
  /** Sector keys aimed for, e.g. `healthcare` (at most 10). */
  sectors?: Array<string> | null | undefined;
  /** true: wants to stay in their field; false: wants something else; null or left out: has not said. */
  stayInField?: boolean | null | undefined;
};

export type UseViewer_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type UseViewer_ViewerQuery = { viewer: { id: string, name: string, role: Role } | null };

export type MatchCard_MatchFragment = { score: number, rank: number, fit: MatchFit, label: MatchLabel, moreOfKind: number | null, vacancy: { id: string, title: string, employerName: string, location: { place: string }, occupation: { uri: string, labelNl: string, labelEn: string } | null }, explanation: { summary: string, summaryEn: string, distanceKm: number, travelMinutes: number, travelMode: TravelMode, requiredLevel: number, personLevel: number, reasons: Array<{ effect: MatchReasonEffect, points: number, textNl: string, textEn: string }>, relatedExperience: Array<{ occupationUri: string, labelNl: string, labelEn: string, years: number, documentedRoute: boolean }>, components: Array<{ name: string, kind: string, labelNl: string, labelEn: string, value: number, contribution: number }>, matchedSkills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, missingSkills: Array<{ relatedCredit: number, uri: string, labelNl: string | null, labelEn: string }> }, bridge: { kind: RouteKind, fitNow: number, fitAfter: number, totalWeeks: number, totalCost: number, readyBy: string, opensVacancies: number, checkWithAdviser: boolean, courses: Array<{ costAfterFunding: number, durationWeeks: number, startDate: string, endDate: string, course: { id: string, title: string, mode: CourseMode }, funding: { nameNl: string, nameEn: string, amount: number } | null, otherFunding: Array<{ role: FundingRole, nameNl: string, nameEn: string }> }>, stillMissing: Array<{ uri: string, labelNl: string | null, labelEn: string }> } | null } & { ' $fragmentName'?: 'MatchCard_MatchFragment' };

export type MatchList_MatchesQueryVariables = Exact<{
  profileId: string | number;
  first?: number | null | undefined;
  filter?: MatchFilter | null | undefined;
}>;


export type MatchList_MatchesQuery = { matchVacancies: { total: number, advice: { textNl: string, textEn: string } | null, matches: Array<(
      { vacancy: { id: string, title: string } }
      & { ' $fragmentRefs'?: { 'MatchCard_MatchFragment': MatchCard_MatchFragment } }
    )> } };

export type SkillList_SkillFragment = { uri: string, labelNl: string | null, labelEn: string } & { ' $fragmentName'?: 'SkillList_SkillFragment' };

export type TaxonomyPicker_SkillsQueryVariables = Exact<{
  query: string;
}>;


export type TaxonomyPicker_SkillsQuery = { skills: Array<{ uri: string, labelNl: string | null, labelEn: string }> };

export type TaxonomyPicker_OccupationsQueryVariables = Exact<{
  query: string;
}>;


export type TaxonomyPicker_OccupationsQuery = { occupations: Array<{ uri: string, labelNl: string, labelEn: string }> };

export type TypedReader_ReadQueryVariables = Exact<{
  kind: ReadKind;
  text: string;
}>;


export type TypedReader_ReadQuery = { readText: { kind: string | null, read: { ' $fragmentRefs'?: { 'TypedReader_SuggestionFragment': TypedReader_SuggestionFragment } } | null, suggestions: Array<{ ' $fragmentRefs'?: { 'TypedReader_SuggestionFragment': TypedReader_SuggestionFragment } }> } };

export type TypedReader_SuggestionFragment = { uri: string, labelNl: string, labelLang: string, occupation: { uri: string, labelNl: string, labelEn: string } | null, skill: { uri: string, labelNl: string | null, labelEn: string, label: string, labelLang: string } | null, certificate: { key: CertificateKey, nameNl: string, nameEn: string } | null } & { ' $fragmentName'?: 'TypedReader_SuggestionFragment' };

export type UserMenu_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type UserMenu_SignOutMutation = { signOut: boolean };

export type ConfirmPage_ConfirmMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmPage_ConfirmMutation = { confirmEmail: { user: { id: string, name: string, role: Role } } };

export type ForgotPage_RequestMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPage_RequestMutation = { requestPasswordReset: boolean };

export type NewPasswordPage_ResetMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type NewPasswordPage_ResetMutation = { resetPassword: { user: { id: string, name: string, role: Role } } };

export type NewPasswordPage_AcceptMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type NewPasswordPage_AcceptMutation = { acceptInvitation: { user: { id: string, name: string, role: Role } } };

export type RegisterPage_RegisterMutationVariables = Exact<{
  name: string;
  email: string;
  password: string;
}>;


export type RegisterPage_RegisterMutation = { register: boolean };

export type ResendConfirmation_ResendMutationVariables = Exact<{
  email: string;
}>;


export type ResendConfirmation_ResendMutation = { resendConfirmation: boolean };

export type AddToList_AddMutationVariables = Exact<{
  shortlistId: string | number;
  kind: ShortlistItemKind;
  refId: string | number;
  note?: string | null | undefined;
  status?: ShortlistItemStatus | null | undefined;
}>;


export type AddToList_AddMutation = { addShortlistItem: { id: string, items: Array<{ id: string }> } };

export type AdviserPage_ListsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdviserPage_ListsQuery = { myShortlists: Array<{ id: string, name: string, sharedWithJobseeker: boolean, sharedByPerson: boolean, profile: { id: string, alias: string } | null, items: Array<{ id: string }> }> };

export type CaseloadSearch_PeopleQueryVariables = Exact<{
  text?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  activityDays?: number | null | undefined;
  status?: CaseloadStatus | null | undefined;
  sort?: CaseloadSort | null | undefined;
  offset?: number | null | undefined;
}>;


export type CaseloadSearch_PeopleQuery = { caseloadSearch: { totalCount: number, items: Array<{ lastActivityAt: string, status: CaseloadStatus, profile: { id: string, alias: string, postcode: string, shortCode: string, nlqfLevel: number, occupations: Array<{ years: number, occupation: { uri: string, labelNl: string } | null }> } }> } };

export type CompareView_ScoresQueryVariables = Exact<{
  profileId: string | number;
  first?: MatchFilter | null | undefined;
  second?: MatchFilter | null | undefined;
}>;


export type CompareView_ScoresQuery = { first: { matches: Array<{ score: number, vacancy: { id: string }, explanation: { summary: string } }> }, second: { matches: Array<{ score: number, vacancy: { id: string }, explanation: { summary: string } }> } };

export type CourseFinder_CoursesQueryVariables = Exact<{
  profileId: string | number;
}>;


export type CourseFinder_CoursesQuery = { matchCourses: { courses: Array<{ durationWeeks: number, costAfterFunding: number, opensVacancies: number, course: { id: string, title: string, providerName: string } }> } };

export type InvitePerson_InviteMutationVariables = Exact<{
  profileId: string | number;
  email: string;
}>;


export type InvitePerson_InviteMutation = { invitePerson: boolean };

export type NewListForm_CreateMutationVariables = Exact<{
  profileId: string | number;
  name: string;
}>;


export type NewListForm_CreateMutation = { createShortlist: { id: string, name: string } };

export type PersonDetails_ProfileFragment = { shortCode: string, skills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, certificates: Array<{ key: CertificateKey, nameNl: string, nameEn: string }>, wishes: { stayInField: boolean | null, occupations: Array<{ uri: string, labelNl: string, labelEn: string }>, sectors: Array<{ key: string, nameNl: string, nameEn: string }>, excludeOccupations: Array<{ uri: string, labelNl: string, labelEn: string }>, excludeSectors: Array<{ key: string, nameNl: string, nameEn: string }> } } & { ' $fragmentName'?: 'PersonDetails_ProfileFragment' };

export type PersonPage_PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonPage_PersonQuery = { profile: (
    { id: string, alias: string, shortCode: string, postcode: string, hasAccount: boolean }
    & { ' $fragmentRefs'?: { 'PersonSummary_ProfileFragment': PersonSummary_ProfileFragment;'PersonDetails_ProfileFragment': PersonDetails_ProfileFragment } }
  ), myShortlists: Array<{ id: string, name: string, sharedWithJobseeker: boolean, profile: { id: string } | null, items: Array<{ id: string }> }> };

export type PersonSummary_ProfileFragment = { alias: string, postcode: string, nlqfLevel: number, hoursMin: number, hoursMax: number, travel: { mode: TravelMode, maxMinutes: number }, occupations: Array<{ years: number, occupation: { uri: string, labelNl: string } | null }>, skills: Array<{ uri: string }>, consent: { visibleToEmployers: boolean }, wishes: { stayInField: boolean | null, occupations: Array<{ uri: string, labelNl: string, labelEn: string }>, sectors: Array<{ key: string, nameNl: string, nameEn: string }>, excludeSectors: Array<{ key: string, nameNl: string, nameEn: string }> } } & { ' $fragmentName'?: 'PersonSummary_ProfileFragment' };

export type ShortlistItemRow_UpdateMutationVariables = Exact<{
  listId: string | number;
  itemId: string | number;
  note?: string | null | undefined;
  status?: ShortlistItemStatus | null | undefined;
}>;


export type ShortlistItemRow_UpdateMutation = { updateShortlistItem: { id: string, items: Array<{ id: string, note: string, status: ShortlistItemStatus }> } };

export type ShortlistPage_ListQueryVariables = Exact<{
  id: string | number;
}>;


export type ShortlistPage_ListQuery = { viewer: { id: string, name: string, email: string } | null, shortlist: { id: string, name: string, ownedByMe: boolean, sharedWithJobseeker: boolean, profile: { id: string, alias: string } | null, items: Array<{ id: string, kind: ShortlistItemKind, note: string, status: ShortlistItemStatus, answer: { answer: ListAnswer, note: string } | null, vacancy: { id: string, title: string, employerName: string, hoursMin: number, hoursMax: number, nlqfLevel: number, contractType: ContractType, garantiebaan: boolean, validThrough: string, occupation: { uri: string } | null, sector: { key: string, nameNl: string, nameEn: string, outlook: Outlook }, location: { place: string }, salary: { min: number, max: number, period: string } | null, essentialSkills: Array<{ uri: string, labelNl: string | null, labelEn: string }> } | null, course: { id: string, title: string, providerName: string } | null }> } };

export type ShortlistPage_ShareMutationVariables = Exact<{
  id: string | number;
  shared: boolean;
}>;


export type ShortlistPage_ShareMutation = { shareShortlist: { id: string, sharedWithJobseeker: boolean } };

export type ShortlistPage_ReorderMutationVariables = Exact<{
  id: string | number;
  itemIds: Array<string | number> | string | number;
}>;


export type ShortlistPage_ReorderMutation = { reorderShortlist: { id: string, items: Array<{ id: string, position: number }> } };

export type ShortlistPage_RemoveMutationVariables = Exact<{
  id: string | number;
  itemId: string | number;
}>;


export type ShortlistPage_RemoveMutation = { removeShortlistItem: { id: string, items: Array<{ id: string }> } };

export type VacancyFinder_FindQueryVariables = Exact<{
  query: string;
}>;


export type VacancyFinder_FindQuery = { vacancies: { hits: Array<{ node: { id: string, title: string, employerName: string, location: { place: string } } }> } };

export type AlertsPage_SearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertsPage_SearchesQuery = { mySavedSearches: Array<{ id: string, name: string, kind: SavedSearchKind, query: string, frequency: AlertFrequency, lastAlertAt: string | null, nextAlertAt: string }> };

export type AlertsPage_FrequencyMutationVariables = Exact<{
  id: string | number;
  frequency: AlertFrequency;
}>;


export type AlertsPage_FrequencyMutation = { setSavedSearchFrequency: { id: string, frequency: AlertFrequency, nextAlertAt: string } };

export type AlertsPage_DeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertsPage_DeleteMutation = { deleteSavedSearch: boolean };

export type SaveSearchForm_SaveMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchForm_SaveMutation = { saveSearch: { id: string, name: string, frequency: AlertFrequency } };

export type UnsubscribePage_UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribePage_UnsubscribeMutation = { unsubscribeAlert: { name: string | null } };

export type ContactRequests_MineQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactRequests_MineQuery = { myContactRequests: Array<{ id: string, message: string, status: ContactRequestStatus, createdAt: string, employerContact: string, vacancy: { id: string, title: string, employerName: string } | null, person: { id: string, alias: string, shortCode: string } | null }> };

export type ContactRequests_AnswerMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
}>;


export type ContactRequests_AnswerMutation = { answerContactRequest: { id: string, status: ContactRequestStatus } };

export type CourseEntry_CourseFragment = { entry: { minNlqf: number | null, dutchLevel: string | null, note: string | null, certificates: Array<{ key: CertificateKey, nameNl: string, nameEn: string }> }, givesCertificates: Array<{ key: CertificateKey, nameNl: string, nameEn: string }> } & { ' $fragmentName'?: 'CourseEntry_CourseFragment' };

export type CourseFacts_CourseFragment = { providerName: string, providerKind: string, kindNameNl: string, kindNameEn: string, crebo: string | null, places: number | null, employerName: string | null, jobGuarantee: boolean, mode: CourseMode, nlqfLevel: number, price: number, durationWeeks: number, hoursPerWeek: number, startDates: Array<string>, location: { address: string | null, postcode: string, place: string } | null } & { ' $fragmentName'?: 'CourseFacts_CourseFragment' };

export type CourseFunding_CourseFragment = { price: number, priceNote: string | null, funding: Array<{ key: string, nameNl: string, nameEn: string, descriptionNl: string, descriptionEn: string, kind: FundingKind, isLoan: boolean, certain: boolean, uncertainNote: string | null, situations: Array<FundingSituation>, caps: { perPlacePerYear: number | null } }> } & { ' $fragmentName'?: 'CourseFunding_CourseFragment' };

export type CoursePage_CourseQueryVariables = Exact<{
  id: string | number;
}>;


export type CoursePage_CourseQuery = { course: (
    { id: string, title: string, description: string, providerName: string, demo: boolean, location: { place: string } | null, skillsTaught: Array<{ ' $fragmentRefs'?: { 'SkillList_SkillFragment': SkillList_SkillFragment } }>, targetOccupations: Array<{ uri: string, labelNl: string, labelEn: string }> }
    & { ' $fragmentRefs'?: { 'CourseFacts_CourseFragment': CourseFacts_CourseFragment;'CourseSignUp_CourseFragment': CourseSignUp_CourseFragment;'CourseEntry_CourseFragment': CourseEntry_CourseFragment;'CourseFunding_CourseFragment': CourseFunding_CourseFragment } }
  ) };

export type CourseSignUp_CourseFragment = { title: string, signUp: { url: string | null, email: string | null, phone: string | null, note: string | null } } & { ' $fragmentName'?: 'CourseSignUp_CourseFragment' };

export type DataPage_AllQueryVariables = Exact<{ [key: string]: never; }>;


export type DataPage_AllQuery = { viewer: { id: string, name: string, email: string } | null, myProfile: { id: string, alias: string, nlqfLevel: number, postcode: string, hoursMin: number, hoursMax: number, occupations: Array<{ years: number, occupation: { uri: string, labelNl: string, labelEn: string } | null }>, skills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, certificates: Array<{ key: CertificateKey, nameNl: string, nameEn: string }>, travel: { mode: TravelMode, maxMinutes: number }, consent: { visibleToEmployers: boolean, shareWithAdviser: boolean } } | null, myShortlists: Array<{ id: string, name: string, items: Array<{ id: string, kind: ShortlistItemKind, status: ShortlistItemStatus, note: string, answer: { answer: ListAnswer, note: string } | null, vacancy: { id: string, title: string, employerName: string } | null, course: { id: string, title: string } | null }> }>, mySavedSearches: Array<{ id: string, name: string, kind: SavedSearchKind, frequency: AlertFrequency }> };

export type AskContact_AskMutationVariables = Exact<{
  vacancyId: string | number;
  candidateId: string;
  message: string;
}>;


export type AskContact_AskMutation = { requestCandidateContact: { status: ContactRequestStatus, createdAt: string } };

export type CandidatesPage_VacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidatesPage_VacancyQuery = { vacancy: { id: string, title: string, status: VacancyStatus } };

export type CandidatesPage_CandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidatesPage_CandidatesQuery = { matchProfiles: { hiddenCount: number, candidates: Array<{ candidateId: string, score: number, nlqfLevel: number, hoursMin: number, hoursMax: number, contactRequest: { status: ContactRequestStatus } | null, skills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, explanation: { summary: string, summaryEn: string } }> } };

export type CloseVacancy_CloseMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseVacancy_CloseMutation = { closeVacancy: { id: string, status: VacancyStatus } };

export type EditVacancyPage_VacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type EditVacancyPage_VacancyQuery = { vacancy: { id: string, title: string, description: string, employerId: string, hoursMin: number, hoursMax: number, nlqfLevel: number, contractType: ContractType, validThrough: string, garantiebaan: boolean, trainingOffered: string | null, occupation: { uri: string, labelNl: string, labelEn: string } | null, essentialSkills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, optionalSkills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, location: { postcode: string, address: string | null }, salary: { min: number, max: number, period: string, caoScale: string | null } | null, application: { url: string | null, email: string | null, phone: string | null, contactName: string | null } | null }, viewer: { id: string, employerId: string | null } | null };

export type EditVacancyPage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: VacancyInput;
}>;


export type EditVacancyPage_UpdateMutation = { updateVacancy: { id: string, title: string, status: VacancyStatus } };

export type EmployerPage_VacanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployerPage_VacanciesQuery = { myVacancies: { totalCount: number, items: Array<{ id: string, title: string, status: VacancyStatus, validThrough: string, location: { place: string } }> } };

export type PostVacancyPage_PostMutationVariables = Exact<{
  input: VacancyInput;
}>;


export type PostVacancyPage_PostMutation = { postVacancy: { id: string, title: string, status: VacancyStatus } };

export type CareerPaths_PathsQueryVariables = Exact<{
  profileId: string | number;
}>;


export type CareerPaths_PathsQuery = { careerPaths: { notice: string, paths: Array<{ similarity: number, openVacancies: number, openToYouNow: number, totalWeeks: number, totalCost: number, occupation: { uri: string, labelNl: string, labelEn: string }, missingSkills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, courses: Array<{ opensVacancies: number, costAfterFunding: number, durationWeeks: number, startDate: string, course: { id: string, title: string } }>, route: { kind: RouteKind, readyBy: string, checkWithAdviser: boolean } | null, vacancies: Array<{ score: number, rank: number, fit: MatchFit, label: MatchLabel, vacancy: { id: string, title: string, employerName: string, location: { place: string } } }> }> } };

export type ItemAnswer_AnswerMutationVariables = Exact<{
  shortlistId: string | number;
  itemId: string | number;
  answer: ListAnswer;
  note?: string | null | undefined;
}>;


export type ItemAnswer_AnswerMutation = { answerShortlistItem: { id: string, items: Array<{ id: string, answer: { answer: ListAnswer, note: string, answeredAt: string } | null }> } };

export type ItemAnswer_WithdrawMutationVariables = Exact<{
  shortlistId: string | number;
  itemId: string | number;
}>;


export type ItemAnswer_WithdrawMutation = { withdrawShortlistAnswer: { id: string, items: Array<{ id: string, answer: { answer: ListAnswer, note: string, answeredAt: string } | null }> } };

export type MatchBrowser_MatchesQueryVariables = Exact<{
  profileId: string | number;
  first?: number | null | undefined;
  offset?: number | null | undefined;
  filter?: MatchFilter | null | undefined;
}>;


export type MatchBrowser_MatchesQuery = { matchVacancies: { total: number, advice: { textNl: string, textEn: string } | null, matches: Array<(
      { vacancy: { id: string, title: string } }
      & { ' $fragmentRefs'?: { 'MatchCard_MatchFragment': MatchCard_MatchFragment } }
    )> } };

export type MatchFilters_SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchFilters_SectorsQuery = { sectors: Array<{ key: string, nameNl: string, nameEn: string }> };

export type MinePage_ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MinePage_ProfileQuery = { myProfile: { id: string, alias: string } | null };

export type MyLists_RemoveMutationVariables = Exact<{
  shortlistId: string | number;
  itemId: string | number;
}>;


export type MyLists_RemoveMutation = { removeShortlistItem: { id: string, items: Array<{ id: string }> } };

export type MyLists_ListsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLists_ListsQuery = { myShortlists: Array<{ id: string, name: string, ownedByMe: boolean, sharedWithJobseeker: boolean, items: Array<{ id: string, kind: ShortlistItemKind, note: string, status: ShortlistItemStatus, answer: { answer: ListAnswer, note: string } | null, vacancy: { id: string, title: string, employerName: string } | null, course: { id: string, title: string } | null }> }> };

export type SaveToList_OwnListsQueryVariables = Exact<{ [key: string]: never; }>;


export type SaveToList_OwnListsQuery = { myShortlists: Array<{ id: string, ownedByMe: boolean, items: Array<{ id: string, vacancy: { id: string } | null }> }> };

export type SaveToList_CreateListMutationVariables = Exact<{
  profileId: string | number;
  name: string;
}>;


export type SaveToList_CreateListMutation = { createShortlist: { id: string } };

export type SaveToList_AddItemMutationVariables = Exact<{
  shortlistId: string | number;
  refId: string | number;
}>;


export type SaveToList_AddItemMutation = { addShortlistItem: { id: string, items: Array<{ id: string }> } };

export type ProfilePage_ProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePage_ProfileQuery = { myProfile: { id: string, alias: string, nlqfLevel: number, postcode: string, hoursMin: number, hoursMax: number, travel: { mode: TravelMode, maxMinutes: number }, consent: { visibleToEmployers: boolean, shareWithAdviser: boolean }, occupations: Array<{ years: number, occupation: { uri: string, labelNl: string, labelEn: string } | null }>, skills: Array<{ uri: string, labelNl: string | null, labelEn: string }>, wishes: { stayInField: boolean | null, occupations: Array<{ uri: string, labelNl: string, labelEn: string }>, sectors: Array<{ key: string }>, excludeOccupations: Array<{ uri: string, labelNl: string, labelEn: string }>, excludeSectors: Array<{ key: string }> }, certificates: Array<{ key: CertificateKey }> } | null };

export type ProfilePage_CreateMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type ProfilePage_CreateMutation = { createProfile: { id: string, updatedAt: string } };

export type ProfilePage_UpdateMutationVariables = Exact<{
  id: string | number;
  input: ProfileInput;
}>;


export type ProfilePage_UpdateMutation = { updateProfile: { id: string, updatedAt: string } };

export type ProfilePage_ExportQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePage_ExportQuery = { myDataExport: string };

export type WishesFields_SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WishesFields_SectorsQuery = { sectors: Array<{ key: string, nameNl: string, nameEn: string }> };

export type CourseCard_HitFragment = { distanceKm: number | null, node: { id: string, title: string, providerName: string, mode: CourseMode, nlqfLevel: number, price: number, durationWeeks: number, hoursPerWeek: number, startDates: Array<string>, kindNameNl: string, kindNameEn: string, jobGuarantee: boolean, location: { place: string } | null, funding: Array<{ key: string, nameNl: string, nameEn: string, isLoan: boolean }> } } & { ' $fragmentName'?: 'CourseCard_HitFragment' };

export type CourseFilters_FundingNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CourseFilters_FundingNamesQuery = { fundingSchemes: Array<{ key: string, nameEn: string }> };

export type CourseMore_PageQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: CourseSearchFilter | null | undefined;
  near?: NearInput | null | undefined;
  sort: CourseSort;
  first: number;
  after: string;
}>;


export type CourseMore_PageQuery = { courses: { hits: Array<(
      { node: { id: string } }
      & { ' $fragmentRefs'?: { 'CourseCard_HitFragment': CourseCard_HitFragment } }
    )>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type CourseSearch_ResultsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: CourseSearchFilter | null | undefined;
  near?: NearInput | null | undefined;
  sort: CourseSort;
  first: number;
  fundingFilter?: CourseSearchFilter | null | undefined;
  withFundingCounts: boolean;
  modeFilter?: CourseSearchFilter | null | undefined;
  withModeCounts: boolean;
  levelFilter?: CourseSearchFilter | null | undefined;
  withLevelCounts: boolean;
}>;


export type CourseSearch_ResultsQuery = { courses: { totalCount: number, degraded: boolean, hits: Array<(
      { node: { id: string } }
      & { ' $fragmentRefs'?: { 'CourseCard_HitFragment': CourseCard_HitFragment } }
    )>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, fundingCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, modeCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, levelCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> } };

export type FacetGroup_FacetFragment = { field: string, values: Array<{ value: string, label: string, count: number }> } & { ' $fragmentName'?: 'FacetGroup_FacetFragment' };

export type SearchBox_SuggestionsQueryVariables = Exact<{
  query: string;
}>;


export type SearchBox_SuggestionsQuery = { occupations: Array<{ uri: string, labelNl: string }> };

export type VacancyCard_HitFragment = { distanceKm: number | null, node: { id: string, title: string, employerName: string, hoursMin: number, hoursMax: number, nlqfLevel: number, contractType: ContractType, garantiebaan: boolean, location: { place: string }, sector: { outlook: Outlook } } } & { ' $fragmentName'?: 'VacancyCard_HitFragment' };

export type VacancyFilters_SectorNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type VacancyFilters_SectorNamesQuery = { sectors: Array<{ key: string, nameEn: string }> };

export type VacancyMore_PageQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: VacancySearchFilter | null | undefined;
  near?: NearInput | null | undefined;
  sort: VacancySort;
  first: number;
  after: string;
}>;


export type VacancyMore_PageQuery = { vacancies: { hits: Array<(
      { node: { id: string } }
      & { ' $fragmentRefs'?: { 'VacancyCard_HitFragment': VacancyCard_HitFragment } }
    )>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type VacancySearch_ResultsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: VacancySearchFilter | null | undefined;
  near?: NearInput | null | undefined;
  sort: VacancySort;
  first: number;
  sectorFilter?: VacancySearchFilter | null | undefined;
  withSectorCounts: boolean;
  contractFilter?: VacancySearchFilter | null | undefined;
  withContractCounts: boolean;
  municipalityFilter?: VacancySearchFilter | null | undefined;
  withMunicipalityCounts: boolean;
  levelFilter?: VacancySearchFilter | null | undefined;
  withLevelCounts: boolean;
}>;


export type VacancySearch_ResultsQuery = { vacancies: { totalCount: number, degraded: boolean, hits: Array<(
      { node: { id: string } }
      & { ' $fragmentRefs'?: { 'VacancyCard_HitFragment': VacancyCard_HitFragment } }
    )>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, sectorCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, contractCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, municipalityCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> }, levelCounts?: { facets: Array<{ ' $fragmentRefs'?: { 'FacetGroup_FacetFragment': FacetGroup_FacetFragment } }> } };

export type SignInForm_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInForm_SignInMutation = { signIn: { user: { id: string, name: string, role: Role } } };

export type QuickCheck_AdviceQueryVariables = Exact<{
  profile: MatchProfileInput;
  first?: number | null | undefined;
}>;


export type QuickCheck_AdviceQuery = { matchVacancies: { total: number, resolution: { resolved: Array<{ text: string, kind: string, labelNl: string, uri: string }>, unresolved: Array<{ value: string, kind: string, suggestions: Array<{ uri: string, labelNl: string }> }> }, matches: Array<(
      { vacancy: { id: string } }
      & { ' $fragmentRefs'?: { 'MatchCard_MatchFragment': MatchCard_MatchFragment } }
    )> }, careerPaths: { ' $fragmentRefs'?: { 'QuickPaths_PathsFragment': QuickPaths_PathsFragment } } };

export type QuickPaths_PathsFragment = { paths: Array<{ similarity: number, openVacancies: number, totalWeeks: number, totalCost: number, occupation: { uri: string, labelNl: string, labelEn: string }, courses: Array<{ course: { id: string } }> }> } & { ' $fragmentName'?: 'QuickPaths_PathsFragment' };

export type UseSectors_SectorsQueryVariables = Exact<{ [key: string]: never; }>;


export type UseSectors_SectorsQuery = { sectors: Array<{ key: string, nameNl: string, nameEn: string, outlook: Outlook }> };

export type WishMatches_MatchesQueryVariables = Exact<{
  profile: MatchProfileInput;
  sectors?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;


export type WishMatches_MatchesQuery = { matchVacancies: { matches: Array<(
      { vacancy: { id: string } }
      & { ' $fragmentRefs'?: { 'MatchCard_MatchFragment': MatchCard_MatchFragment } }
    )> } };

export type SectorOutlook_SectorFragment = { nameNl: string, nameEn: string, outlook: Outlook, outlookFact: string, outlookSource: string } & { ' $fragmentName'?: 'SectorOutlook_SectorFragment' };

export type VacancyApply_VacancyFragment = { title: string, status: VacancyStatus, application: { url: string | null, email: string | null, phone: string | null, contactName: string | null } | null } & { ' $fragmentName'?: 'VacancyApply_VacancyFragment' };

export type VacancyFacts_VacancyFragment = { employerName: string, hoursMin: number, hoursMax: number, contractType: ContractType, nlqfLevel: number, garantiebaan: boolean, postedAt: string, validThrough: string, salary: { min: number, max: number, period: string, caoScale: string | null } | null, location: { address: string | null, postcode: string, place: string, municipality: string }, occupation: { labelNl: string, labelEn: string, isco08: string } | null } & { ' $fragmentName'?: 'VacancyFacts_VacancyFragment' };

export type VacancyPage_VacancyQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyPage_VacancyQuery = { vacancy: (
    { id: string, title: string, description: string, employerName: string, status: VacancyStatus, demo: boolean, garantiebaan: boolean, trainingOffered: string | null, jobPosting: string | null, location: { place: string }, sector: (
      { outlook: Outlook }
      & { ' $fragmentRefs'?: { 'SectorOutlook_SectorFragment': SectorOutlook_SectorFragment } }
    ), essentialSkills: Array<{ ' $fragmentRefs'?: { 'SkillList_SkillFragment': SkillList_SkillFragment } }>, optionalSkills: Array<{ ' $fragmentRefs'?: { 'SkillList_SkillFragment': SkillList_SkillFragment } }> }
    & { ' $fragmentRefs'?: { 'VacancyFacts_VacancyFragment': VacancyFacts_VacancyFragment;'VacancyApply_VacancyFragment': VacancyApply_VacancyFragment } }
  ) };

export const MatchCard_MatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchCard_Match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"moreOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationUri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"documentedRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"personLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitNow"}},{"kind":"Field","name":{"kind":"Name","value":"fitAfter"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<MatchCard_MatchFragment, unknown>;
export const SkillList_SkillFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillList_Skill"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]} as unknown as DocumentNode<SkillList_SkillFragment, unknown>;
export const TypedReader_SuggestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TypedReader_Suggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelLang"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelLang"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TypedReader_SuggestionFragment, unknown>;
export const PersonDetails_ProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayInField"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetails_ProfileFragment, unknown>;
export const PersonSummary_ProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"travel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayInField"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonSummary_ProfileFragment, unknown>;
export const CourseEntry_CourseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseEntry_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minNlqf"}},{"kind":"Field","name":{"kind":"Name","value":"dutchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"givesCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CourseEntry_CourseFragment, unknown>;
export const CourseFacts_CourseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFacts_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"providerKind"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"crebo"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"jobGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDates"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]} as unknown as DocumentNode<CourseFacts_CourseFragment, unknown>;
export const CourseFunding_CourseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFunding_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isLoan"}},{"kind":"Field","name":{"kind":"Name","value":"certain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainNote"}},{"kind":"Field","name":{"kind":"Name","value":"situations"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perPlacePerYear"}}]}}]}}]}}]} as unknown as DocumentNode<CourseFunding_CourseFragment, unknown>;
export const CourseSignUp_CourseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseSignUp_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CourseSignUp_CourseFragment, unknown>;
export const CourseCard_HitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDates"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kindNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"jobGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isLoan"}}]}}]}}]}}]} as unknown as DocumentNode<CourseCard_HitFragment, unknown>;
export const FacetGroup_FacetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetGroup_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<FacetGroup_FacetFragment, unknown>;
export const VacancyCard_HitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyCard_HitFragment, unknown>;
export const QuickPaths_PathsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuickPaths_Paths"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareerPaths"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"openVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuickPaths_PathsFragment, unknown>;
export const SectorOutlook_SectorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorOutlook_Sector"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}},{"kind":"Field","name":{"kind":"Name","value":"outlookFact"}},{"kind":"Field","name":{"kind":"Name","value":"outlookSource"}}]}}]} as unknown as DocumentNode<SectorOutlook_SectorFragment, unknown>;
export const VacancyApply_VacancyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyApply_Vacancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}}]}}]} as unknown as DocumentNode<VacancyApply_VacancyFragment, unknown>;
export const VacancyFacts_VacancyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyFacts_Vacancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validThrough"}},{"kind":"Field","name":{"kind":"Name","value":"salary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"caoScale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"isco08"}}]}}]}}]} as unknown as DocumentNode<VacancyFacts_VacancyFragment, unknown>;
export const UseViewer_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UseViewer_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<UseViewer_ViewerQuery, UseViewer_ViewerQueryVariables>;
export const MatchList_MatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchList_Matches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"advice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchCard_Match"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchCard_Match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"moreOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationUri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"documentedRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"personLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitNow"}},{"kind":"Field","name":{"kind":"Name","value":"fitAfter"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<MatchList_MatchesQuery, MatchList_MatchesQueryVariables>;
export const TaxonomyPicker_SkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxonomyPicker_Skills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<TaxonomyPicker_SkillsQuery, TaxonomyPicker_SkillsQueryVariables>;
export const TaxonomyPicker_OccupationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxonomyPicker_Occupations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]} as unknown as DocumentNode<TaxonomyPicker_OccupationsQuery, TaxonomyPicker_OccupationsQueryVariables>;
export const TypedReader_ReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TypedReader_Read"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReadKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"read"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TypedReader_Suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TypedReader_Suggestion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TypedReader_Suggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResolutionSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelLang"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelLang"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TypedReader_ReadQuery, TypedReader_ReadQueryVariables>;
export const UserMenu_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMenu_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<UserMenu_SignOutMutation, UserMenu_SignOutMutationVariables>;
export const ConfirmPage_ConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPage_Confirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPage_ConfirmMutation, ConfirmPage_ConfirmMutationVariables>;
export const ForgotPage_RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ForgotPage_RequestMutation, ForgotPage_RequestMutationVariables>;
export const NewPasswordPage_ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewPasswordPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NewPasswordPage_ResetMutation, NewPasswordPage_ResetMutationVariables>;
export const NewPasswordPage_AcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewPasswordPage_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NewPasswordPage_AcceptMutation, NewPasswordPage_AcceptMutationVariables>;
export const RegisterPage_RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPage_Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<RegisterPage_RegisterMutation, RegisterPage_RegisterMutationVariables>;
export const ResendConfirmation_ResendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendConfirmation_Resend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendConfirmation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ResendConfirmation_ResendMutation, ResendConfirmation_ResendMutationVariables>;
export const AddToList_AddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToList_Add"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistItemKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"refId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddToList_AddMutation, AddToList_AddMutationVariables>;
export const AdviserPage_ListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdviserPage_Lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShortlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithJobseeker"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByPerson"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdviserPage_ListsQuery, AdviserPage_ListsQueryVariables>;
export const CaseloadSearch_PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadSearch_People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseloadSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadSearch_PeopleQuery, CaseloadSearch_PeopleQueryVariables>;
export const CompareView_ScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareView_Scores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareView_ScoresQuery, CompareView_ScoresQueryVariables>;
export const CourseFinder_CoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseFinder_Courses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseFinder_CoursesQuery, CourseFinder_CoursesQueryVariables>;
export const InvitePerson_InviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePerson_Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<InvitePerson_InviteMutation, InvitePerson_InviteMutationVariables>;
export const NewListForm_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewListForm_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewListForm_CreateMutation, NewListForm_CreateMutationVariables>;
export const PersonPage_PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage_Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary_Profile"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails_Profile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myShortlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithJobseeker"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"travel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayInField"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails_Profile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Profile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortCode"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stayInField"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonPage_PersonQuery, PersonPage_PersonQueryVariables>;
export const ShortlistItemRow_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistItemRow_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistItemStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistItemRow_UpdateMutation, ShortlistItemRow_UpdateMutationVariables>;
export const ShortlistPage_ListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortlistPage_List"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithJobseeker"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"validThrough"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"period"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistPage_ListQuery, ShortlistPage_ListQueryVariables>;
export const ShortlistPage_ShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistPage_Share"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithJobseeker"}}]}}]}}]} as unknown as DocumentNode<ShortlistPage_ShareMutation, ShortlistPage_ShareMutationVariables>;
export const ShortlistPage_ReorderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistPage_Reorder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistPage_ReorderMutation, ShortlistPage_ReorderMutationVariables>;
export const ShortlistPage_RemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistPage_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistPage_RemoveMutation, ShortlistPage_RemoveMutationVariables>;
export const VacancyFinder_FindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyFinder_Find"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacancyFinder_FindQuery, VacancyFinder_FindQueryVariables>;
export const AlertsPage_SearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsPage_Searches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"lastAlertAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAlertAt"}}]}}]}}]} as unknown as DocumentNode<AlertsPage_SearchesQuery, AlertsPage_SearchesQueryVariables>;
export const AlertsPage_FrequencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertsPage_Frequency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFrequency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSavedSearchFrequency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"nextAlertAt"}}]}}]}}]} as unknown as DocumentNode<AlertsPage_FrequencyMutation, AlertsPage_FrequencyMutationVariables>;
export const AlertsPage_DeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertsPage_Delete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AlertsPage_DeleteMutation, AlertsPage_DeleteMutationVariables>;
export const SaveSearchForm_SaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearchForm_Save"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]} as unknown as DocumentNode<SaveSearchForm_SaveMutation, SaveSearchForm_SaveMutationVariables>;
export const UnsubscribePage_UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribePage_Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnsubscribePage_UnsubscribeMutation, UnsubscribePage_UnsubscribeMutationVariables>;
export const ContactRequests_MineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactRequests_Mine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myContactRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employerContact"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"shortCode"}}]}}]}}]}}]} as unknown as DocumentNode<ContactRequests_MineQuery, ContactRequests_MineQueryVariables>;
export const ContactRequests_AnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactRequests_Answer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerContactRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ContactRequests_AnswerMutation, ContactRequests_AnswerMutationVariables>;
export const CoursePage_CourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursePage_Course"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillsTaught"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillList_Skill"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFacts_Course"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseSignUp_Course"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseEntry_Course"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFunding_Course"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillList_Skill"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFacts_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"providerKind"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"crebo"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"jobGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDates"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseSignUp_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseEntry_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minNlqf"}},{"kind":"Field","name":{"kind":"Name","value":"dutchLevel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"givesCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFunding_Course"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"priceNote"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionNl"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isLoan"}},{"kind":"Field","name":{"kind":"Name","value":"certain"}},{"kind":"Field","name":{"kind":"Name","value":"uncertainNote"}},{"kind":"Field","name":{"kind":"Name","value":"situations"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perPlacePerYear"}}]}}]}}]}}]} as unknown as DocumentNode<CoursePage_CourseQuery, CoursePage_CourseQueryVariables>;
export const DataPage_AllDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataPage_All"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"travel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployers"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithAdviser"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myShortlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]} as unknown as DocumentNode<DataPage_AllQuery, DataPage_AllQueryVariables>;
export const AskContact_AskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskContact_Ask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCandidateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"candidateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AskContact_AskMutation, AskContact_AskMutationVariables>;
export const CandidatesPage_VacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatesPage_Vacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CandidatesPage_VacancyQuery, CandidatesPage_VacancyQueryVariables>;
export const CandidatesPage_CandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidatesPage_Candidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiddenCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidateId"}},{"kind":"Field","name":{"kind":"Name","value":"contactRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidatesPage_CandidatesQuery, CandidatesPage_CandidatesQueryVariables>;
export const CloseVacancy_CloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseVacancy_Close"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseVacancy_CloseMutation, CloseVacancy_CloseMutationVariables>;
export const EditVacancyPage_VacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditVacancyPage_Vacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionalSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"validThrough"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"trainingOffered"}},{"kind":"Field","name":{"kind":"Name","value":"salary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"caoScale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}}]}}]}}]} as unknown as DocumentNode<EditVacancyPage_VacancyQuery, EditVacancyPage_VacancyQueryVariables>;
export const EditVacancyPage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditVacancyPage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditVacancyPage_UpdateMutation, EditVacancyPage_UpdateMutationVariables>;
export const EmployerPage_VacanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerPage_Vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validThrough"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerPage_VacanciesQuery, EmployerPage_VacanciesQueryVariables>;
export const PostVacancyPage_PostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostVacancyPage_Post"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PostVacancyPage_PostMutation, PostVacancyPage_PostMutationVariables>;
export const CareerPaths_PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareerPaths_Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"openVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openToYouNow"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"route"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CareerPaths_PathsQuery, CareerPaths_PathsQueryVariables>;
export const ItemAnswer_AnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemAnswer_Answer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListAnswer"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answer"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemAnswer_AnswerMutation, ItemAnswer_AnswerMutationVariables>;
export const ItemAnswer_WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ItemAnswer_Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawShortlistAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemAnswer_WithdrawMutation, ItemAnswer_WithdrawMutationVariables>;
export const MatchBrowser_MatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchBrowser_Matches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"advice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchCard_Match"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchCard_Match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"moreOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationUri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"documentedRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"personLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitNow"}},{"kind":"Field","name":{"kind":"Name","value":"fitAfter"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<MatchBrowser_MatchesQuery, MatchBrowser_MatchesQueryVariables>;
export const MatchFilters_SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchFilters_Sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MatchFilters_SectorsQuery, MatchFilters_SectorsQueryVariables>;
export const MinePage_ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MinePage_Profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]} as unknown as DocumentNode<MinePage_ProfileQuery, MinePage_ProfileQueryVariables>;
export const MyLists_RemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyLists_Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyLists_RemoveMutation, MyLists_RemoveMutationVariables>;
export const MyLists_ListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLists_Lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShortlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithJobseeker"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyLists_ListsQuery, MyLists_ListsQueryVariables>;
export const SaveToList_OwnListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SaveToList_OwnLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myShortlists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveToList_OwnListsQuery, SaveToList_OwnListsQueryVariables>;
export const SaveToList_CreateListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveToList_CreateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShortlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profileId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveToList_CreateListMutation, SaveToList_CreateListMutationVariables>;
export const SaveToList_AddItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveToList_AddItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addShortlistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shortlistId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shortlistId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"VACANCY"}},{"kind":"Argument","name":{"kind":"Name","value":"refId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VOORGESTELD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SaveToList_AddItemMutation, SaveToList_AddItemMutationVariables>;
export const ProfilePage_ProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePage_Profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"travel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"maxMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visibleToEmployers"}},{"kind":"Field","name":{"kind":"Name","value":"shareWithAdviser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludeSectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stayInField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<ProfilePage_ProfileQuery, ProfilePage_ProfileQueryVariables>;
export const ProfilePage_CreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfilePage_Create"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ProfilePage_CreateMutation, ProfilePage_CreateMutationVariables>;
export const ProfilePage_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfilePage_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ProfilePage_UpdateMutation, ProfilePage_UpdateMutationVariables>;
export const ProfilePage_ExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePage_Export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDataExport"}}]}}]} as unknown as DocumentNode<ProfilePage_ExportQuery, ProfilePage_ExportQueryVariables>;
export const WishesFields_SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WishesFields_Sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<WishesFields_SectorsQuery, WishesFields_SectorsQueryVariables>;
export const CourseFilters_FundingNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseFilters_FundingNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CourseFilters_FundingNamesQuery, CourseFilters_FundingNamesQueryVariables>;
export const CourseMore_PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseMore_Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseCard_Hit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDates"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kindNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"jobGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isLoan"}}]}}]}}]}}]} as unknown as DocumentNode<CourseMore_PageQuery, CourseMore_PageQueryVariables>;
export const CourseSearch_ResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseSearch_Results"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fundingFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withFundingCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modeFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withModeCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levelFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLevelCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FUNDING"},{"kind":"EnumValue","value":"MODE"},{"kind":"EnumValue","value":"LEVEL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseCard_Hit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fundingCounts"},"name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fundingFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FUNDING"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withFundingCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modeCounts"},"name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modeFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MODE"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withModeCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"levelCounts"},"name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEVEL"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLevelCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CourseHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"startDates"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kindNameNl"}},{"kind":"Field","name":{"kind":"Name","value":"kindNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"jobGuarantee"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"isLoan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetGroup_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CourseSearch_ResultsQuery, CourseSearch_ResultsQueryVariables>;
export const SearchBox_SuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBox_Suggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}}]} as unknown as DocumentNode<SearchBox_SuggestionsQuery, SearchBox_SuggestionsQueryVariables>;
export const VacancyFilters_SectorNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyFilters_SectorNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<VacancyFilters_SectorNamesQuery, VacancyFilters_SectorNamesQueryVariables>;
export const VacancyMore_PageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyMore_Page"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyCard_Hit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyMore_PageQuery, VacancyMore_PageQueryVariables>;
export const VacancySearch_ResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancySearch_Results"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NearInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectorFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSectorCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withContractCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withMunicipalityCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"levelFilter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancySearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLevelCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SECTOR"},{"kind":"EnumValue","value":"CONTRACT_TYPE"},{"kind":"EnumValue","value":"LEVEL"},{"kind":"EnumValue","value":"MUNICIPALITY"},{"kind":"EnumValue","value":"GARANTIEBAAN"},{"kind":"EnumValue","value":"BBL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyCard_Hit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sectorCounts"},"name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectorFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SECTOR"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSectorCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contractCounts"},"name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CONTRACT_TYPE"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withContractCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"municipalityCounts"},"name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MUNICIPALITY"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withMunicipalityCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"levelCounts"},"name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"levelFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"facets"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LEVEL"}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLevelCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetGroup_Facet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyCard_Hit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetGroup_Facet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<VacancySearch_ResultsQuery, VacancySearch_ResultsQueryVariables>;
export const SignInForm_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInForm_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInForm_SignInMutation, SignInForm_SignInMutationVariables>;
export const QuickCheck_AdviceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuickCheck_Advice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchCard_Match"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careerPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuickPaths_Paths"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchCard_Match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"moreOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationUri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"documentedRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"personLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitNow"}},{"kind":"Field","name":{"kind":"Name","value":"fitAfter"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuickPaths_Paths"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareerPaths"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"openVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuickCheck_AdviceQuery, QuickCheck_AdviceQueryVariables>;
export const UseSectors_SectorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UseSectors_Sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}}]}}]}}]} as unknown as DocumentNode<UseSectors_SectorsQuery, UseSectors_SectorsQueryVariables>;
export const WishMatches_MatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WishMatches_Matches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sectors"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sectors"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sectors"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchCard_Match"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchCard_Match"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"moreOfKind"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"textNl"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedExperience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupationUri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"documentedRoute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedCredit"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"travelMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"travelMode"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevel"}},{"kind":"Field","name":{"kind":"Name","value":"personLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fitNow"}},{"kind":"Field","name":{"kind":"Name","value":"fitAfter"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"readyBy"}},{"kind":"Field","name":{"kind":"Name","value":"opensVacancies"}},{"kind":"Field","name":{"kind":"Name","value":"checkWithAdviser"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costAfterFunding"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherFunding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"durationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillMissing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}}]}}]}}]} as unknown as DocumentNode<WishMatches_MatchesQuery, WishMatches_MatchesQueryVariables>;
export const VacancyPage_VacancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyPage_Vacancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"trainingOffered"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlook"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectorOutlook_Sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillList_Skill"}}]}},{"kind":"Field","name":{"kind":"Name","value":"optionalSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SkillList_Skill"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobPosting"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyFacts_Vacancy"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VacancyApply_Vacancy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectorOutlook_Sector"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Sector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameNl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"outlook"}},{"kind":"Field","name":{"kind":"Name","value":"outlookFact"}},{"kind":"Field","name":{"kind":"Name","value":"outlookSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SkillList_Skill"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Skill"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyFacts_Vacancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMin"}},{"kind":"Field","name":{"kind":"Name","value":"hoursMax"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"nlqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"garantiebaan"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validThrough"}},{"kind":"Field","name":{"kind":"Name","value":"salary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"caoScale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelNl"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"isco08"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VacancyApply_Vacancy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vacancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}}]}}]}}]} as unknown as DocumentNode<VacancyPage_VacancyQuery, VacancyPage_VacancyQueryVariables>;