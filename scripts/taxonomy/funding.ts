import type { FundingScheme } from '@werkbrug/shared/schemas/course';

/** What each funding scheme covers, in plain Dutch, with the rule the bridge calculation applies. */
export interface FundingRule {
  key: FundingScheme;
  nameNl: string;
  descriptionNl: string;
  /** Largest amount the scheme pays towards one course, in euros; null when it pays the full price. */
  maxAmount: number | null;
  source: string;
}

export const fundingRules: FundingRule[] = [
  {
    key: 'stap',
    nameNl: 'STAP-budget',
    descriptionNl:
      'Tot € 1.000 per persoon per jaar voor een opleiding uit het STAP-register. Aanvragen bij UWV vóór de start. Voor mensen van 18 jaar tot de AOW-leeftijd.',
    maxAmount: 1000,
    source: 'https://nieuwsbrieven.cedeo.eu/Bericht/380',
  },
  {
    key: 'nl-leert-door',
    nameNl: 'NL leert door',
    descriptionNl: 'Gratis ontwikkeladvies en gratis (online) scholing voor iedereen van 18 jaar tot de AOW-leeftijd.',
    maxAmount: null,
    source: 'https://business.gov.nl/subsidy/temporary-support-scheme-nl-leert-door-nl-keeps-learning/',
  },
  {
    key: 'praktijkleren',
    nameNl: 'Subsidie praktijkleren',
    descriptionNl:
      'De werkgever krijgt tot € 2.700 per leerwerkplek per studiejaar (BBL). De opleiding is dan meestal gratis voor jou.',
    maxAmount: null,
    source: 'https://subsidiedirect.nl/praktijkleren/',
  },
  {
    key: 'werkgever',
    nameNl: 'Werkgever betaalt',
    descriptionNl: 'De werkgever betaalt de opleiding als je bij hen gaat werken.',
    maxAmount: null,
    source: 'https://www.processcontrol.nl/intern-opleiden-wordt-steeds-relevanter/',
  },
];
