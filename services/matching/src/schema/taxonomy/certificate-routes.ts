import { certificateKeys } from '@werkbrug/shared/schemas/certificate';
import { certificateRoutes } from '../../matching/model/certificate-routes.ts';
import { builder } from '../builder.ts';
import { CertificateType } from './certificate.ts';

const CertificateRouteEnum = builder.enumType('CertificateRoute', {
  description: 'How long it takes to get a certificate: what lacking one costs a match.',
  values: {
    DAY: { value: 'day', description: 'A day or two (VCA Basis, BHV, heftruck).' },
    SHORT: { value: 'short', description: 'Weeks to months (rijbewijs C, beveiliger diploma).' },
    LONG: { value: 'long', description: 'Years of study (BIG registration).' },
  } as const,
});

builder.objectFields(CertificateType, (t) => ({
  route: t.field({
    type: CertificateRouteEnum,
    description: 'How long it takes to get.',
    resolve: (k) => certificateRoutes[k],
  }),
}));

builder.queryFields((t) => ({
  certificates: t.field({
    type: [CertificateType],
    description: 'Every certificate a profile can hold and a vacancy can require.',
    authScopes: { public: true },
    resolve: () => [...certificateKeys],
  }),
}));
