import { type ErrorParams, writtenParams } from './errors.js';
import type { Locale } from './locales.js';
import { fr } from './messages/fr.js';
import { translate } from './translate.js';

/** Why a person is notified (`Notification.reason`); its sentence is in `messages/*-notifications.ts`. */
export type NotificationReason = keyof typeof fr.notifications;

/** The sentence of a notification in `locale`: names as given, dates (ISO) written out. */
export function notificationText(
  locale: Locale,
  reason: NotificationReason,
  params: ErrorParams = {},
): string {
  return translate(locale, `notifications.${reason}`, writtenParams(locale, params));
}

export function isNotificationReason(value: unknown): value is NotificationReason {
  return typeof value === 'string' && Object.hasOwn(fr.notifications, value);
}
