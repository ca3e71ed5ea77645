import { z } from 'zod';
import { entityId, shortText } from './common.ts';

export const roles = ['jobseeker', 'adviser', 'employer', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const roleLabelsNl: Record<Role, string> = {
  jobseeker: 'Werkzoekende',
  adviser: 'Werkadviseur',
  employer: 'Werkgever',
  admin: 'Beheerder',
};

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: 'Dit e-mailadres is te lang.' })
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in.' }));

export const password = z
  .string()
  .min(10, { message: 'Kies een wachtwoord van minstens 10 tekens.' })
  .max(200, { message: 'Dit wachtwoord is te lang.' });

export const userSchema = z.object({
  id: entityId('usr'),
  email,
  name: shortText(1, 100, 'De naam'),
  role,
  /** For jobseekers: their own profile. */
  profileId: z.string().nullable(),
  /** For employers: the employer they post for. */
  employerId: z.string().nullable(),
  demo: z.boolean(),
});
export type User = z.infer<typeof userSchema>;
