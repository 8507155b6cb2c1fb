import type { frNotifications } from './fr-notifications.js';

export const enNotifications: typeof frNotifications = {
  dossierSubmitted: '{candidate} submitted their {exam} dossier.',
  commentOnYourTrace: '{author} commented on your trace “{title}”.',
  commentOnTrace: '{author} commented on {candidate}’s trace “{title}”.',
  commentOnYourSubmission: '{author} commented on your {exam} submission of {submittedOn}.',
  commentOnSubmission: '{author} commented on {candidate}’s {exam} submission of {submittedOn}.',
  commentOnYourDossier: '{author} commented on your {exam} dossier.',
  commentOnDossier: '{author} commented on {candidate}’s {exam} dossier.',
  traceAttested: '{tutor} attested your trace “{title}”.',
  bilanCompletedYours: '{tutor} completed the bilan of your PFMP at {organisation}.',
  bilanCompleted: '{tutor} completed the bilan of {candidate}’s PFMP at {organisation}.',
  commissionSeat: '{inviter} added you to the commission “{session}” ({exam}).',
};
