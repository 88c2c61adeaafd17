import type { ItemOrigin, ResultItem } from './sources.js';
import { isSelfCheckPayload, type SelfCheckPayload } from './payloads.js';

/** One assessment as listed: its day, mode and the level reached in each dimension. */
export interface AssessmentRow {
  id: string;
  assessedAt: string;
  mode: SelfCheckPayload['mode'];
  respondentRole?: string | undefined;
  origin: ItemOrigin;
  /** Level 0..4 per dimension id; null when the team marked it "not concerned". */
  levels: Record<string, number | null>;
  aciLevel: number;
  obstacles: string[];
  alibiWarnings: string[];
  actions: number;
  /** The action plan the team shared: each step's words and, when said, when it is due. */
  plan: Array<{ label: string; due?: string | undefined }>;
}

/** One dimension across the assessments, oldest first. */
export interface DimensionProgress {
  id: string;
  label: string;
  /** The level at each assessment (null: not concerned or not assessed). */
  levels: (number | null)[];
  first: number | undefined;
  last: number | undefined;
  /** last − first, over the assessments where the dimension was assessed. */
  change: number | undefined;
}

export interface SelfCheckSummary {
  /** Oldest first. */
  assessments: AssessmentRow[];
  dimensions: DimensionProgress[];
  /** The ACI level supported at each assessment, oldest first. */
  aciLevels: number[];
}

/** Each assessment, and the progression of levels across them (oldest first, then by arrival). */
export function summariseSelfChecks(items: readonly ResultItem[]): SelfCheckSummary {
  const assessments: AssessmentRow[] = [];
  const labels = new Map<string, string>();
  const checks = items
    .filter((item) => item.kind === 'self-check' && isSelfCheckPayload(item.envelope.payload))
    .map((item) => ({ item, payload: item.envelope.payload as unknown as SelfCheckPayload }))
    .sort((a, b) => a.payload.assessedAt.localeCompare(b.payload.assessedAt) || a.item.envelope.createdAt.localeCompare(b.item.envelope.createdAt));
  for (const { item, payload } of checks) {
    const levels: Record<string, number | null> = {};
    for (const dimension of payload.dimensions) {
      if (!labels.has(dimension.id)) labels.set(dimension.id, dimension.label);
      levels[dimension.id] = dimension.notConcerned ? null : dimension.level;
    }
    assessments.push({
      id: item.id,
      assessedAt: payload.assessedAt,
      mode: payload.mode,
      respondentRole: payload.respondentRole,
      origin: item.origin,
      levels,
      aciLevel: payload.aciLevel,
      obstacles: Array.isArray(payload.obstacles) ? payload.obstacles : [],
      alibiWarnings: Array.isArray(payload.alibiWarnings) ? payload.alibiWarnings : [],
      actions: Array.isArray(payload.actionPlan) ? payload.actionPlan.length : 0,
      plan: Array.isArray(payload.actionPlan)
        ? payload.actionPlan
            .filter((step) => typeof step?.label === 'string' && step.label.trim())
            .map((step) => ({ label: step.label.trim(), due: typeof step.due === 'string' ? step.due : undefined }))
        : [],
    });
  }
  const dimensions = [...labels.entries()].map(([id, label]): DimensionProgress => {
    const levels = assessments.map((a) => a.levels[id] ?? null);
    const assessed = levels.filter((level): level is number => level !== null);
    const first = assessed[0];
    const last = assessed.at(-1);
    return { id, label, levels, first, last, change: first === undefined || last === undefined ? undefined : last - first };
  });
  return { assessments, dimensions, aciLevels: assessments.map((a) => a.aciLevel) };
}
