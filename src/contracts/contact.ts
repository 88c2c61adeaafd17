// How a person or the team can be reached, checked without zod: the event signup's form and its
// attributes use it on the first render; the schemas of event-signup.ts use it too.

/** How the team wants to reach people: one of the two, or the person chooses. */
export const contactChannels = ['phone', 'email', 'either'] as const;
export type ContactChannel = (typeof contactChannels)[number];

const phonePattern = /^\+?[0-9][0-9 .-]{5,22}[0-9]$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** True when `value` can reach someone by that channel (loose: a person typed it). */
export function isContactValue(channel: 'phone' | 'email', value: string): boolean {
  const trimmed = value.trim();
  return channel === 'phone' ? phonePattern.test(trimmed) && trimmed.replace(/\D/g, '').length >= 6 : emailPattern.test(trimmed) && trimmed.length <= 200;
}

/** A phone number the team can be called on ("02 31 00 00 00", "+33 2 31 00 00 00"). */
export const teamPhoneField = {
  type: 'string',
  max: 30,
  test: (value: string) => isContactValue('phone', value),
  expected: 'un numéro de téléphone, par exemple 02 31 00 00 00',
} as const;
