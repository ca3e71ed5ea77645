import { type CertificateKey, certificateKeys, certificateNames } from '@werkbrug/shared/schemas/certificate';
import { certificateRoutes } from '../../matching/model/certificate-routes.ts';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';

export const CertificateKeyEnum = builder.enumType('CertificateKey', {
  description:
    'A certificate, licence or registration (VCA, heftruck, rijbewijs C, BIG, ...): its own kind, not a skill.',
  values: enumValues(certificateKeys, (k) => certificateNames[k].en),
});

const CertificateRouteEnum = builder.enumType('CertificateRoute', {
  description: 'How long it takes to get a certificate.',
  values: {
    DAY: { value: 'day', description: 'A day or two (VCA Basis, BHV, heftruck).' },
    SHORT: { value: 'short', description: 'Weeks to months (rijbewijs C, beveiliger diploma).' },
    LONG: { value: 'long', description: 'Years of study (BIG registration).' },
  } as const,
});

export const CertificateType = builder.objectRef<CertificateKey>('Certificate').implement({
  description: 'A certificate, licence or registration, with its names and how long it takes to get.',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.field({ type: CertificateKeyEnum, description: 'Stable key.', resolve: (k) => k }),
    nameNl: t.string({ description: 'Dutch name.', resolve: (k) => certificateNames[k].nl }),
    nameEn: t.string({ description: 'English name.', resolve: (k) => certificateNames[k].en }),
    route: t.field({
      type: CertificateRouteEnum,
      description: 'How long it takes to get.',
      resolve: (k) => certificateRoutes[k],
    }),
  }),
});

builder.queryFields((t) => ({
  certificates: t.field({
    type: [CertificateType],
    description: 'Every certificate a profile can hold and a vacancy can require.',
    authScopes: { public: true },
    resolve: () => [...certificateKeys],
  }),
}));
