import { type CertificateKey, certificateKeys, certificateNames } from '@werkbrug/shared/schemas/certificate';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';

/**
 * Certificates, licences and registrations as their own kind (ESCO has no skill for them): profiles hold
 * them, vacancies may require them. Values are the shared keys (`vca-basis` is `VCA_BASIS`).
 */
export const CertificateKeyEnum = builder.enumType('CertificateKey', {
  description: 'A certificate, licence or registration (VCA, BHV, heftruck, rijbewijs C, code 95, VOG, ...).',
  values: enumValues(certificateKeys, (k) => certificateNames[k].en),
});

export const CertificateType = builder.objectRef<CertificateKey>('Certificate').implement({
  description: 'A certificate, licence or registration with its names.',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.field({ type: CertificateKeyEnum, description: 'The key.', resolve: (k) => k }),
    nameNl: t.string({ description: 'Dutch name.', resolve: (k) => certificateNames[k].nl }),
    nameEn: t.string({ description: 'English name.', resolve: (k) => certificateNames[k].en }),
  }),
});

/** `certificate:<key>` (how readings name certificates) as its key, or null. */
export function certificateOf(uri: string): CertificateKey | null {
  const key = uri.startsWith('certificate:') ? uri.slice('certificate:'.length) : '';
  return (certificateKeys as readonly string[]).includes(key) ? (key as CertificateKey) : null;
}

/** The known certificate keys among `keys` (route planning carries them as plain strings). */
export function knownCertificates(keys: readonly string[]): CertificateKey[] {
  return keys.filter((k): k is CertificateKey => (certificateKeys as readonly string[]).includes(k));
}
