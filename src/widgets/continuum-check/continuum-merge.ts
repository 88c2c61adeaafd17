// Individual answers → one proposal for the team's consensus (the HAS "matrice de maturité" process:
// each member answers alone, then the team compares and settles). Pure functions, tested in
// continuum-merge.test.ts.
import { answerFileSchema, type AnswerFile, type Answers, type DimensionAnswer } from './continuum-check.schema.js';
import { alibiChecks, dimensionIds, obstacleIds, type AlibiAnswer, type ContinuumLevel, type DimensionId } from './continuum-content.js';
import { practicesOf, scoreDimension } from './continuum-scoring.js';
import type { ConfigProblem } from '../../core/config.js';
import type { checkConfig } from '../../core/config-problems.js';

/** How close the members' levels are for one dimension. */
export type Agreement = 'agree' | 'close' | 'differ';

export interface MergedDimension {
  id: DimensionId;
  /** Each member's level, in file order; `null` when that member marked the dimension "not concerned". */
  levels: Array<ContinuumLevel | null>;
  /** Same level (or all "not concerned"): agree; levels one step apart: close; otherwise differ. */
  agreement: Agreement;
  /** Practices some members ticked and others did not, to discuss. */
  disputed: string[];
}

export interface MergeResult {
  /** The starting point of the shared assessment, which the team then reviews step by step. */
  proposal: Answers;
  dimensions: MergedDimension[];
  /** Each file's role (or empty), in order. */
  respondents: string[];
}

/** Agreement of a set of levels, `null` meaning "not concerned". */
export function agreementOf(levels: Array<ContinuumLevel | null>): Agreement {
  if (levels.length < 2) return 'agree';
  const concerned = levels.filter((l): l is ContinuumLevel => l !== null);
  if (concerned.length === 0) return 'agree';
  if (concerned.length !== levels.length) return 'differ';
  const spread = Math.max(...concerned) - Math.min(...concerned);
  return spread === 0 ? 'agree' : spread === 1 ? 'close' : 'differ';
}

/**
 * Merges members' answers into a proposal:
 * - a dimension is "not concerned" when more than half of the members said so;
 * - a practice is ticked when at least half of the members ticked it; it is "with usagers" when more
 *   than half of those who said so said with (a tie is "without": the cautious reading);
 * - an alibi check takes the majority answer, a tie taking the answer that raises the warning;
 * - every obstacle any member named is kept (one member meeting it is enough to look at its lever).
 */
export function mergeAnswers(files: AnswerFile[]): MergeResult {
  const n = files.length;
  const all = files.map((f) => f.answers);
  const proposal: Answers = { dimensions: {}, alibi: {}, obstacles: [] };
  const dimensions: MergedDimension[] = [];

  for (const id of dimensionIds) {
    const answers = all.map((a) => a.dimensions[id]);
    const notConcernedVotes = answers.filter((a) => a?.notConcerned).length;
    const merged: DimensionAnswer = { notConcerned: notConcernedVotes * 2 > n, practices: {} };
    const disputed: string[] = [];
    for (const practice of practicesOf(id)) {
      const tickedBy = answers.filter((a) => a && !a.notConcerned && practice.id in a.practices);
      if (tickedBy.length > 0 && tickedBy.length < n) disputed.push(practice.id);
      if (tickedBy.length === 0 || tickedBy.length * 2 < n) continue;
      const said = tickedBy.map((a) => a!.practices[practice.id]).filter((v): v is boolean => v !== null && v !== undefined);
      merged.practices[practice.id] = said.length === 0 ? null : said.filter(Boolean).length * 2 > said.length;
    }
    if (merged.notConcerned || Object.keys(merged.practices).length) proposal.dimensions[id] = merged;
    const levels = answers.map((a) => (a?.notConcerned ? null : scoreDimension(id, a).level));
    dimensions.push({ id, levels, agreement: agreementOf(levels), disputed });
  }

  for (const check of alibiChecks) {
    const votes = all.map((a) => a.alibi[check.id]).filter((v): v is AlibiAnswer => v !== undefined);
    if (!votes.length) continue;
    const count = (answer: AlibiAnswer) => votes.filter((v) => v === answer).length;
    const top = Math.max(count('yes'), count('no'), count('na'));
    // Ties go to the answer that warns, then to a real answer over "not applicable".
    const order: AlibiAnswer[] = [check.warnWhen, check.warnWhen === 'yes' ? 'no' : 'yes', 'na'];
    proposal.alibi[check.id] = order.find((answer) => count(answer) === top)!;
  }

  proposal.obstacles = obstacleIds.filter((id) => all.some((a) => a.obstacles.includes(id)));
  return { proposal, dimensions, respondents: files.map((f) => f.respondentRole ?? '') };
}

/**
 * Reads one exported file; the problems are in French, for the person importing it. `check` is core's
 * `checkConfig`, passed in so that it loads only when a file is imported (not in the first download).
 */
export function parseAnswerFile(textContent: string, check: typeof checkConfig): { ok: true; file: AnswerFile } | { ok: false; problems: ConfigProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(textContent);
  } catch {
    return { ok: false, problems: [{ source: 'config', path: '(fichier)', expected: 'du JSON', found: 'un fichier illisible' }] };
  }
  const checked = check(answerFileSchema, json, 'config');
  return checked.ok ? { ok: true, file: checked.value } : { ok: false, problems: checked.problems };
}

/** The file a member downloads after answering alone. */
export function createAnswerFile(
  answers: Answers,
  options: { assessedAt: string; respondentRole?: string | undefined; structure?: string | undefined },
): AnswerFile {
  const file: AnswerFile = { format: 'msp-continuum-answers', version: 1, assessedAt: options.assessedAt, answers };
  if (options.respondentRole) file.respondentRole = options.respondentRole;
  if (options.structure) file.structure = options.structure;
  return file;
}
