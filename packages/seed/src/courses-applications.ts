import type { Application } from '@werkbrug/shared/schemas/contact';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Random } from './random.ts';

const firstNames = ['Anouk', 'Bas', 'Dewi', 'Emre', 'Fatima', 'Joost', 'Lotte', 'Mirjam', 'Ruben', 'Sanne', 'Yusuf'];
const lastNames = ['de Vries', 'Bakker', 'Visser', 'Smit', 'El Amrani', 'de Boer', 'Mulder', 'Yilmaz', 'Kok'];

const slugs = new Map<string, string>();

/** A web-address-safe slug of an employer name: "Zorggroep De Linde" -> "zorggroep-de-linde". */
function slug(name: string): string {
  const known = slugs.get(name);
  if (known !== undefined) return known;
  const made = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  slugs.set(name, made);
  return made;
}

/**
 * How to apply for a demo vacancy, as Dutch employers write it: most have a page to apply on, many an e-mail
 * address and a contact person, some only a phone number. Addresses and numbers are fictional (example.nl,
 * 023-555 ...), like the employers.
 */
export function applicationFor(random: Random, vacancy: Pick<Vacancy, 'id' | 'employerName'>): Application {
  const domain = `${slug(vacancy.employerName) || 'werkgever'}.example.nl`;
  const site = `https://werkenbij.${domain}`;
  const way = random.weighted([
    ['web', 55],
    ['web-and-mail', 25],
    ['mail', 12],
    ['phone', 8],
  ] as const);
  const contact = random.chance(0.7) ? `${random.pick(firstNames)} ${random.pick(lastNames)}` : null;
  const phone = `023-555 ${random.int(20, 99)} ${random.int(10, 99)}`;
  return {
    url: way === 'web' || way === 'web-and-mail' ? `${site}/vacatures/${vacancy.id.slice(4)}` : null,
    email: way === 'mail' || way === 'web-and-mail' ? `vacatures@${domain}` : null,
    phone: way === 'phone' || random.chance(0.3) ? phone : null,
    contactName: way === 'phone' ? (contact ?? `${random.pick(firstNames)} ${random.pick(lastNames)}`) : contact,
  };
}
