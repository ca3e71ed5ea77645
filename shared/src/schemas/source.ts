import { z } from 'zod';

/**
 * Where an imported record came from: the system (a job board, a school's OOAPI endpoint) and the record's id
 * there. Importing the same record again finds it by this pair, so an import can be repeated safely.
 */
export const sourceRefSchema = z.object({
  system: z.string().trim().min(1).max(80),
  id: z.string().trim().min(1, { message: 'Elk record heeft een eigen code nodig.' }).max(200),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;
