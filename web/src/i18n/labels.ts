import type { Messages } from './nl.ts';

/** "Niveau 3 (mbo 3)": the NLQF number the API uses, with the name people know. */
export function levelLabel(t: Messages, level: number): string {
  const name = t.labels.levelName[level];
  return name ? `${t.labels.level(level)} (${name})` : t.labels.level(level);
}
