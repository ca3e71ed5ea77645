import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';

/**
 * Certificates an occupation needs by Dutch law, whatever a vacancy lists: a vacancy of that
 * occupation requires them too (model/vacancy-columns.ts), so lacking one is a named minus. By ISCO-08
 * group, so the rule holds for every ESCO occupation, with a word of the Dutch label where an ISCO group
 * mixes regulated and free occupations (taxi drivers among car drivers, refrigeration technicians among
 * mechanical technicians).
 */
interface Rule {
  isco: string;
  /** Only occupations whose Dutch label contains this word. */
  word?: string;
  needs: readonly CertificateKey[];
  /** The law it rests on. */
  basis: string;
}

const rules: readonly Rule[] = [
  // Wet particuliere beveiligingsorganisaties en recherchebureaus: a security guard needs the diploma.
  { isco: '5414', needs: ['diploma-beveiliger'], basis: 'Wpbr' },
  // Driving licences (Wegenverkeerswet) and the professional competence of drivers (Code 95, EU 2022/2561).
  { isco: '8331', needs: ['rijbewijs-d', 'code-95'], basis: 'Wegenverkeerswet; Code 95' },
  { isco: '8332', needs: ['rijbewijs-c', 'code-95'], basis: 'Wegenverkeerswet; Code 95' },
  { isco: '8322', needs: ['rijbewijs-b'], basis: 'Wegenverkeerswet' },
  { isco: '8322', word: 'taxi', needs: ['chauffeurskaart'], basis: 'Wet personenvervoer 2000' },
  { isco: '5165', needs: ['rijbewijs-b'], basis: 'Wet rijonderricht motorrijtuigen' },
  // Wet BIG: registered health professions.
  { isco: '2221', needs: ['big-registratie'], basis: 'Wet BIG' },
  { isco: '2211', needs: ['big-registratie'], basis: 'Wet BIG' },
  { isco: '2212', needs: ['big-registratie'], basis: 'Wet BIG' },
  { isco: '2261', needs: ['big-registratie'], basis: 'Wet BIG' },
  { isco: '2262', needs: ['big-registratie'], basis: 'Wet BIG' },
  { isco: '2264', needs: ['big-registratie'], basis: 'Wet BIG' },
  // F-gassen regulation (EU 2024/573): working on refrigerant circuits needs a personal certificate.
  { isco: '7127', needs: ['f-gassen'], basis: 'F-gassenverordening' },
  { isco: '3115', word: 'koel', needs: ['f-gassen'], basis: 'F-gassenverordening' },
];

export function certificatesByLaw(o: Occupation): CertificateKey[] {
  const out = new Set<CertificateKey>();
  for (const r of rules) {
    if (!o.isco08.startsWith(r.isco)) continue;
    if (r.word && !o.labelNl.toLowerCase().includes(r.word)) continue;
    for (const c of r.needs) out.add(c);
  }
  return [...out];
}
