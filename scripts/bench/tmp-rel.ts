import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { buildRelatedness, similarity } from '../../services/matching/src/matching/relatedness.ts';
import { buildTransitions } from '../../services/matching/src/matching/transitions.ts';
const t = loadTaxonomy();
const rel = buildRelatedness(t);
const tr = buildTransitions(t, rel);
const oi = (l: string) => t.occupations.findIndex((o) => o.labelNl === l);
const pairs = [['gieter metaal', 'lasser'], ['gieter metaal', 'monteur industriële machines'], ['kraanbestuurder fabriek', 'heftruckchauffeur'], ['kraanbestuurder fabriek', 'metselaar'], ['cabinemedewerker', 'zorghulp'], ['cabinemedewerker', 'beveiliger'], ['cabinemedewerker', 'orderpicker'], ['kassamedewerker', 'verkoopmedewerker'], ['keukenhulp', 'medewerker huishoudelijke dienst'], ['keukenhulp', 'orderpicker'], ['kok', 'keukenhulp'], ['bediener hoogovens', 'lasser']];
for (const [a, b] of pairs) console.log(a, '->', b, tr.sim[oi(a!) * tr.size + oi(b!)]!.toFixed(3));
const idx = new Map(t.skills.map((s, i) => [s.uri, i]));
const g = t.skillsOf(t.occupations[oi('gieter metaal')]!.uri).essential.map((u) => idx.get(u)!);
const l = [...t.skillsOf(t.occupations[oi('lasser')]!.uri).essential].map((u) => idx.get(u)!);
console.log('gieter:', g.map((i) => t.skills[i]!.labelNl).join(' | '));
console.log('lasser:', l.map((i) => t.skills[i]!.labelNl).join(' | '));
const k = t.skillsOf(t.occupations[oi('kraanbestuurder fabriek')]!.uri).essential.map((u) => idx.get(u)!);
console.log('kraan:', k.map((i) => t.skills[i]!.labelNl).join(' | '));
const h = t.skillsOf(t.occupations[oi('heftruckchauffeur')]!.uri).essential.map((u) => idx.get(u)!);
console.log('heftruck:', h.map((i) => t.skills[i]!.labelNl).join(' | '));
let n = 0; for (let i = 0; i < rel.start.length - 1; i++) n += rel.start[i + 1]! - rel.start[i]!; console.log('avg neighbours', n / (rel.start.length - 1));
for (const lab of ['technologieën voor het verbinden van metalen', 'metaal gieten', 'metaal bewerken', 'kranen bedienen']) {
  const i = t.skills.findIndex((s) => s.labelNl === lab);
  const out = []; for (let k = rel.start[i]!; k < rel.start[i + 1]!; k++) out.push(`${t.skills[rel.to[k]!]!.labelNl} ${rel.weight[k]!.toFixed(2)}`);
  console.log('#', lab, JSON.stringify(t.skills[i]!.altLabelsEn), '=>', out.join('; '));
}
