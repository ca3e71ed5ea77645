import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createReader } from './reader.ts';
import type { Reading } from './types.ts';

const taxonomy = loadTaxonomy();
const reader = createReader(taxonomy);
const label = (uri: string) => taxonomy.occupationByUri.get(uri)?.labelNl ?? taxonomy.skillByUri.get(uri)?.labelNl;
const read = (r: Reading) => (r.status === 'read' ? (r.kind === 'certificate' ? r.key : label(r.uri)) : undefined);
const title = (text: string) => read(reader.title(text));
const skill = (text: string) => read(reader.skill(text));

describe('reading typed skills, round 2', () => {
  it('reads a typo of a curated phrase as that phrase, at the score of one typo', () => {
    const p = reader.skill('powerpoimt');
    expect(p.status === 'read' && p.kind === 'skill' && p.uri).toBe(
      'http://data.europa.eu/esco/skill/234aeb8d-56c3-4531-9193-1c5e6a8d16cb',
    );
    const r = reader.skill('stressbestendgi');
    expect(r.status === 'read' && r.kind === 'skill' && r.score).toBe(0.9);
  });

  it('does not take a real word for a typo of a phrase', () => {
    expect(reader.skill('melken').status).toBe('unread');
  });

  it('reads the broadest of equally good labels, and asks when none is broader', () => {
    expect(reader.skill('make-up').status).toBe('read');
    expect(reader.skill('oogsten').status).toBe('unread');
  });
});

describe('reading typed job titles', () => {
  it('reads the titles the issue found unread, with employer and place words as sector hints', () => {
    expect(title('stewardess KLM')).toBe('cabinemedewerker');
    expect(title('operator hoogovens')).toBe('bediener hoogovens');
    expect(title('bagage medewerker schiphol')).toBe('bagagemedewerker');
    expect(title('lichttechnicus')).toBe('lichttechnicus');
    expect(title('fotograaf')).toBe('fotograaf');
    expect(reader.title('stewardess KLM').sector).toBe('aviation');
  });

  it('handles typos, missing spaces, accents, case, female forms and English titles', () => {
    expect(title('stewardes')).toBe('cabinemedewerker');
    expect(title('buschaufeur')).toBe('buschauffeur');
    expect(title('licht technicus')).toBe('lichttechnicus');
    expect(title('HOTELCONCIERGE')).toBe('hotelconciërge');
    expect(title('welder')).toBe('lasser');
    expect(title('cook')).toBe('kok');
  });

  it('asks with ranked suggestions instead of picking silently when a word is too generic', () => {
    const r = reader.title('procesoperator');
    expect(r.status).toBe('unread');
    if (r.status === 'unread') {
      expect(r.suggestions.length).toBeGreaterThanOrEqual(3);
      const scores = r.suggestions.map((s) => s.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
    expect(reader.title('medewerker').status).toBe('unread');
  });

  it('returns gibberish and empty text unread, never as a reading', () => {
    expect(reader.title('qqqqxxxx').status).toBe('unread');
    expect(reader.title('  ').status).toBe('unread');
  });

  it('uses the employer to settle a question whose readings lie in different sectors', () => {
    const plain = reader.title('kraanmachinist');
    const atTata = reader.title('kraanmachinist tata');
    if (plain.status === 'unread') expect(atTata.status === 'read' || atTata.suggestions.length > 0).toBe(true);
    expect(atTata.sector).toBe('steel');
  });
});

describe('reading typed skills and certificates', () => {
  it('reads certificates and licences as certificates, not skills', () => {
    expect(skill('heftruckcertificaat')).toBe('heftruck');
    expect(skill('VCA')).toBe('vca-basis');
    expect(skill('rijbewijs C')).toBe('rijbewijs-c');
    expect(skill('code 95')).toBe('code-95');
  });

  it('reads the skills the issue found misread through the curated phrases', () => {
    expect(skill('kassa')).toBe('kassa bedienen');
    expect(skill('stressbestendig')).not.toBeUndefined();
  });

  it('asks when a Dutch word names several skills equally, the broad ones first', () => {
    // "training" is a later synonym of two narrow skills; neither is what most people mean.
    expect(reader.skill('training').status).toBe('unread');
    const r = reader.skill('duurzaamheid');
    expect(r.status).toBe('unread');
    if (r.status === 'unread') expect(taxonomy.skillByUri.get(r.suggestions[0]!.uri)?.reuse).toBe('transversal');
  });

  it('reads the skill inside framing words, and suggests something for a near miss', () => {
    expect(skill('ervaring met kassa')).toBe('kassa bedienen');
    expect(skill('Engels vloeiend')).toBe(skill('Engels'));
    const typo = reader.skill('exel');
    expect(typo.status).toBe('unread');
    if (typo.status === 'unread')
      expect(typo.suggestions.map((s) => label(s.uri))).toContain('spreadsheetsoftware gebruiken');
  });

  it('asks rather than reads a near skill label that means something else', () => {
    // "klachten van klanten behandelen" is near in words, not in meaning; "mensen" is no typo of "messen".
    expect(reader.skill('omgaan met klanten').status).toBe('unread');
    expect(reader.skill('met mensen werken').status).toBe('unread');
  });

  it('reports every skill it cannot read', () => {
    expect(reader.skill('qqqqxxxx').status).toBe('unread');
  });
});
