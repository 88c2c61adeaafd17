// The `self-check` payload: what the team agreed to share, nothing more. Pure, tested.
import type { ActionItem, Answers, ContinuumCheckPayload } from './continuum-check.schema.js';
import { practiceById, type AssessmentResult, type StructureType } from './continuum-scoring.js';
import type { ShareChoices } from './continuum-shell.js';

export { defaultShare, type ShareChoices } from './continuum-shell.js';

export interface PayloadInput {
  answers: Answers;
  result: AssessmentResult;
  assessedAt: string;
  mode: 'individual' | 'consensus';
  respondentRole?: string | undefined;
  /** Sent when given, so that the reader knows whether the ACI level concerns the structure. */
  structureType?: StructureType | undefined;
  actionPlan: ActionItem[];
  share: ShareChoices;
  dimensionLabel: (id: string) => string;
  practiceLabel: (id: string) => string;
}

/** Builds the payload from the assessment and the share choices; anything not shared is left empty. */
export function buildPayload(input: PayloadInput): ContinuumCheckPayload {
  const { answers, result, share } = input;
  const payload: ContinuumCheckPayload = {
    assessedAt: input.assessedAt,
    mode: input.mode,
    ...(input.structureType ? { structureType: input.structureType } : {}),
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      label: input.dimensionLabel(d.id),
      notConcerned: d.notConcerned,
      level: d.level,
      practices:
        share.practices && !d.notConcerned
          ? Object.entries(answers.dimensions[d.id]?.practices ?? {})
              .filter(([id]) => practiceById(id))
              .map(([id, withUsers]) => {
                const practice = practiceById(id)!;
                // A statement that involves usagers is done with them; a blank answer is "not said", never "without".
                if (practice.involvesUsers) return { id, level: practice.level, withUsers: true };
                return withUsers === null || withUsers === undefined
                  ? { id, level: practice.level, withUsers: false, withUsersUnsaid: true as const }
                  : { id, level: practice.level, withUsers };
              })
          : [],
    })),
    aciLevel: result.aci.level,
    alibiWarnings: share.alibiWarnings ? [...result.alibiWarnings] : [],
    obstacles: share.obstacles ? [...result.obstacles] : [],
    actionPlan: share.actionPlan
      ? input.actionPlan.map((item) => ({
          dimensionId: item.dimensionId,
          practiceId: item.practiceId,
          label: input.practiceLabel(item.practiceId),
          ...(item.who.trim() ? { who: item.who.trim() } : {}),
          ...(item.due ? { due: item.due } : {}),
          ...(item.means.trim() ? { means: item.means.trim() } : {}),
        }))
      : [],
  };
  if (share.respondentRole && input.respondentRole?.trim()) payload.respondentRole = input.respondentRole.trim();
  return payload;
}
