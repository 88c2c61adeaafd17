// What the webmaster reads in the console when a widget can keep nothing: its own small file, loaded
// only in that case (widget-base.ts), so that a page that can store never downloads these words.

/** A page with no endpoint that may not store anything (a sandboxed frame, blocked storage): the cause and the fix. */
export const noStorageHint =
  `Cette page ne peut rien enregistrer dans le navigateur (iframe « sandbox » sans allow-same-origin, ` +
  `ou stockage bloqué) et aucun attribut endpoint n’est donné : aucune réponse ne pourrait être gardée. ` +
  `Solution : indiquez endpoint="https://…" (votre collecteur), ou ajoutez allow-same-origin au sandbox de l’iframe.`;
