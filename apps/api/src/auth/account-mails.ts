import type { Mail } from '../mail/mailer.service.js';

/** The e-mails about accounts; French first, English below. */
export const accountMails = {
  invitation(to: string, displayName: string, invitedBy: string, link: string): Mail {
    return {
      to,
      subject: 'Invitation à Dossier SNO',
      text: [
        `Bonjour ${displayName},`,
        '',
        `${invitedBy} vous invite sur Dossier SNO, le dossier numérique de la mention complémentaire « Services numériques aux organisations ».`,
        'Choisissez votre mot de passe en ouvrant ce lien (valable 14 jours) :',
        link,
        '',
        '—',
        `Hello ${displayName}, ${invitedBy} invites you to Dossier SNO. Open the link above to set your password (valid 14 days).`,
      ].join('\n'),
    };
  },

  passwordReset(to: string, displayName: string, link: string): Mail {
    return {
      to,
      subject: 'Réinitialisation de votre mot de passe Dossier SNO',
      text: [
        `Bonjour ${displayName},`,
        '',
        'Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 2 heures, une seule fois) :',
        link,
        '',
        "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
        '',
        '—',
        'To choose a new password, open the link above (valid 2 hours, once). If you did not ask, ignore this message.',
      ].join('\n'),
    };
  },
};
