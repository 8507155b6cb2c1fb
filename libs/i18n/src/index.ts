export * from './dates.js';
export * from './locales.js';
export type { Messages } from './messages/fr.js';
export * from './plural.js';
export * from './translate.js';
export * from './errors.js';
export * from './readable.js';
export * from './notifications.js';
export * from './mail.js';
