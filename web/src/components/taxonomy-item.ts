/** An occupation or skill someone chose, with both labels (Dutch falls back to English where none is written). */
export interface TaxonomyItem {
  uri: string;
  labelNl: string;
  labelEn: string;
}
