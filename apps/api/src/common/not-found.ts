/** The one answer for an unknown id and for an id the caller may not reach: ids cannot be probed. */
export const NOT_FOUND = 'Introuvable. / Not found.';
