import type { User } from '@werkbrug/shared/schemas/user';

/** The password of every demo account. Listed in the README; the service refuses demo accounts in production. */
export const demoPassword = 'werkbrug-demo';

export const demoAdviserIds = ['usr_demo-adviseur', 'usr_demo-adviseur2', 'usr_demo-adviseur3', 'usr_demo-adviseur4'];

export function demoUsers(firstProfileId: string, secondProfileId: string, employerId: string): User[] {
  return [
    {
      id: 'usr_demo-werkzoekende',
      email: 'werkzoekende@demo.werkbrug.nl',
      name: 'Sanne (demo werkzoekende)',
      role: 'jobseeker',
      profileId: firstProfileId,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-werkzoekende2',
      email: 'werkzoekende2@demo.werkbrug.nl',
      name: 'Daan (demo werkzoekende)',
      role: 'jobseeker',
      profileId: secondProfileId,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-adviseur',
      email: 'adviseur@demo.werkbrug.nl',
      name: 'Ilse (demo werkadviseur)',
      role: 'adviser',
      profileId: null,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-adviseur2',
      email: 'adviseur2@demo.werkbrug.nl',
      name: 'Karim (demo werkadviseur)',
      role: 'adviser',
      profileId: null,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-adviseur3',
      email: 'adviseur3@demo.werkbrug.nl',
      name: 'Petra (demo werkadviseur)',
      role: 'adviser',
      profileId: null,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-adviseur4',
      email: 'adviseur4@demo.werkbrug.nl',
      name: 'Jan (demo werkadviseur)',
      role: 'adviser',
      profileId: null,
      employerId: null,
      demo: true,
    },
    {
      id: 'usr_demo-werkgever',
      email: 'werkgever@demo.werkbrug.nl',
      name: 'Zorggroep (demo werkgever)',
      role: 'employer',
      profileId: null,
      employerId,
      demo: true,
    },
    {
      id: 'usr_demo-werkgever2',
      email: 'werkgever2@demo.werkbrug.nl',
      name: 'Installateur (demo werkgever)',
      role: 'employer',
      profileId: null,
      employerId: 'emp_technical-energy-001',
      demo: true,
    },
    {
      id: 'usr_demo-beheerder',
      email: 'beheer@demo.werkbrug.nl',
      name: 'Beheerder (demo)',
      role: 'admin',
      profileId: null,
      employerId: null,
      demo: true,
    },
  ];
}
