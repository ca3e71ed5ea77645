import { describe, expect, it } from 'vitest';
import { stripFraming } from './framing.ts';

describe('framing words around a typed skill', () => {
  it('drops how well or how long, keeps which skill', () => {
    expect(stripFraming('sterk in plannen')).toBe('plannen');
    expect(stripFraming('ervaring met kassa')).toBe('kassa');
    expect(stripFraming('Kennis van Excel')).toBe('excel');
    expect(stripFraming('ik kan goed plannen')).toBe('plannen');
    expect(stripFraming('Engels vloeiend')).toBe('engels');
    expect(stripFraming('Nederlands B1')).toBe('nederlands');
    expect(stripFraming('5 jaar ervaring heftruck')).toBe('heftruck');
    expect(stripFraming('basiskennis van boekhouden')).toBe('boekhouden');
  });

  it('keeps licence categories and words that only look like framing', () => {
    expect(stripFraming('rijbewijs C1')).toBe('rijbewijs c1');
    expect(stripFraming('code 95')).toBe('code 95');
    expect(stripFraming('werkervaring')).toBe('werkervaring');
    expect(stripFraming('ervaring')).toBe('');
  });
});
