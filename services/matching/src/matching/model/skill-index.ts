import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';

/**
 * Skill URIs as small integers, so that skill sets become index lists and a person's skills a
 * Float32Array. Taxonomy skills take 0..n-1 in taxonomy order; a URI the taxonomy does not know (a
 * vacancy imported with a newer ESCO skill) is appended, so it still counts as a requirement.
 */
export class SkillIndex {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  /** Skills known to the taxonomy: indices below this have labels, groups and relatedness. */
  readonly taxonomySize: number;

  constructor(taxonomy: Taxonomy) {
    for (const s of taxonomy.skills) this.intern(s.uri);
    this.taxonomySize = this.list.length;
  }

  intern(uri: string): number {
    let id = this.ids.get(uri);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(uri, id);
      this.list.push(uri);
    }
    return id;
  }

  get(uri: string): number | undefined {
    return this.ids.get(uri);
  }

  uri(id: number): string {
    const u = this.list[id];
    if (u === undefined) throw new Error(`Unknown skill index ${id}`);
    return u;
  }

  get size(): number {
    return this.list.length;
  }
}
