// What the team writes itself (its invitation, its own themes, the answers in its feed) is in the
// page's language, French by default — not necessarily the language the person chose.

/** The language the team writes in: the page's `<html lang>`, else French. */
export function teamLanguage(): string {
  return document.documentElement.lang || 'fr';
}

/** True when the widget shows the team's own language (`fr-FR` and `fr` are one). */
export function showsTeamLanguage(locale: string): boolean {
  return teamLanguage().toLowerCase().split('-')[0] === locale;
}
