import { type ExamCode, referential } from '@dossier-sno/referential';
import { INTL_TAGS, type Locale, mailText } from '@dossier-sno/i18n';
import { composeMail } from '../mail/compose-mail.js';
import type { Mail } from '../mail/mailer.service.js';
import type { Role } from '../users/role.js';

/** What a person is invited for, as the invitation e-mail tells it (invitation-purpose.ts). */
export type InvitationPurpose =
  | { kind: 'account'; roles: Role[] }
  | {
      kind: 'tutorPeriod';
      candidateId: string;
      candidate: string;
      organisation: string;
      startsOn: string;
      endsOn: string;
    }
  | { kind: 'tutorCandidates'; candidates: string[] }
  | {
      kind: 'commission';
      exam: ExamCode;
      session: string;
      oralStartsOn: string;
      oralEndsOn: string;
    };

/** Who an account e-mail goes to, from whom, and its link. */
export interface AccountMailContext {
  recipient: { email: string; displayName: string; locale: Locale };
  establishment: string;
  /** Who sent it; null when the person asked themselves (a password reset) or the seed did. */
  sender: { id: string; displayName: string } | null;
  link: string;
  /** How long the link works. */
  hours: number;
}

/** The e-mails about accounts, in the recipient's language. */
export const accountMails = {
  invitation(context: AccountMailContext, purpose: InvitationPurpose): Mail {
    const { recipient, establishment, sender } = context;
    const locale = recipient.locale;
    const inviter = sender?.displayName ?? mailText(locale, 'signature', { establishment });
    const says = (key: Parameters<typeof mailText>[1], params = {}) =>
      mailText(locale, key, { inviter, establishment, ...params });
    return composeMail({
      to: recipient.email,
      locale,
      subject: says('invitation.subject'),
      name: recipient.displayName,
      paragraphs: [...purposeParagraphs(locale, purpose, sender, says), says('product')],
      action: { text: says('invitation.action'), link: context.link },
      after: [
        says('invitation.validity', { days: Math.round(context.hours / 24) }),
        says('invitation.ignore'),
      ],
      establishment,
    });
  },

  passwordReset(context: AccountMailContext): Mail {
    const { recipient, establishment, sender } = context;
    const locale = recipient.locale;
    const says = (key: Parameters<typeof mailText>[1], params = {}) =>
      mailText(locale, key, { establishment, ...params });
    return composeMail({
      to: recipient.email,
      locale,
      subject: says('passwordReset.subject'),
      name: recipient.displayName,
      paragraphs: [
        sender
          ? says('passwordReset.sentBy', { inviter: sender.displayName })
          : says('passwordReset.requested'),
      ],
      action: { text: says('passwordReset.action'), link: context.link },
      after: [
        says('passwordReset.validity', { hours: context.hours }),
        says('passwordReset.ignore'),
      ],
      establishment,
    });
  },
};

function purposeParagraphs(
  locale: Locale,
  purpose: InvitationPurpose,
  sender: AccountMailContext['sender'],
  says: (
    key: Parameters<typeof mailText>[1],
    params?: Record<string, string | number | string[]>,
  ) => string,
): string[] {
  switch (purpose.kind) {
    case 'account': {
      const roles = new Intl.ListFormat(INTL_TAGS[locale], { type: 'conjunction' }).format(
        purpose.roles.map((role) => mailText(locale, `roles.${role}`)),
      );
      return [says('invitation.account', { roles })];
    }
    case 'tutorPeriod': {
      const { candidate, organisation, startsOn, endsOn } = purpose;
      const byCandidate = sender?.id === purpose.candidateId;
      return [
        says(byCandidate ? 'invitation.tutorPeriodByCandidate' : 'invitation.tutorPeriod', {
          candidate,
          organisation,
          startsOn,
          endsOn,
        }),
        says('invitation.tutorTasks'),
      ];
    }
    case 'tutorCandidates':
      return [
        says('invitation.tutorCandidates', {
          candidates: purpose.candidates,
          count: purpose.candidates.length,
        }),
        says('invitation.tutorTasks'),
      ];
    case 'commission':
      return [
        says('invitation.commission', {
          exam: purpose.exam,
          examTitle: referential.exams.find((e) => e.code === purpose.exam)?.title ?? '',
          session: purpose.session,
          oralStartsOn: purpose.oralStartsOn,
          oralEndsOn: purpose.oralEndsOn,
        }),
        says('invitation.commissionTasks'),
      ];
  }
}
