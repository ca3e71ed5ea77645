import type { VacancyMatch } from '../model/types.ts';
import type { ScoreState } from './score-state.ts';
import { type Names, reasonText } from './phrases.ts';

/** Said over the whole list when nothing in the profile links the person to any vacancy. */
export interface ProfileAdvice {
  code: 'too_little_known';
  /** What would let us say what fits. */
  add: ('occupation' | 'skills' | 'wish')[];
  textNl: string;
  textEn: string;
}

/**
 * "We weten nog te weinig van je" for the list: when no match has enough evidence to carry a "past"
 * label (an empty or unreadable profile), say so and what to add, instead of presenting guesses.
 */
export function adviceFor(s: ScoreState, matches: readonly VacancyMatch[], names: Names): ProfileAdvice | null {
  if (matches.some((m) => m.label !== 'too_little_known')) return null;
  const add: ProfileAdvice['add'] = [];
  if (s.profile.occupations.length === 0) add.push('occupation');
  if (s.profile.explicitSkills.length < 3) add.push('skills');
  if (s.situation.wishByOccupation === null && s.situation.wishSectors === 0) add.push('wish');
  if (add.length === 0) add.push('skills');
  const text = (lang: 'nl' | 'en') => {
    const head = lang === 'nl' ? 'We weten nog te weinig van je' : 'We know too little about you yet';
    return `${head}: ${reasonText('too_little_known', { add }, lang, names, 'jobseeker')}.`;
  };
  return { code: 'too_little_known', add, textNl: text('nl'), textEn: text('en') };
}
