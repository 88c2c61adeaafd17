/** A workshop 20 days from now with seats left: the event the host-page tests sign up to. */
export function upcomingWorkshop(id = 'atelier'): Record<string, unknown> {
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  return {
    id,
    title: 'Bien manger sans se ruiner',
    kind: 'atelier',
    start: `${day}T14:00`,
    end: `${day}T16:00`,
    place: { name: 'Salle commune' },
    objectives: ['Composer des repas équilibrés'],
    capacity: 12,
    seatsLeft: 5,
  };
}
