import { localDay } from '../../core/envelope.js';
/** The store (idb) is not in the survey's first download: the marker is read after the form shows. */
import { openLocalStore } from '../../core/storage-probe.js';

/** Namespace of the "already answered" markers in the documents store. */
export const ANSWERED = 'survey-answered';

/** One marker per questionnaire and campaign. */
export const markerKey = (surveyId: string, campaign: string): string => `${surveyId}:${campaign}`;

/**
 * Whether this device already sent an answer to this questionnaire for this campaign. No storage
 * (private browsing, blocked IndexedDB) reads as "not yet": the survey stays open.
 */
export async function hasAnswered(dbName: string, surveyId: string, campaign: string): Promise<boolean> {
  try {
    const store = await openLocalStore(dbName);
    return (await store.getDocument(ANSWERED, markerKey(surveyId, campaign))) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Remembers that this device answered. Nothing identifying: which questionnaire and period, and the
 * day. No storage: the person could answer twice from this device; the answers are no less valid.
 */
export async function markAnswered(dbName: string, surveyId: string, campaign: string, now = new Date()): Promise<void> {
  try {
    const store = await openLocalStore(dbName);
    await store.putDocument(ANSWERED, markerKey(surveyId, campaign), { answeredOn: localDay(now) });
  } catch {
    // See above: nothing to tell the person.
  }
}
