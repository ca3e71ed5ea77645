import { describe, expect, it } from 'vitest';
import { listParts } from './lists.ts';

describe('several skills typed in one field', () => {
  it('splits on commas, slashes, plus, ampersands and the words en/and/of', () => {
    expect(listParts('kassa en klantcontact')).toEqual(['kassa', 'klantcontact']);
    expect(listParts('lassen, slijpen')).toEqual(['lassen', 'slijpen']);
    expect(listParts('heftruck/reachtruck')).toEqual(['heftruck', 'reachtruck']);
    expect(listParts('Word & Excel')).toEqual(['Word', 'Excel']);
  });

  it('leaves a single skill alone', () => {
    expect(listParts('kassa bedienen')).toBeUndefined();
    expect(listParts('engels')).toBeUndefined();
  });
});
