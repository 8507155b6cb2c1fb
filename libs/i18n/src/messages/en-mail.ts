import type { frMail } from './fr-mail.js';

export const enMail: typeof frMail = {
  greeting: 'Hello {name},',
  product:
    'Dossier SNO is the digital portfolio of the French vocational diploma “Services numériques aux organisations” (MC SNO).',
  signature: 'Dossier SNO, {establishment}',
  roles: {
    candidate: 'candidate',
    tutor: 'tutor',
    teacher: 'teacher',
    examiner: 'examination board member',
    admin: 'administrator',
  },
  invitation: {
    subject: '{inviter} invites you to Dossier SNO ({establishment})',
    account: '{inviter} opened a {roles} account for you on Dossier SNO for {establishment}.',
    tutorPeriodByCandidate:
      '{candidate}, a trainee at {establishment}, invites you to be the tutor of their work placement (PFMP) at {organisation}, from {startsOn} to {endsOn}.',
    tutorPeriod:
      '{inviter}, of {establishment}, invites you to be the tutor of {candidate}’s work placement (PFMP) at {organisation}, from {startsOn} to {endsOn}.',
    tutorCandidates:
      '{inviter}, of {establishment}, invites you to be the tutor of {candidates} during their work placements (PFMP). | {inviter}, of {establishment}, invites you to be the tutor of {candidates} during their work placements (PFMP).',
    tutorTasks:
      'On Dossier SNO, you will attest the traces of what was done at the company and fill in the placement’s bilan.',
    commission:
      '{inviter}, of {establishment}, invites you to sit on the examination board of exam {exam} “{examTitle}”, session “{session}”, whose orals take place from {oralStartsOn} to {oralEndsOn}.',
    commissionTasks:
      'On Dossier SNO, you will read the submitted dossiers and fill in the evaluation grid with the board.',
    action: 'Choose my password',
    validity: 'This link is valid for {days} days and works once.',
    ignore:
      'If you did not expect this invitation, ignore this message: the account stays inactive.',
  },
  passwordReset: {
    subject: 'Resetting your Dossier SNO password',
    requested: 'You asked to choose a new password for your Dossier SNO account ({establishment}).',
    sentBy: '{inviter}, of {establishment}, sends you a link to choose a new Dossier SNO password.',
    action: 'Choose a new password',
    validity: 'This link is valid for {hours} hours and works once.',
    ignore: 'If you did not ask for anything, ignore this message: your password is unchanged.',
  },
  digest: {
    subject: 'Dossier SNO: {count} new notification | Dossier SNO: {count} new notifications',
    intro: 'Here is what happened on Dossier SNO since our last message:',
    more: '… and {count} more. | … and {count} more.',
    action: 'See my notifications',
    optOut: 'You get this message once a day at most; you can turn it off in “My account”.',
  },
};
