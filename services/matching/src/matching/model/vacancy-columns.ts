import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { SkillIndex } from './skill-index.ts';
import { SlotLists } from './slot-lists.ts';
import { dayNumber } from './days.ts';
import { unitVector } from '@werkbrug/shared/region/geo';
import { certificateMask } from './certificate-routes.ts';
import { cellKey } from './geo-cells.ts';
import { certificatesByLaw } from './occupation-certificates.ts';
import { arrangedWhenHired } from '@werkbrug/shared/schemas/certificate';

const arrangedOnHire = certificateMask([...arrangedWhenHired]);

/** employerTrains: BBL or training offered; bbl: the contract is a BBL learn-work job; starters: no experience needed. */
export const vacancyFlags = { garantiebaan: 1, employerTrains: 2, bbl: 4, starters: 8 } as const;

/**
 * Open vacancies as columns: one typed array per attribute the scoring loop reads, indexed by slot.
 * Slots of removed vacancies are reused, so the arrays do not grow with churn.
 */
export class VacancyColumns {
  ids: (string | undefined)[] = [];
  docs: (Vacancy | undefined)[] = [];
  alive = new Uint8Array(0);
  validUntil = new Int32Array(0);
  /** The location as a unit vector (see geo.ts): distances in the loop need no trigonometry. */
  x = new Float64Array(0);
  y = new Float64Array(0);
  z = new Float64Array(0);
  hoursMin = new Uint8Array(0);
  hoursMax = new Uint8Array(0);
  level = new Uint8Array(0);
  sector = new Uint8Array(0);
  contract = new Uint8Array(0);
  flags = new Uint8Array(0);
  occupation = new Int16Array(0);
  /** Coarse place (geo-cells.ts): the scan skips vacancies in cells out of reach with one look-up. */
  cell = new Uint16Array(0);
  /**
   * Certificates to hold before applying, as a bitmask: those the employer lists and those the occupation
   * needs by law, less what the employer arranges when hiring (VOG, Schipholpas: `arrangedWhenHired`), which
   * is neither a minus for the person nor something a course gives.
   */
  certificates = new Uint32Array(0);
  readonly essential = new SlotLists();
  readonly optional = new SlotLists();
  /** Slots in use are below this; the loop runs to here. */
  highWater = 0;
  readonly slotById = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly occupationIndex: ReadonlyMap<string, number>;
  private readonly byLaw: Uint32Array;

  constructor(
    taxonomy: Taxonomy,
    private readonly skills: SkillIndex,
  ) {
    this.occupationIndex = new Map(taxonomy.occupations.map((o, i) => [o.uri, i]));
    this.byLaw = Uint32Array.from(taxonomy.occupations, (o) => certificateMask(certificatesByLaw(o)));
  }

  get count(): number {
    return this.slotById.size;
  }

  upsert(v: Vacancy): void {
    // The read model holds open vacancies only; closing one is a removal.
    if (v.status !== 'open') {
      this.remove(v.id);
      return;
    }
    let slot = this.slotById.get(v.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.highWater++;
      this.ensure(slot + 1);
      this.slotById.set(v.id, slot);
    }
    const essential = [...new Set(v.essentialSkills.map((u) => this.skills.intern(u)))];
    const optional = [...new Set(v.optionalSkills.map((u) => this.skills.intern(u)))].filter(
      (s) => !essential.includes(s),
    );
    this.ids[slot] = v.id;
    // Without its description: scoring never reads it, and at national scale descriptions are a third of
    // the catalog's memory. The API reads it from the store when a response asks (schema/vacancy).
    this.docs[slot] = v.description === '' ? v : { ...v, description: '' };
    this.alive[slot] = 1;
    this.validUntil[slot] = dayNumber(v.validThrough);
    const u = unitVector(v.location.lat, v.location.lon);
    this.x[slot] = u.x;
    this.y[slot] = u.y;
    this.z[slot] = u.z;
    this.cell[slot] = cellKey(v.location.lat, v.location.lon);
    this.hoursMin[slot] = v.hoursMin;
    this.hoursMax[slot] = v.hoursMax;
    this.level[slot] = v.nlqfLevel;
    this.sector[slot] = Math.max(0, sectorKeys.indexOf(v.sector));
    this.contract[slot] = Math.max(0, contractTypes.indexOf(v.contractType));
    this.flags[slot] =
      (v.garantiebaan ? vacancyFlags.garantiebaan : 0) |
      (v.contractType === 'bbl' || v.trainingOffered !== null ? vacancyFlags.employerTrains : 0) |
      (v.contractType === 'bbl' ? vacancyFlags.bbl : 0) |
      (v.openToStarters ? vacancyFlags.starters : 0);
    this.occupation[slot] = this.occupationIndex.get(v.occupationUri) ?? -1;
    const occ = this.occupation[slot]!;
    const required = (certificateMask(v.requiredCertificates ?? []) | (occ >= 0 ? this.byLaw[occ]! : 0)) >>> 0;
    this.certificates[slot] = (required & ~arrangedOnHire) >>> 0;
    this.essential.set(slot, essential);
    this.optional.set(slot, optional);
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotById.delete(id);
    this.alive[slot] = 0;
    this.ids[slot] = undefined;
    this.docs[slot] = undefined;
    this.essential.clear(slot);
    this.optional.clear(slot);
    this.free.push(slot);
  }

  private ensure(capacity: number): void {
    this.essential.ensureSlots(capacity);
    this.optional.ensureSlots(capacity);
    if (capacity <= this.alive.length) return;
    const n = Math.max(capacity, this.alive.length * 2, 64);
    const grow = <T extends Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.alive = grow(this.alive, (k) => new Uint8Array(k));
    this.validUntil = grow(this.validUntil, (k) => new Int32Array(k));
    this.x = grow(this.x, (k) => new Float64Array(k));
    this.y = grow(this.y, (k) => new Float64Array(k));
    this.z = grow(this.z, (k) => new Float64Array(k));
    this.hoursMin = grow(this.hoursMin, (k) => new Uint8Array(k));
    this.hoursMax = grow(this.hoursMax, (k) => new Uint8Array(k));
    this.level = grow(this.level, (k) => new Uint8Array(k));
    this.sector = grow(this.sector, (k) => new Uint8Array(k));
    this.contract = grow(this.contract, (k) => new Uint8Array(k));
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
    this.occupation = grow(this.occupation, (k) => new Int16Array(k));
    this.cell = grow(this.cell, (k) => new Uint16Array(k));
    this.certificates = grow(this.certificates, (k) => new Uint32Array(k));
  }
}
