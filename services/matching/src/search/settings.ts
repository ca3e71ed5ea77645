/**
 * One description of each index, used by both engines: the embedded engine's schema and
 * Meilisearch's index settings are derived from it, so they cannot drift apart.
 */
export interface IndexDefinition {
  name: 'vacancies' | 'courses' | 'skills' | 'occupations';
  primaryKey: 'id';
  /** In order of importance (Meilisearch's attribute ranking rule reads the order). */
  searchable: { field: string; weight: number }[];
  filterable: { field: string; kind: 'keyword' | 'keywords' | 'number' | 'boolean' }[];
  sortable: string[];
  geo: boolean;
}

export const vacancyIndex: IndexDefinition = {
  name: 'vacancies',
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'occupationLabels', weight: 8 },
    { field: 'skillLabels', weight: 4 },
    { field: 'employerName', weight: 3 },
    { field: 'place', weight: 2 },
    { field: 'description', weight: 1 },
  ],
  filterable: [
    { field: 'sector', kind: 'keyword' },
    { field: 'outlook', kind: 'keyword' },
    { field: 'municipality', kind: 'keyword' },
    { field: 'occupationUri', kind: 'keyword' },
    { field: 'employerId', kind: 'keyword' },
    { field: 'contractType', kind: 'keyword' },
    { field: 'level', kind: 'number' },
    { field: 'hoursMin', kind: 'number' },
    { field: 'hoursMax', kind: 'number' },
    { field: 'garantiebaan', kind: 'boolean' },
    { field: 'bbl', kind: 'boolean' },
    { field: 'salaryMonthly', kind: 'number' },
    { field: 'postedDay', kind: 'number' },
  ],
  sortable: ['postedDay', 'salaryMonthly', 'level'],
  geo: true,
};

export const courseIndex: IndexDefinition = {
  name: 'courses',
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'skillLabels', weight: 5 },
    { field: 'occupationLabels', weight: 5 },
    { field: 'providerName', weight: 3 },
    { field: 'description', weight: 1 },
  ],
  filterable: [
    { field: 'providerId', kind: 'keyword' },
    { field: 'providerName', kind: 'keyword' },
    { field: 'mode', kind: 'keyword' },
    { field: 'level', kind: 'number' },
    { field: 'durationWeeks', kind: 'number' },
    { field: 'priceAfterFunding', kind: 'number' },
    { field: 'funding', kind: 'keywords' },
    { field: 'kind', kind: 'keyword' },
    { field: 'skillUris', kind: 'keywords' },
    { field: 'occupationUris', kind: 'keywords' },
    { field: 'firstStartDay', kind: 'number' },
  ],
  sortable: ['price', 'priceAfterFunding', 'durationWeeks', 'firstStartDay'],
  geo: true,
};

export const skillIndex: IndexDefinition = {
  name: 'skills',
  primaryKey: 'id',
  searchable: [
    { field: 'labelNl', weight: 10 },
    { field: 'synonymsNl', weight: 8 },
    { field: 'labelEn', weight: 6 },
    { field: 'altLabelsEn', weight: 4 },
  ],
  filterable: [],
  sortable: ['popularity'],
  geo: false,
};

export const occupationIndex: IndexDefinition = {
  name: 'occupations',
  primaryKey: 'id',
  searchable: [
    { field: 'labelNl', weight: 10 },
    { field: 'altLabelsNl', weight: 8 },
    { field: 'labelEn', weight: 6 },
  ],
  filterable: [{ field: 'sector', kind: 'keyword' }],
  sortable: [],
  geo: false,
};
