// The order survey summaries follow: the questionnaire's, not the order answers happened to arrive in.
//
// The results view reads answers, not the survey's definition (a remote collector stores only what was
// sent, and the team may have changed its questionnaire since). Each response lists the questions it
// answered in the questionnaire's order, so the order is rebuilt from the responses: every response says
// "this question comes before that one", and merging those statements (a topological sort, ties broken
// by the first time a question was seen) puts a conditional question asked to a few people back where it
// belongs, before the free comment. The default questionnaire's order is one more such statement, so its
// known questions and options keep their order even when nobody answered some of them. A team that
// reordered its own questionnaire contradicts it: where statements disagree (a cycle), the order first
// seen in the responses wins.
//
// Choice options: a choice question of the default questionnaire lists every one of its options, zero
// included ("Moins de 18 ans" with nobody under 18), as long as every option chosen is one of the
// default's (a team that changed the options under the same id gets only the options seen, in the order
// its responses give). Without a known definition, only the options somebody chose can be shown.

import { DEFAULT_QUESTIONNAIRE, type CanonicalQuestion } from '../../contracts/default-survey-order.js';

export { DEFAULT_QUESTIONNAIRE, type CanonicalQuestion };

export const DEFAULT_QUESTION_ORDER: readonly string[] = DEFAULT_QUESTIONNAIRE.map((question) => question.id);

const canonicalOptions = new Map(DEFAULT_QUESTIONNAIRE.filter((q) => q.options).map((q) => [q.id, q.options!]));

/** The default questionnaire's options of a question, or undefined when it has none known. */
export function knownOptions(questionId: string): ReadonlyArray<readonly [string, string]> | undefined {
  return canonicalOptions.get(questionId);
}

/**
 * One order from several partial ones: each sequence says its items come in that order; the result
 * keeps every statement it can (a topological sort), ties and contradictions going to the item seen
 * first. Items of `canonical` that no sequence holds only order the others and are left out.
 */
export function mergeOrder(sequences: Iterable<readonly string[]>, canonical: readonly string[] = []): string[] {
  const firstSeen = new Map<string, number>();
  const next = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  const add = (sequence: readonly string[]) => {
    for (let index = 0; index < sequence.length; index++) {
      const id = sequence[index]!;
      if (!firstSeen.has(id)) {
        firstSeen.set(id, firstSeen.size);
        next.set(id, new Set());
        before.set(id, 0);
      }
      const previous = sequence[index - 1];
      if (previous === undefined || previous === id || next.get(previous)!.has(id)) continue;
      next.get(previous)!.add(id);
      before.set(id, before.get(id)! + 1);
    }
  };
  for (const sequence of sequences) add(sequence);
  const seen = new Set(firstSeen.keys());
  add(canonical);
  const order: string[] = [];
  const left = new Set(firstSeen.keys());
  while (left.size) {
    let chosen: string | undefined;
    let fallback: string | undefined;
    for (const id of left) {
      if (fallback === undefined || firstSeen.get(id)! < firstSeen.get(fallback)!) fallback = id;
      if (before.get(id) === 0 && (chosen === undefined || firstSeen.get(id)! < firstSeen.get(chosen)!)) chosen = id;
    }
    // A cycle (two orders contradict each other): the item seen first goes first.
    const id = chosen ?? fallback!;
    left.delete(id);
    for (const after of next.get(id)!) before.set(after, before.get(after)! - 1);
    if (seen.has(id)) order.push(id);
  }
  return order;
}

/** Keeps each distinct sequence once (10,000 responses to the same questionnaire give a handful). */
export class SequenceSet {
  private readonly sequences = new Map<string, readonly string[]>();

  add(sequence: readonly string[]): void {
    if (sequence.length > 0) this.sequences.set(sequence.join('\u0000'), sequence);
  }

  /** Every sequence, in the order first added. */
  values(): IterableIterator<readonly string[]> {
    return this.sequences.values();
  }
}
