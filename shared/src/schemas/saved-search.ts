import { z } from 'zod';
import { shortText } from './common.ts';

/** How often a saved search mails new fits. */
export const alertFrequencies = ['daily', 'weekly'] as const;
export type AlertFrequencyValue = (typeof alertFrequencies)[number];

/** A search (the search page's URL state, vacancies only) or the person's own matches. */
export const savedSearchKinds = ['search', 'matches'] as const;

/** How many saved searches one person may have: enough for real use, bounded for the alert job. */
export const maxSavedSearches = 20;

/**
 * What the search page and "my matches" send to save a search: used by the API's input check and by
 * the web form alike.
 */
export const savedSearchInputSchema = z
  .object({
    name: shortText(1, 100, 'De naam van de zoekopdracht'),
    kind: z.enum(savedSearchKinds),
    query: z.string().trim().max(1000, { message: 'Deze zoekopdracht is te lang.' }),
    frequency: z.enum(alertFrequencies, { message: 'Kies hoe vaak je mail wilt: elke dag of elke week.' }),
  })
  .refine((s) => s.kind === 'matches' || !new URLSearchParams(s.query).has('soort'), {
    message: 'Je kunt alleen een zoekopdracht naar vacatures bewaren.',
    path: ['query'],
  });
export type SavedSearchInput = z.infer<typeof savedSearchInputSchema>;
