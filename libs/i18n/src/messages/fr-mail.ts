/**
 * The e-mails the platform sends, in the recipient's language: each says who writes, to whom, for
 * what (role, candidate, company and dates, exam and session, establishment). The API lays them
 * out as text and HTML (apps/api/src/mail/compose-mail.ts); dates arrive written out.
 */
export const frMail = {
  greeting: 'Bonjour {name},',
  product:
    'Dossier SNO est le dossier numérique de la mention complémentaire « Services numériques aux organisations » (MC SNO).',
  signature: 'Dossier SNO, {establishment}',
  /** A role in words, as in « un compte de formateur ou formatrice ». */
  roles: {
    candidate: 'candidat ou candidate',
    tutor: 'tuteur ou tutrice',
    teacher: 'formateur ou formatrice',
    examiner: 'membre de commission d’évaluation',
    admin: 'administrateur ou administratrice',
  },
  invitation: {
    subject: '{inviter} vous invite sur Dossier SNO ({establishment})',
    account: '{inviter} vous a ouvert un compte de {roles} sur Dossier SNO pour {establishment}.',
    tutorPeriodByCandidate:
      '{candidate}, en formation à {establishment}, vous invite à suivre comme tuteur ou tutrice sa période de formation en milieu professionnel (PFMP) chez {organisation}, du {startsOn} au {endsOn}.',
    tutorPeriod:
      '{inviter}, de {establishment}, vous invite à suivre comme tuteur ou tutrice la période de formation en milieu professionnel (PFMP) de {candidate} chez {organisation}, du {startsOn} au {endsOn}.',
    tutorCandidates:
      '{inviter}, de {establishment}, vous invite à suivre comme tuteur ou tutrice {candidates} pendant sa formation en milieu professionnel (PFMP). | {inviter}, de {establishment}, vous invite à suivre comme tuteur ou tutrice {candidates} pendant leur formation en milieu professionnel (PFMP).',
    tutorTasks:
      'Sur Dossier SNO, vous attesterez les traces de ce qui a été fait en entreprise et remplirez le bilan de la période.',
    commission:
      '{inviter}, de {establishment}, vous invite à siéger à la commission d’évaluation de l’épreuve {exam} « {examTitle} », session « {session} », dont les oraux ont lieu du {oralStartsOn} au {oralEndsOn}.',
    commissionTasks:
      'Sur Dossier SNO, vous consulterez les dossiers déposés et remplirez la grille d’évaluation avec la commission.',
    action: 'Choisir mon mot de passe',
    validity: 'Ce lien est valable {days} jours et ne sert qu’une fois.',
    ignore:
      'Si vous n’attendiez pas cette invitation, ignorez ce message : le compte restera inactif.',
  },
  passwordReset: {
    subject: 'Réinitialisation de votre mot de passe Dossier SNO',
    requested:
      'Vous avez demandé à choisir un nouveau mot de passe pour votre compte Dossier SNO ({establishment}).',
    sentBy:
      '{inviter}, de {establishment}, vous envoie un lien pour choisir un nouveau mot de passe Dossier SNO.',
    action: 'Choisir un nouveau mot de passe',
    validity: 'Ce lien est valable {hours} heures et ne sert qu’une fois.',
    ignore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
  },
  digest: {
    subject:
      'Dossier SNO : {count} nouvelle notification | Dossier SNO : {count} nouvelles notifications',
    intro: 'Voici ce qui s’est passé sur Dossier SNO depuis notre dernier message :',
    more: '… et {count} autre. | … et {count} autres.',
    action: 'Voir mes notifications',
    optOut:
      'Vous recevez ce message au plus une fois par jour ; vous pouvez le désactiver dans « Mon compte ».',
  },
};
