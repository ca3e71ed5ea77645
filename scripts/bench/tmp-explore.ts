import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
const t = loadTaxonomy();
const stop = new Set('de het een en van in op met voor aan te of bij om door naar over uit als the a an and of to in on for with by or at from as into their own others other'.split(' '));
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const stem = (w: string) => w.length > 5 ? w.replace(/(ingen|ing|en|es|ed|s|e)$/,'') : w;
const tok = (s: string) => fold(s).split(/[^a-z0-9]+/).filter(w => w.length > 1 && !stop.has(w)).map(stem);
const docs = t.skills.map(s => { const m = new Map<string, number>(); const add = (txt: string, w: number) => { for (const x of tok(txt)) m.set(x, Math.max(m.get(x) ?? 0, w)); }; add(s.labelNl, 1); add(s.labelEn, 1); for (const x of s.synonymsNl) add(x, 0.8); for (const x of s.altLabelsEn) add(x, 0.6); return m; });
const df = new Map<string, number>(); for (const d of docs) for (const k of d.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const N = docs.length;
const vecs = docs.map(d => { const v = new Map<string, number>(); let n = 0; for (const [k, w] of d) { const x = w * Math.log(N / df.get(k)!); v.set(k, x); n += x * x; } n = Math.sqrt(n); for (const [k, x] of v) v.set(k, x / n); return v; });
const inv = new Map<string, number[]>(); vecs.forEach((v, i) => { for (const k of v.keys()) (inv.get(k) ?? inv.set(k, []).get(k)!).push(i); });
function nb(i: number) { const acc = new Map<number, number>(); for (const [k, x] of vecs[i]!) for (const j of inv.get(k)!) if (j !== i) acc.set(j, (acc.get(j) ?? 0) + x * vecs[j]!.get(k)!); return [...acc].sort((a, b) => b[1] - a[1]); }
const ci = t.occupations.find(o => o.labelNl === 'cabinemedewerker')!;
const idx = new Map(t.skills.map((s, i) => [s.uri, i]));
for (const s of t.skillsOf(ci.uri).essential.slice(0, 14)) { const i = idx.get(s)!; console.log(t.skills[i]!.labelNl, '->', nb(i).slice(0, 6).map(([j, x]) => `${t.skills[j]!.labelNl}(${t.skills[j]!.group}) ${x.toFixed(2)}`).join('; ')); }
