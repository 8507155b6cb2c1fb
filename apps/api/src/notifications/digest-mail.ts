import { isNotificationReason, mailText, notificationText } from '@dossier-sno/i18n';
import { composeMail } from '../mail/compose-mail.js';
import type { Mail } from '../mail/mailer.service.js';
import type { User } from '../users/user.entity.js';
import type { Notification } from './notification.entity.js';

const DIGEST_MAX_LINES = 50;

/** The daily e-mail listing a person's new notifications, in their language (old rows: French). */
export function digestMail(
  user: Pick<User, 'email' | 'displayName' | 'locale'>,
  establishment: string,
  pending: Pick<Notification, 'reason' | 'params' | 'summary'>[],
  link: string,
): Mail {
  const { locale } = user;
  const lines = pending
    .slice(-DIGEST_MAX_LINES)
    .map((n) =>
      isNotificationReason(n.reason)
        ? notificationText(locale, n.reason, n.params ?? {})
        : n.summary,
    );
  const more = pending.length - lines.length;
  return composeMail({
    to: user.email,
    locale,
    subject: mailText(locale, 'digest.subject', { count: pending.length }),
    name: user.displayName,
    paragraphs: [mailText(locale, 'digest.intro')],
    items: more > 0 ? [...lines, mailText(locale, 'digest.more', { count: more })] : lines,
    action: { text: mailText(locale, 'digest.action'), link },
    after: [mailText(locale, 'digest.optOut')],
    establishment,
  });
}
