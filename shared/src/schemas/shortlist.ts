import { z } from 'zod';
import { entityId, isoDateTime, shortText } from './common.ts';
import { profileId } from './profile.ts';

export const shortlistItemStatuses = ['voorgesteld', 'gesolliciteerd', 'gesprek', 'aangenomen', 'afgewezen'] as const;
export const shortlistItemStatus = z.enum(shortlistItemStatuses);
export type ShortlistItemStatus = z.infer<typeof shortlistItemStatus>;

export const shortlistItemKinds = ['vacancy', 'course'] as const;

export const shortlistItemSchema = z.object({
  id: entityId('sli'),
  kind: z.enum(shortlistItemKinds),
  /** The vacancy or course id. */
  refId: z.string().max(72),
  note: z.string().max(1000, { message: 'De notitie is te lang (hoogstens 1000 tekens).' }),
  status: shortlistItemStatus,
  position: z.number().int().min(0),
  addedAt: isoDateTime,
});
export type ShortlistItem = z.infer<typeof shortlistItemSchema>;

export const shortlistSchema = z.object({
  id: entityId('shl'),
  name: shortText(1, 100, 'De naam van de lijst'),
  /** The user (adviser or jobseeker) who owns the list. */
  ownerId: z.string(),
  /** The person the list is for. */
  profileId,
  sharedWithJobseeker: z.boolean(),
  items: z.array(shortlistItemSchema).max(200),
  version: z.number().int().min(1),
  updatedAt: isoDateTime,
});
export type Shortlist = z.infer<typeof shortlistSchema>;
