export { type Role, ROLES, rolesCombine, STAFF_ROLES } from '@dossier-sno/exam-rules';
