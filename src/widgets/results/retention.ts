import type { Envelope } from '../../core/envelope.js';
import type { ResultItem } from './sources.js';

/** Default retention of local records, in months (the team can change it). */
export const DEFAULT_RETENTION_MONTHS = 12;

/** True when the record holds personal data: a signup's contact, or an idea's participation contact. */
export function hasPersonalData(envelope: Envelope): boolean {
  if (envelope.kind === 'event-signup') return true;
  const participation = (envelope.payload as { participation?: unknown }).participation;
  return envelope.kind === 'idea' && participation !== undefined && participation !== null;
}

/** The day `months` calendar months before `now` (YYYY-MM-DD, UTC); the 31st falls back to the month's last day. */
export function retentionCutoff(now: Date, months: number): string {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay)));
  return cutoff.toISOString().slice(0, 10);
}

/** What a purge will delete: personal data first, then the rest. */
export interface PurgePlan {
  /** Records older than this day are deleted (YYYY-MM-DD, exclusive). */
  cutoff: string;
  /** Records with personal data (signup contacts, participation contacts), deleted first. */
  personal: ResultItem[];
  other: ResultItem[];
}

/**
 * Local records collected before the cutoff (by the envelope's date: when the person sent it).
 * Remote items are not the device's to delete and are never planned.
 */
export function planPurge(items: readonly ResultItem[], months: number, now: Date): PurgePlan {
  const cutoff = retentionCutoff(now, months);
  const plan: PurgePlan = { cutoff, personal: [], other: [] };
  for (const item of items) {
    if (item.origin === 'remote' || item.envelope.createdAt.slice(0, 10) >= cutoff) continue;
    (hasPersonalData(item.envelope) ? plan.personal : plan.other).push(item);
  }
  return plan;
}

/** The order of deletion: every record with personal data before any other. */
export function purgeOrder(plan: PurgePlan): ResultItem[] {
  return [...plan.personal, ...plan.other];
}

/** The retention the team typed, in whole months from 1 to 120; undefined when it is not one. */
export function parseRetentionMonths(input: string): number | undefined {
  const months = Number(input.trim());
  return input.trim() !== '' && Number.isInteger(months) && months >= 1 && months <= 120 ? months : undefined;
}
