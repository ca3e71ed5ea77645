import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Context } from '../../context.ts';
import type { VacancyRepository } from '../../store/ports.ts';

/**
 * The matching catalog keeps vacancies without their description (at national scale the descriptions
 * are a third of its memory, and scoring never reads them), so a match's vacancy comes without one. This
 * loads the descriptions a response asks for from the store: every id asked in the same tick in one
 * `getMany`, each id once per request.
 */
export function descriptionLoader(vacancies: Pick<VacancyRepository, 'getMany'>): (id: string) => Promise<string> {
  const loaded = new Map<string, Promise<string>>();
  let batch: Map<string, { resolve(d: string): void; reject(e: unknown): void }> | null = null;
  const flush = async (ids: Map<string, { resolve(d: string): void; reject(e: unknown): void }>) => {
    try {
      const found = new Map((await vacancies.getMany([...ids.keys()])).map((v) => [v.id, v.description]));
      for (const [id, waiting] of ids) waiting.resolve(found.get(id) ?? '');
    } catch (error) {
      for (const waiting of ids.values()) waiting.reject(error);
    }
  };
  return (id) => {
    let p = loaded.get(id);
    if (!p) {
      if (!batch) {
        const current = new Map<string, { resolve(d: string): void; reject(e: unknown): void }>();
        batch = current;
        queueMicrotask(() => {
          batch = null;
          void flush(current);
        });
      }
      const into = batch;
      p = new Promise<string>((resolve, reject) => into.set(id, { resolve, reject }));
      loaded.set(id, p);
    }
    return p;
  };
}

/** A vacancy's description: its own, or (for one from the matching catalog) the store's. */
export function descriptionOf(v: Vacancy, ctx: Context): string | Promise<string> {
  if (v.description !== '') return v.description;
  ctx.vacancyDescriptions ??= descriptionLoader(ctx.deps.store.vacancies);
  return ctx.vacancyDescriptions(v.id);
}
