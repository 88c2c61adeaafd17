import type { ContinuumLevel } from '../continuum-content.js';
import type { ContinuumText } from '../continuum-check.state.js';

/** A level's name in words ("Consultation"), "nothing yet" for 0, "not concerned" for `null`. */
export function levelName(t: ContinuumText, level: ContinuumLevel | null): string {
  if (level === null) return t.notConcernedShort;
  return level === 0 ? t.content.noLevel : t.content.levels[level].name;
}
