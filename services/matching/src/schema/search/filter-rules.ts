import { z } from 'zod';

/** Bounds shared by the vacancy and course search filters. */
export const shortList = (max: number) =>
  z.array(z.string().max(200)).max(max, { message: `Kies hoogstens ${max} waarden.` });
export const level = z
  .number()
  .int()
  .min(1, { message: 'Kies een niveau van 1 tot en met 8.' })
  .max(8, { message: 'Kies een niveau van 1 tot en met 8.' });
export const hours = z.number().int().min(0).max(60, { message: 'Vul hoogstens 60 uur in.' });
