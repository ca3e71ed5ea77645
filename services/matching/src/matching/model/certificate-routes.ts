import { type CertificateKey, certificateKeys } from '@werkbrug/shared/schemas/certificate';

/**
 * How long it takes to get a certificate, which decides how much lacking it counts (weights.ts
 * `certificates`). From how the Dutch courses run: a day or two (VCA Basis, BHV, EHBO, forklift,
 * HACCP), weeks to months (driving licences C/D with code 95, the beveiliger
 * diploma, F-gassen, welding and crane certificates), years (BIG registration: a nursing degree).
 */
export type CertificateRoute = 'day' | 'short' | 'long';

export const certificateRoutes: Record<CertificateKey, CertificateRoute> = {
  'vca-basis': 'day',
  'vca-vol': 'day',
  'vil-vcu': 'day',
  bhv: 'day',
  ehbo: 'day',
  reanimatie: 'day',
  heftruck: 'day',
  reachtruck: 'day',
  hoogwerker: 'day',
  kraan: 'short',
  'rijbewijs-b': 'short',
  'rijbewijs-be': 'short',
  'rijbewijs-c': 'short',
  'rijbewijs-ce': 'short',
  'rijbewijs-d': 'short',
  'code-95': 'short',
  adr: 'day',
  chauffeurskaart: 'short',
  'diploma-beveiliger': 'short',
  // A VOG takes one to four weeks; the Schipholpas needs a background screening of weeks. Both are
  // arranged when hiring (`arrangedWhenHired`), so they never lower a score.
  vog: 'short',
  'svh-sociale-hygiene': 'day',
  haccp: 'day',
  'nen-3140': 'day',
  'f-gassen': 'short',
  'big-registratie': 'long',
  lascertificaat: 'short',
  'schiphol-pas': 'short',
  boa: 'short',
  'apk-keurmeester': 'short',
  'ehbo-kinderen': 'day',
  'nt2-b1': 'short',
  'nt2-b2': 'short',
};

/** One bit per certificate key (32 keys fit an unsigned 32-bit mask). */
export function certificateBit(key: CertificateKey): number {
  return (1 << certificateKeys.indexOf(key)) >>> 0;
}

export function certificateMask(keys: readonly CertificateKey[]): number {
  let m = 0;
  for (const k of keys) m = (m | certificateBit(k)) >>> 0;
  return m;
}

export function keysOfMask(mask: number): CertificateKey[] {
  return certificateKeys.filter((_, i) => ((mask >>> i) & 1) === 1);
}

/**
 * What a person evidently holds besides what they named: a larger driving licence includes B (and
 * C includes what BE allows for a car), and someone who travels to work by car drives one.
 */
export function impliedCertificates(held: readonly CertificateKey[], travelsByCar: boolean): CertificateKey[] {
  const out = new Set<CertificateKey>(held);
  if (travelsByCar) out.add('rijbewijs-b');
  for (const k of held) if (k === 'rijbewijs-c' || k === 'rijbewijs-ce' || k === 'rijbewijs-d') out.add('rijbewijs-b');
  if (out.has('rijbewijs-ce')) out.add('rijbewijs-c');
  if (out.has('vca-vol')) out.add('vca-basis');
  return [...out];
}
