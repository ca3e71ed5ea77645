import { describe, expect, it } from 'vitest';
import { stemDutch } from './stem-dutch.ts';

describe('stemDutch', () => {
  it.each([
    ['verpleegkundigen', 'verpleegkundige'],
    ['chauffeurs', 'chauffeur'],
    ['vacatures', 'vacature'],
    ['monteurs', 'monteur'],
    ['ontwikkelaars', 'ontwikkelaar'],
    ['opleidingen', 'opleiding'],
    ['vrijheden', 'vrijheid'],
    ['lichamelijke', 'lichamelijk'],
    ['zorghulpen', 'zorghulp'],
    ['bakkers', 'bakker'],
    ['ziektes', 'ziekte'],
  ])('%s has the same stem as %s', (plural, singular) => {
    expect(stemDutch(plural)).toBe(stemDutch(singular));
  });

  it('produces Snowball-style stems', () => {
    expect(stemDutch('chauffeurs')).toBe('chauffeur');
    expect(stemDutch('monteurs')).toBe('monteur');
    expect(stemDutch('verpleegkundige')).toBe('verpleegkund');
    expect(stemDutch('vacature')).toBe('vacatur');
    expect(stemDutch('gezondheid')).toBe('gezond');
    expect(stemDutch('mogelijkheden')).toBe('mogelijk');
    expect(stemDutch('bakken')).toBe('bak'); // undoubling after -en
    expect(stemDutch('maan')).toBe('man'); // vowel undoubling
    expect(stemDutch('lichamelijk')).toBe('licham');
  });

  it('leaves short words and stems alone', () => {
    expect(stemDutch('it')).toBe('it');
    expect(stemDutch('kok')).toBe('kok');
    expect(stemDutch(stemDutch('chauffeurs'))).toBe('chauffeur');
  });

  it('does not strip -en after a vowel or "gem"', () => {
    expect(stemDutch('zeeen')).toBe('zeeen');
    expect(stemDutch('gemen')).toBe('gemen');
  });
});
