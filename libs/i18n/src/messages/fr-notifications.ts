/**
 * What a notification says, by reason (`Notification.reason`); the API stores the reason and its
 * parameters, each reader writes them in their language. Names and titles are parameters.
 */
export const frNotifications = {
  dossierSubmitted: '{candidate} a déposé son dossier {exam}.',
  commentOnYourTrace: '{author} a commenté votre trace « {title} ».',
  commentOnTrace: '{author} a commenté la trace « {title} » de {candidate}.',
  commentOnYourSubmission: '{author} a commenté votre dépôt {exam} du {submittedOn}.',
  commentOnSubmission: '{author} a commenté le dépôt {exam} de {candidate} du {submittedOn}.',
  commentOnYourDossier: '{author} a commenté votre dossier {exam}.',
  commentOnDossier: '{author} a commenté le dossier {exam} de {candidate}.',
  traceAttested: '{tutor} a attesté votre trace « {title} ».',
  bilanCompletedYours: '{tutor} a terminé le bilan de votre PFMP chez {organisation}.',
  bilanCompleted: '{tutor} a terminé le bilan de la PFMP de {candidate} chez {organisation}.',
  commissionSeat: '{inviter} a ajouté votre nom à la commission « {session} » ({exam}).',
};
