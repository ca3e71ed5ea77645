import { certificateNames, type CertificateKey } from '@werkbrug/shared/schemas/certificate';
import { builder } from '../builder.ts';

/** A certificate, licence or registration by its key, with its names (shared/schemas/certificate.ts). */
export const CertificateType = builder.objectRef<string>('Certificate').implement({
  description: 'A certificate, licence or registration (VCA, heftruck, code 95, NT2 B1, ...).',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.string({ description: 'Stable key, e.g. `vca-basis`.', resolve: (k) => k }),
    nameNl: t.string({
      description: 'Dutch name.',
      resolve: (k) => certificateNames[k as CertificateKey]?.nl ?? k,
    }),
    nameEn: t.string({
      description: 'English name.',
      resolve: (k) => certificateNames[k as CertificateKey]?.en ?? k,
    }),
  }),
});
