import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';

/**
 * A vacancy as schema.org JobPosting JSON-LD: the fields job boards and search engines read (title, description,
 * datePosted, validThrough, hiringOrganization, jobLocation with a postal address, employmentType, baseSalary
 * when known, how to apply), plus a few Werkbrug properties under the `werkbrug:` prefix (hours, contract,
 * level, ESCO occupation and skills) so that our own feed imports back without loss (job-posting-import.ts).
 * One home for the mapping: the vacancy page, the feed and the tests use this function.
 */
export type JobPosting = Record<string, unknown>;

/** Google's employment types; a contract can be several at once (part-time and temporary). */
export function employmentTypes(v: Pick<Vacancy, 'contractType' | 'hoursMax'>): string[] {
  const time = v.hoursMax >= 36 ? 'FULL_TIME' : 'PART_TIME';
  switch (v.contractType) {
    case 'vast':
      return [time];
    case 'tijdelijk':
    case 'uitzend':
      return [time, 'TEMPORARY'];
    case 'oproep':
      return ['PER_DIEM'];
    case 'bbl':
      // A BBL learn-work job is paid work with school one day a week: no schema.org type says that.
      return [time, 'OTHER'];
  }
}

export function jobPostingContext(publicUrl: string): unknown[] {
  return ['https://schema.org/', { werkbrug: `${publicUrl}/ns#` }];
}

export function toJobPosting(
  v: Vacancy,
  taxonomy: Pick<Taxonomy, 'occupationByUri' | 'skillByUri'>,
  publicUrl: string,
) {
  const occupation = taxonomy.occupationByUri.get(v.occupationUri);
  const page = `${publicUrl}/vacatures/${encodeURIComponent(v.id)}`;
  const skill = (uri: string) => ({
    '@type': 'DefinedTerm',
    name: taxonomy.skillByUri.get(uri)?.labelNl ?? uri,
    termCode: uri,
    inDefinedTermSet: 'https://esco.ec.europa.eu/',
  });
  const apply = v.application;
  return {
    '@context': jobPostingContext(publicUrl),
    '@type': 'JobPosting',
    '@id': page,
    url: page,
    identifier: { '@type': 'PropertyValue', name: 'Werkbrug', value: v.id },
    title: v.title,
    description: v.description,
    datePosted: v.postedAt,
    validThrough: v.validThrough,
    employmentType: employmentTypes(v),
    hiringOrganization: { '@type': 'Organization', name: v.employerName, identifier: v.employerId },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(v.location.address ? { streetAddress: v.location.address } : {}),
        postalCode: v.location.postcode,
        addressLocality: v.location.place,
        addressRegion: 'Noord-Holland',
        addressCountry: 'NL',
      },
      geo: { '@type': 'GeoCoordinates', latitude: v.location.lat, longitude: v.location.lon },
    },
    ...(v.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              minValue: v.salary.min,
              maxValue: v.salary.max,
              unitText: v.salary.period === 'uur' ? 'HOUR' : 'MONTH',
            },
          },
        }
      : {}),
    workHours: v.hoursMin === v.hoursMax ? `${v.hoursMin} uur per week` : `${v.hoursMin}-${v.hoursMax} uur per week`,
    occupationalCategory: occupation
      ? [
          { '@type': 'CategoryCode', codeValue: occupation.isco08, inCodeSet: 'ISCO-08', name: occupation.labelNl },
          { '@type': 'CategoryCode', codeValue: occupation.uri, inCodeSet: 'ESCO', name: occupation.labelNl },
        ]
      : [{ '@type': 'CategoryCode', codeValue: v.occupationUri, inCodeSet: 'ESCO' }],
    skills: v.essentialSkills.map(skill),
    ...(apply
      ? {
          directApply: false,
          applicationContact: {
            '@type': 'ContactPoint',
            contactType: 'sollicitaties',
            ...(apply.contactName ? { name: apply.contactName } : {}),
            ...(apply.email ? { email: apply.email } : {}),
            ...(apply.phone ? { telephone: apply.phone } : {}),
            ...(apply.url ? { url: apply.url } : {}),
          },
        }
      : {}),
    ...(v.trainingOffered ? { 'werkbrug:trainingOffered': v.trainingOffered } : {}),
    ...(v.salary?.caoScale ? { 'werkbrug:caoScale': v.salary.caoScale } : {}),
    'werkbrug:contractType': v.contractType,
    'werkbrug:hoursMin': v.hoursMin,
    'werkbrug:hoursMax': v.hoursMax,
    'werkbrug:nlqfLevel': v.nlqfLevel,
    'werkbrug:garantiebaan': v.garantiebaan,
    'werkbrug:openToStarters': v.openToStarters,
    'werkbrug:requiredCertificates': v.requiredCertificates,
    'werkbrug:optionalSkills': v.optionalSkills,
  } satisfies JobPosting;
}
