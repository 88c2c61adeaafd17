// The kinds of event and what each implies, as plain data (no zod): the event signup's list needs
// them on its first render, before zod and the schemas (event-signup.ts, which builds on these) load.

/** The kinds of event the seeds name (DOMAIN.md, "Event signup"). */
export const eventKinds = [
  'atelier',
  'atelier-etp',
  'groupe-de-marche',
  'soiree-debat',
  'projection-debat',
  'portes-ouvertes',
  'reunion-echange',
  'appel-candidatures-comite',
  // Calls for candidates beyond the committee (seed 001: « patients partenaires », « groupes de travail »;
  // seed 003: ETP programmes need « l'intervention et la formation communes » of professionals and usagers).
  'appel-candidatures-patient-partenaire',
  'appel-candidatures-co-animation-etp',
  'appel-candidatures-groupe-de-travail',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** The kinds that are calls for candidates: a candidacy (no seat count), with the call's facts (`call`). */
export const callForCandidatesKinds = [
  'appel-candidatures-comite',
  'appel-candidatures-patient-partenaire',
  'appel-candidatures-co-animation-etp',
  'appel-candidatures-groupe-de-travail',
] as const satisfies readonly EventKind[];
export type CallForCandidatesKind = (typeof callForCandidatesKinds)[number];

/** True for a call for candidates (committee, patient partner, ETP co-facilitation, working group). */
export const isCallForCandidatesKind = (kind: EventKind): kind is CallForCandidatesKind => (callForCandidatesKinds as readonly EventKind[]).includes(kind);

/**
 * Kinds whose signup says something about the person's health unless the team says otherwise: an ETP
 * workshop, and a call to co-facilitate one (it is meant for people who live with the illness).
 */
export const healthRelatedKinds: ReadonlySet<EventKind> = new Set(['atelier-etp', 'appel-candidatures-co-animation-etp']);
