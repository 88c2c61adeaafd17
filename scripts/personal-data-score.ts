// Precision and recall of the idea box's personal-data warning on its French corpus
// (src/widgets/idea-box/personal-data.fixtures.ts), per kind and overall. Printed, not asserted:
// the tests check each sample; this says how good the rules are as figures.
import { findPersonalData, type PersonalDataKind } from '../src/widgets/idea-box/personal-data.js';
import { personalSamples, subjectSamples } from '../src/widgets/idea-box/personal-data.fixtures.js';

const samples = [...personalSamples, ...subjectSamples.map((text) => ({ text, kinds: [] as PersonalDataKind[] }))];
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (kind: string, field: 'tp' | 'fp' | 'fn') => {
  const entry = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
  entry[field]++;
  counts.set(kind, entry);
};
let warnedRight = 0;
let warnedWrong = 0;
let missed = 0;
for (const sample of samples) {
  const found = new Set(findPersonalData(sample.text).map((finding) => finding.kind));
  const expected = new Set(sample.kinds);
  for (const kind of found) bump(kind, expected.has(kind) ? 'tp' : 'fp');
  for (const kind of expected) if (!found.has(kind)) bump(kind, 'fn');
  // What the person sees: a warning or none.
  if (found.size && expected.size) warnedRight++;
  else if (found.size) warnedWrong++;
  else if (expected.size) missed++;
}
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1).padStart(6) + ' %' : '     —  ');
console.log(`personal-data warning on ${personalSamples.length} personal and ${subjectSamples.length} subject-only samples`);
console.log('kind'.padEnd(18) + 'precision'.padStart(10) + 'recall'.padStart(10));
let tp = 0;
let fp = 0;
let fn = 0;
for (const [kind, c] of [...counts].sort()) {
  tp += c.tp;
  fp += c.fp;
  fn += c.fn;
  console.log(kind.padEnd(18) + pct(c.tp, c.tp + c.fp) + pct(c.tp, c.tp + c.fn));
}
console.log('all kinds'.padEnd(18) + pct(tp, tp + fp) + pct(tp, tp + fn));
console.log(
  `warning shown: ${warnedRight} right, ${warnedWrong} false alarms (of ${subjectSamples.length} subjects), ${missed} missed (of ${personalSamples.length})`,
);
