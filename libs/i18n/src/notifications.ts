import { type ErrorParams, isKeyOf, sentence } from './errors.js';
import type { Locale } from './locales.js';
import type { fr } from './messages/fr.js';

/** Why a person is notified (`Notification.reason`); its sentence is in `messages/*-notifications.ts`. */
export type NotificationReason = keyof typeof fr.notifications;

/** The sentence of a notification in `locale`: names as given, dates (ISO) written out. */
export const notificationText = (
  locale: Locale,
  reason: NotificationReason,
  params: ErrorParams = {},
) => sentence('notifications', locale, reason, params);
export const isNotificationReason = isKeyOf('notifications');
