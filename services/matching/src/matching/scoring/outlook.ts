import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { Model } from '../model/model.ts';
import type { Situation } from '../profile/situation.ts';
import { outlookValue, steering as cfg } from '../weights.ts';

/**
 * The outlook and steering modulators per sector for one person, read at request time (an admin's
 * change of a sector's outlook counts at once):
 * - outlook: growing > stable > shrinking, except in a sector the person wants (a wish) or, when they
 *   said they want to stay, their own field: there the person's choice stands;
 * - steering (policy): someone from a shrinking sector who has not said they want to stay (and is not
 *   in the Banenafspraak) gets every shrinking sector lowered, and stable ones less, unless they wish
 *   for it; someone who said they want to leave their field gets its vacancies lowered. Null when
 *   neither applies.
 */
export function outlookTable(model: Model, sit: Situation): { outlook: Float64Array; steering: Float64Array | null } {
  const outlook = new Float64Array(sectorKeys.length);
  const steer = sit.fromShrinking && sit.stayInField !== true && !sit.banenafspraak;
  const leave = sit.stayInField === false && sit.ownSectors !== 0;
  const steering = steer || leave ? new Float64Array(sectorKeys.length).fill(1) : null;
  sectorKeys.forEach((key, i) => {
    const o = sectorOutlook(model, key);
    const bit = 1 << i;
    const wished = (sit.wishSectors & bit) !== 0;
    const stays = sit.stayInField === true && (sit.ownSectors & bit) !== 0;
    outlook[i] = wished || stays ? 1 : outlookValue[o];
    if (steering === null) return;
    if (steer && !wished && o !== 'growing') steering[i] = o === 'shrinking' ? cfg.shrinking : cfg.stable;
    if (leave && (sit.ownSectors & bit) !== 0 && !wished) steering[i] = Math.min(steering[i]!, cfg.leaveField);
  });
  return { outlook, steering };
}

export function sectorOutlook(model: Model, key: (typeof sectorKeys)[number]): Outlook {
  return model.taxonomy.sectorByKey.get(key)?.outlook ?? 'stable';
}
