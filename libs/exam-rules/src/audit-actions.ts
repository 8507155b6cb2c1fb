/**
 * Every event the audit log records, with the French label an administrator reads (on the audit
 * page and in its CSV export). The kind is the part before the dot, what the page filters by.
 */
export const AUDIT_ACTIONS = {
  'auth.login': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.logout': 'Déconnexion',
  'auth.password_changed': 'Mot de passe changé',
  'auth.password_reset_requested': 'Réinitialisation du mot de passe demandée',
  'auth.password_reset': 'Mot de passe réinitialisé',
  'auth.invitation_accepted': 'Invitation acceptée',
  'user.created': 'Compte créé',
  'user.updated': 'Compte modifié',
  'user.roles_changed': 'Rôles modifiés',
  'user.deactivated': 'Compte désactivé',
  'user.invited': 'Invitation envoyée',
  'user.invitation_resent': 'Invitation renvoyée',
  'user.password_reset_sent': 'Envoi d’un lien de réinitialisation par l’administration',
  'user.read': 'Consultation des données d’une personne candidate',
  'user.exported': 'Export RGPD téléchargé',
  'storage.orphan_removed': 'Fichier orphelin supprimé',
  'storage.object_missing': 'Fichier manquant dans le stockage',
  'storage.upload_aborted': 'Dépôt de fichier interrompu nettoyé',
  'upload.infected_rejected': 'Fichier infecté refusé',
  'dossier.submitted': 'Dossier déposé',
  'submission.read': 'Dossier déposé consulté',
  'share.created': 'Lien de partage créé',
  'share.revoked': 'Lien de partage révoqué',
  'share.opened': 'Lien de partage ouvert',
  'cohort.created': 'Cohorte créée',
  'cohort.imported': 'Import de personnes candidates',
  'cohort.dashboard_read': 'Suivi de cohorte consulté',
  'assignment.tutor_added': 'Attribution d’un tuteur ou d’une tutrice',
  'assignment.tutor_removed': 'Retrait d’un tuteur ou d’une tutrice',
  'assignment.teacher_added': 'Ajout d’un formateur ou d’une formatrice à la cohorte',
  'assignment.teacher_removed': 'Retrait d’un formateur ou d’une formatrice de la cohorte',
  'comment.created': 'Commentaire écrit',
  'comment.edited': 'Commentaire modifié',
  'comment.deleted': 'Commentaire supprimé',
  'trace.attested': 'Trace attestée',
  'trace.attestation_withdrawn': 'Attestation retirée',
  'pfmp.bilan_saved': 'Bilan de PFMP enregistré',
  'pfmp.bilan_completed': 'Bilan de PFMP terminé',
  'exam_session.created': 'Session d’examen créée',
  'exam_session.updated': 'Session d’examen modifiée',
  'exam_session.member_added': 'Membre ajouté à la commission',
  'exam_session.member_invited': 'Invitation d’un examinateur ou d’une examinatrice',
  'exam_session.member_removed': 'Membre retiré de la commission',
  'exam_session.candidate_added': 'Inscription d’une personne candidate à la session',
  'exam_session.candidate_removed': 'Retrait d’une personne candidate de la session',
  'evaluation.saved': 'Grille d’évaluation enregistrée',
  'evaluation.signed_off': 'Grille signée',
  'evaluation.locked': 'Grille verrouillée',
  'evaluation.corrected': 'Grille corrigée après verrouillage',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The kinds of event, as the page offers them: each with its French label. */
export const AUDIT_KINDS = {
  auth: 'Connexions et mots de passe',
  user: 'Comptes',
  storage: 'Stockage',
  upload: 'Fichiers refusés',
  dossier: 'Dossiers',
  submission: 'Dossiers déposés',
  share: 'Liens de partage',
  cohort: 'Cohortes',
  assignment: 'Attributions',
  comment: 'Commentaires',
  trace: 'Attestations',
  pfmp: 'Bilans de PFMP',
  exam_session: 'Sessions d’examen',
  evaluation: 'Évaluations',
} as const satisfies Record<string, string>;

export type AuditKind = keyof typeof AUDIT_KINDS;

export const kindOf = (action: string): string => action.split('.')[0] ?? action;

/** The French label of an action; the code itself for an action this version does not know. */
export const auditActionLabel = (action: string): string =>
  (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
