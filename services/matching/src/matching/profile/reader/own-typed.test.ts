import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createReader } from './reader.ts';
import type { Reading } from './types.ts';

/**
 * Forty titles and skills written for this test, as people type them (typos, joined and split
 * compounds, employer and place words, female forms, English), with the readings a werkadviseur
 * accepts. Written before the reader was tuned, and independent of the quality set in test/quality.
 * What counts, as in the issue: read as an accepted reading, or asked with an accepted suggestion;
 * a confident misreading is the one outcome that must not happen.
 */
const titles: [typed: string, accepted: string[]][] = [
  ['heftruck chauffeur', ['heftruckchauffeur']],
  ['vrachtwagen chauffeur CE', ['vrachtwagenchauffeur']],
  ['schoonmaakster kantoren', ['schoonmaker gebouwen']],
  ['kapster', ['kapper']],
  ['timmerman bouw', ['timmerman']],
  ['loodgieter', ['loodgieter']],
  ['elektricien woningen', ['monteur elektrische installaties woningbouw', 'monteur elektrische installaties']],
  ['receptioniste hotel', ['horecavestigingsreceptionist', 'receptionist']],
  ['magazijn medewerker', ['magazijnmedewerker', 'pakhuismedewerker']],
  ['verkoopster kleding', ['verkoopmedewerker', 'winkelmedewerker']],
  ['vakken vuller jumbo', ['schappenvuller']],
  ['schilder', ['schilder bouw']],
  ['doktersassistente', ['doktersassistent']],
  ['tandarts assistente', ['tandartsassistent']],
  ['bakker', ['bakker', 'bakkerijmedewerker']],
  ['postbezorger', ['postbode']],
  ['taxi chauffeur', ['taxichauffeur']],
  ['verzorgende IG', ['thuiszorgmedewerker']],
  ['leidster kinderopvang', ['medewerker kinderdagverblijf']],
  ['administratief medewerkster', ['administratief medewerker']],
  ['boekhoudster', ['boekhouder', 'assistent-boekhouder']],
  ['callcenter agent', ['callcentermedewerker', 'medewerker klantencontactcentrum']],
  ['hovenier', ['hovenier', 'medewerker groenvoorziening/medewerkster groenvoorziening']],
  ['beveiliger schiphol', ['beveiliger luchthaven', 'beveiliger']],
  ['glazenwasser', ['glazenwasser']],
  ['metselaar', ['metselaar']],
  ['dakdekker', ['dakdekker']],
  ['barista', ['barista']],
  ['fysiotherapeute', ['fysiotherapeut']],
  ['apotheker assistente', ['apothekersassistent']],
];

const skills: [typed: string, accepted: string[]][] = [
  ['heftruck rijden', ['heftruck besturen', 'certificate:heftruck']],
  ['klantgericht', ['klantgericht werken', 'klantenservice', 'communiceren met klanten']],
  ['roosters maken', ['diensten inroosteren', 'diensten van werknemers plannen', 'planning maken']],
  ['excel', ['spreadsheetsoftware gebruiken', 'Microsoft Office gebruiken']],
  ['zwaar tillen', ['zware lasten tillen', 'voorwerpen tillen en dragen', 'voorwerpen tillen en verplaatsen']],
  ['kassa bedienen', ['kassa bedienen', 'kassa beheren', 'de kassa beheren']],
  ['telefoon aannemen', ['inkomende gesprekken beantwoorden']],
  ['bestellingen opnemen', ['bestellingen van eten en drinken opnemen', 'orders aannemen']],
  ['wondverzorging', ['wondzorg uitvoeren']],
  ['timmeren', ['timmerwerk', 'houtelementen verbinden', 'houten elementen in constructies plaatsen']],
];

const taxonomy = loadTaxonomy();
const reader = createReader(taxonomy);
const name = (uri: string) =>
  uri.startsWith('certificate:')
    ? uri
    : (taxonomy.occupationByUri.get(uri)?.labelNl ?? taxonomy.skillByUri.get(uri)?.labelNl ?? uri);

type Outcome = 'read right' | 'asked right' | 'asked wrong' | 'misread';
function outcome(r: Reading, accepted: string[]): Outcome {
  if (r.status === 'read') {
    const uri = r.kind === 'certificate' ? `certificate:${r.key}` : r.uri;
    return accepted.includes(name(uri)) ? 'read right' : 'misread';
  }
  return r.suggestions.some((s) => accepted.includes(name(s.uri))) ? 'asked right' : 'asked wrong';
}

describe('titles and skills of our own, as people type them', () => {
  it('has forty items whose accepted readings exist in the taxonomy', () => {
    expect(titles.length + skills.length).toBe(40);
    const known = new Set([...taxonomy.occupations.map((o) => o.labelNl), ...taxonomy.skills.map((s) => s.labelNl)]);
    for (const [, accepted] of [...titles, ...skills])
      expect(accepted.some((a) => known.has(a) || a.startsWith('certificate:'))).toBe(true);
  });

  for (const [kind, items] of [
    ['title', titles],
    ['skill', skills],
  ] as const)
    it(`never misreads a typed ${kind}, and reads or asks right`, () => {
      const got = items.map(([typed, accepted]) => {
        const r = kind === 'title' ? reader.title(typed) : reader.skill(typed);
        return { typed, outcome: outcome(r, accepted) };
      });
      expect(got.filter((g) => g.outcome === 'misread')).toEqual([]);
      expect(got.filter((g) => g.outcome === 'asked wrong')).toEqual([]);
      // Most are plain enough to be read outright, not asked.
      expect(got.filter((g) => g.outcome === 'read right').length).toBeGreaterThanOrEqual(items.length * 0.8);
    });
});
