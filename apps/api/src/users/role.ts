export { type Role, ROLES, rolesCombine, STAFF_ROLES } from '@dossier-sno/exam-rules';

export const ROLES_DO_NOT_COMBINE =
  "roles : un compte candidat n'a aucun autre rôle ; créez un compte distinct pour le personnel. / A candidate account holds no other role.";
