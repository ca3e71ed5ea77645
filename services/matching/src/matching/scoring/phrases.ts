import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import type { MatchFit, MatchLabel, ReasonCode, ReasonParams } from '../model/types.ts';

/**
 * Every sentence the engine says about a match, in Dutch (B1) and English, built from a reason's code
 * and parameters: the one place both languages come from. Names of occupations, sectors and
 * certificates come from `Names` (the taxonomy and the certificate list), so a phrase never holds
 * ESCO wording of its own. The jobseeker is addressed ("je"); an employer reads about "de kandidaat".
 */
export type Lang = 'nl' | 'en';
export type Audience = 'jobseeker' | 'employer';

export interface Names {
  occupation(uri: string): { nl: string; en: string };
  sector(key: string): { nl: string; en: string };
  certificate(key: string): { nl: string; en: string };
}

interface Words {
  /** Subject: "je" / "de kandidaat" / "you" / "the candidate". */
  you: string;
  /** Possessive: "jouw" / "van de kandidaat". */
  your: string;
  has: string;
  /** After a fronted phrase (Dutch inversion): "heb je" / "heeft de kandidaat" / "you have". */
  hasInverted: string;
  worked: string;
  wants: string;
  travels: string;
}

const words: Record<Lang, Record<Audience, Words>> = {
  nl: {
    jobseeker: {
      you: 'je',
      your: 'jouw',
      has: 'hebt',
      hasInverted: 'heb je',
      worked: 'werkte',
      wants: 'wilt',
      travels: 'reist',
    },
    employer: {
      you: 'de kandidaat',
      your: 'van de kandidaat',
      has: 'heeft',
      hasInverted: 'heeft de kandidaat',
      worked: 'werkte',
      wants: 'wil',
      travels: 'reist',
    },
  },
  en: {
    jobseeker: {
      you: 'you',
      your: 'your',
      has: 'have',
      hasInverted: 'you have',
      worked: 'worked',
      wants: 'want',
      travels: 'travel',
    },
    employer: {
      you: 'the candidate',
      your: "the candidate's",
      has: 'has',
      hasInverted: 'the candidate has',
      worked: 'worked',
      wants: 'wants',
      travels: 'travels',
    },
  },
};

const modes: Record<Lang, Record<TravelMode, string>> = {
  nl: { fiets: 'met de fiets', auto: 'met de auto', ov: 'met het openbaar vervoer' },
  en: { fiets: 'by bike', auto: 'by car', ov: 'by public transport' },
};

const labelTexts: Record<Lang, Record<MatchLabel, string>> = {
  nl: {
    good: 'Past goed',
    fair: 'Past redelijk',
    possible: 'Past misschien',
    no_fit: 'Past waarschijnlijk niet',
    too_little_known: 'We weten nog te weinig van je',
  },
  en: {
    good: 'Good fit',
    fair: 'Fair fit',
    possible: 'Might fit',
    no_fit: 'Probably not a fit',
    too_little_known: 'We know too little about you yet',
  },
};

export function labelText(label: MatchLabel, fit: MatchFit, lang: Lang, audience: Audience = 'jobseeker'): string {
  if (label === 'too_little_known' && audience === 'employer')
    return lang === 'nl' ? 'We weten nog te weinig van de kandidaat' : 'We know too little about the candidate';
  const base = labelTexts[lang][label];
  if (fit !== 'after_course' || label === 'too_little_known' || label === 'no_fit') return base;
  return `${base} ${lang === 'nl' ? 'na een opleiding' : 'after a course'}`;
}

const levels = (n: number, lang: Lang) =>
  lang === 'nl' ? (n === 1 ? '1 niveau' : `${n} niveaus`) : n === 1 ? '1 level' : `${n} levels`;
const yearsText = (n: number, lang: Lang) => {
  const y = Math.round(n * 10) / 10;
  return lang === 'nl' ? `${y} jaar` : y === 1 ? '1 year' : `${y} years`;
};
const range = (a: number | undefined, b: number | undefined, lang: Lang) =>
  a === b ? `${a}` : lang === 'nl' ? `${a} tot ${b}` : `${a} to ${b}`;

const certificateRoute: Record<Lang, Record<'day' | 'short' | 'long', string>> = {
  nl: {
    day: 'dat haal je meestal in een dag',
    short: 'dat haal je in een paar weken of maanden',
    long: 'daarvoor is een opleiding van jaren nodig',
  },
  en: {
    day: 'that usually takes a day to get',
    short: 'that takes a few weeks or months to get',
    long: 'that takes years of study',
  },
};

