import type { Messages } from './fr.js';

/** The English messages: the same keys as French (`Messages`), checked by the compiler. */
export const en: Messages = {
  errors: {
    NOT_FOUND: 'Not found.',
  },
};
