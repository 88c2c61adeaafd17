import { wallClock } from '../../src/contracts/event-time.js';
import type { EventItem } from '../../src/widgets/event-signup/event-signup.schema.js';

/** Paris wall-clock time `days` from now, as a team writes an event's start ("2026-12-19T14:00"). */
export function parisIn(days: number, hour = 14, minute = 0): string {
  const w = wallClock(Date.now() + days * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)}T${two(hour)}:${two(minute)}`;
}

/** A workshop in 20 days, 5 seats left of 12: the event the event-signup tests sign up to. */
export const workshopIn20Days: EventItem = {
  id: 'equilibre-alimentaire',
  title: 'Bien manger sans se ruiner',
  kind: 'atelier',
  start: parisIn(20, 14),
  end: parisIn(20, 16),
  place: { name: 'Salle commune, rez-de-chaussée' },
  objectives: ['Composer des repas équilibrés avec un petit budget'],
  capacity: 12,
  seatsLeft: 5,
};

/** An open day in 25 days: information only, no signup. */
export const openDayIn25Days: EventItem = {
  id: 'portes-ouvertes',
  title: 'Portes ouvertes',
  kind: 'portes-ouvertes',
  start: parisIn(25, 10),
  end: parisIn(25, 17),
  place: { name: 'Hall d’accueil' },
  objectives: ['Rencontrer les professionnels'],
  signup: 'none',
};

/** The same workshop under another id (`atelier` by default): the event the host-page tests sign up to. */
export function upcomingWorkshop(id = 'atelier'): EventItem {
  return { ...workshopIn20Days, id };
}