const addTexts: Record<Lang, Record<'occupation' | 'skills' | 'wish', string>> = {
  nl: { occupation: 'een vorige baan', skills: 'wat je kunt', wish: 'wat je graag wilt doen' },
  en: { occupation: 'a past job', skills: 'what you can do', wish: 'what you would like to do' },
};

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${items[items.length - 1]}`;
}

/** One reason as a clause (no capital, no full stop), in the given language. */
export function reasonText(code: ReasonCode, p: ReasonParams, lang: Lang, names: Names, audience: Audience): string {
  const w = words[lang][audience];
  const nl = lang === 'nl';
  const occ = () => (p.occupationUri ? names.occupation(p.occupationUri)[lang] : '');
  const sector = () => (p.sector ? names.sector(p.sector)[lang] : '');
  switch (code) {
    case 'after_course':
      return nl
        ? `na ${p.weeks} ${p.weeks === 1 ? 'week' : 'weken'} opleiding ${w.hasInverted} ${p.matched} van de ${p.total} belangrijke vaardigheden`
        : `after ${p.weeks} ${p.weeks === 1 ? 'week' : 'weeks'} of courses ${w.hasInverted} ${p.matched} of the ${p.total} key skills`;
    case 'skills':
      return nl
        ? `${w.you} ${w.has} ${p.matched} van de ${p.total} belangrijke vaardigheden`
        : `${w.you} ${w.has} ${p.matched} of the ${p.total} key skills`;
    case 'skills_missing': {
      const missing = (p.total ?? 0) - (p.matched ?? 0);
      return nl
        ? `${w.you} mist nog ${missing} van de ${p.total} belangrijke vaardigheden`
        : `${w.you} still ${audience === 'jobseeker' ? 'lack' : 'lacks'} ${missing} of the ${p.total} key skills`;
    }
    case 'same_occupation':
      return nl
        ? `${w.you} ${w.worked} ${yearsText(p.years ?? 0, lang)} als ${occ()}`
        : `${w.you} ${w.worked} as ${occ()} for ${yearsText(p.years ?? 0, lang)}`;
    case 'related_experience':
      return nl
        ? `de ervaring als ${occ()} (${yearsText(p.years ?? 0, lang)}) lijkt op dit werk`
        : `the experience as ${occ()} (${yearsText(p.years ?? 0, lang)}) is close to this work`;
    case 'wish_occupation':
      return nl ? `${w.you} ${w.wants} graag werken als ${occ()}` : `${w.you} would like to work as ${occ()}`;
    case 'wish_sector':
      return nl ? `${w.you} ${w.wants} graag werken in ${sector()}` : `${w.you} would like to work in ${sector()}`;
    case 'route_bbl':
      return nl
        ? 'dit is een BBL-baan: je leert het vak terwijl je werkt'
        : 'this is a BBL job: you learn the trade while you work';
    case 'route_starters':
      return nl ? 'de werkgever zoekt ook starters' : 'the employer welcomes starters';
    case 'garantiebaan':
      return nl ? 'dit is een garantiebaan (banenafspraak)' : 'this is a guaranteed job (banenafspraak)';
    case 'growing_sector':
      return nl ? `in ${sector()} zijn veel mensen nodig` : `${sector()} needs many people`;
    case 'close_by':
    case 'far_away':
      return nl
        ? `${w.you} ${w.travels} ongeveer ${p.minutes} minuten ${modes.nl[p.mode ?? 'fiets']}`
        : `${w.you} ${w.travels} about ${p.minutes} minutes ${modes.en[p.mode ?? 'fiets']}`;
    case 'hours_too_many':
    case 'hours_too_few':
      return nl
        ? `de baan is ${range(p.offeredMin, p.offeredMax, lang)} uur per week; ${w.you} zoekt ${range(p.wantedMin, p.wantedMax, lang)} uur`
        : `the job is ${range(p.offeredMin, p.offeredMax, lang)} hours a week; ${w.you} ${audience === 'jobseeker' ? 'look' : 'looks'} for ${range(p.wantedMin, p.wantedMax, lang)}`;
    case 'level_above': {
      const k = (p.requiredLevel ?? 0) - (p.personLevel ?? 0);
      return nl
        ? `de werkgever vraagt niveau ${p.requiredLevel}; dat is ${levels(k, lang)} hoger dan het niveau ${audience === 'jobseeker' ? 'dat je hebt' : 'van de kandidaat'}`
        : `the employer asks for level ${p.requiredLevel}, ${levels(k, lang)} above ${w.your} level`;
    }
    case 'over_qualified':
      return nl
        ? `de baan vraagt niveau ${p.requiredLevel}; dat is veel lager dan ${audience === 'jobseeker' ? 'jouw niveau' : 'het niveau van de kandidaat'} (${p.personLevel})`
        : `the job asks for level ${p.requiredLevel}, well below ${w.your} level (${p.personLevel})`;
    case 'shrinking_sector':
      return nl ? `in ${sector()} verdwijnen banen` : `${sector()} is losing jobs`;
    case 'steering':
      return nl
        ? `${w.you} komt uit een sector waar banen verdwijnen; we raden eerst werk in een groeiende sector aan, tenzij ${w.you} in ${audience === 'jobseeker' ? 'je' : 'het eigen'} vak ${w.wants} blijven`
        : `${w.you} ${audience === 'jobseeker' ? 'come' : 'comes'} from a sector that is losing jobs; we advise work in a growing sector first, unless ${w.you} ${w.wants} to stay in the field`;
    case 'leave_field':
      return nl
        ? `${w.you} ${w.wants} iets anders dan het vorige werk`
        : `${w.you} ${w.wants} something other than the past work`;
    case 'elsewhere':
      return nl
        ? `dit is een andere richting dan ${audience === 'jobseeker' ? 'je zoekt' : 'de kandidaat zoekt'}`
        : `this is another direction than ${w.you} ${audience === 'jobseeker' ? 'look' : 'looks'} for`;
    case 'missing_certificate': {
      const name = p.certificate ? names.certificate(p.certificate)[lang] : '';
      const route = certificateRoute[lang][p.certificateRoute ?? 'short'];
      return nl
        ? `${w.you} ${w.has} nog geen ${name}; ${route}`
        : `${w.you} ${audience === 'jobseeker' ? "don't" : "doesn't"} have ${name} yet; ${route}`;
    }
    case 'not_garantiebaan':
      return nl ? 'dit is geen garantiebaan en de baan vraagt veel' : 'this is not a guaranteed job and it asks a lot';
    case 'bbl_has_trade':
      return nl
        ? 'dit is een leerwerkbaan (BBL) om het vak te leren; jij hebt dit vak al'
        : 'this is a learn-work place (BBL) for learning the trade; you already have it';
    case 'needs_experience':
      return nl
        ? 'de werkgever zegt niet dat starters welkom zijn'
        : 'the employer does not say that starters are welcome';
    case 'search_words':
      return nl
        ? 'de vacature past maar een beetje bij de zoekwoorden'
        : 'the vacancy only partly matches the search words';
    case 'too_little_known': {
      const add = (p.add ?? ['occupation', 'skills', 'wish']).map((a) => addTexts[lang][a]);
      return nl
        ? `vul ${list(add, lang)} in, dan zien we of dit past`
        : `add ${list(add, lang)} to see whether this fits`;
    }
  }
}

const capital = (s: string) => (s.length ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * The summary: the label, the biggest plus, and the biggest minus (or, without one, the trip). For
 * too_little_known: the label and what to add.
 */
export function summaryText(
  parts: { label: MatchLabel; fit: MatchFit; plus: string | null; minus: string | null; trip: string | null },
  lang: Lang,
  audience: Audience,
): string {
  const head = labelText(parts.label, parts.fit, lang, audience);
  // "Does not fit" leads with why; a plus after the colon would read as the reason ("Past
  // waarschijnlijk niet: de ervaring ... lijkt op dit werk" was read as a contradiction).
  if (parts.label === 'no_fit') {
    const why = parts.minus ? `${head}: ${parts.minus}.` : `${head}.`;
    return parts.plus ? `${why} ${lang === 'nl' ? 'Pluspunt' : 'Upside'}: ${parts.plus}.` : why;
  }
  const first = parts.plus ? `${head}: ${parts.plus}.` : `${head}.`;
  if (parts.minus) return `${first} ${lang === 'nl' ? 'Minpunt' : 'Downside'}: ${parts.minus}.`;
  return parts.trip ? `${first} ${capital(parts.trip)}.` : first;
}
