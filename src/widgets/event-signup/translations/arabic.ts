// What both Arabic catalogues (ar.ts, the list's; later.ar.ts, the form's and the confirmation's)
// write with. Numbers stay in Latin digits (as on French documents and phones). A phone number, an
// e-mail address or a code is isolated left to right (U+2066 … U+2069): its digit groups would
// otherwise be laid out from right to left inside an Arabic sentence ("78 56 34 12 06").

export const ltr = (text: string) => `\u2066${text}\u2069`;

/**
 * Arabic counts by its own rule: 1 and 2 have their own words, 3–10 take a plural, 11–99 a singular
 * with tanwin, 100 and more a singular. `Intl.PluralRules('ar')` says which (zero, one, two, few, many, other).
 */
export function count(n: number, forms: { one: string; two: string; few: string; many: string; other: string }): string {
  const category = new Intl.PluralRules('ar').select(n);
  const form = category === 'zero' ? forms.other : forms[category as keyof typeof forms];
  return form.replace('#', String(n));
}
