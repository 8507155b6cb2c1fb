import { frMail } from './fr-mail.js';
import { frNotifications } from './fr-notifications.js';

/**
 * The French messages shared by the API and the web, in vue-i18n syntax: `{name}` for a
 * parameter, `a | b` for the singular and plural (chosen by `count`), `{'|'}` for a literal bar.
 * French is the reference: `en.ts` has the same keys (the type says so). Parameters that are
 * dates or lists arrive already written (`errorText` formats them).
 */
export const fr = {
  /** What the API answers when it refuses, by code (`ErrorCode`). */
  errors: {
    // The request itself
    INVALID_INPUT: '{details} | {count} valeurs à corriger : {details}',
    INVALID_ID: 'Identifiant invalide dans l’adresse : un UUID est attendu.',
    MALFORMED_URL:
      'Adresse mal encodée : un « % » doit être suivi de deux chiffres hexadécimaux (UTF-8).',
    MALFORMED_JSON:
      'Corps de la requête illisible : envoyez un JSON valide (guillemets doubles, pas de virgule finale).',
    BODY_TOO_LARGE:
      'Corps de la requête trop volumineux : 1 Mo au plus (les fichiers passent par les routes de dépôt).',
    BODY_TOO_DEEP:
      'Corps de la requête trop imbriqué : {max} niveaux d’objets ou de listes au plus.',
    UNSUPPORTED_CHARSET: 'Jeu de caractères non pris en charge : envoyez le JSON en UTF-8.',
    UNSUPPORTED_ENCODING:
      'Compression du corps non prise en charge : envoyez-le sans Content-Encoding, ou en gzip, deflate ou br.',
    REQUEST_ABORTED: 'Requête interrompue avant la fin du corps : renvoyez-la.',
    BODY_SIZE_MISMATCH: 'Taille du corps différente de Content-Length : renvoyez la requête.',
    LONE_SURROGATE:
      '{field} : caractère invalide (moitié de paire UTF-16, « \\ud800 » par exemple) : retirez-le.',
    INVALID_VALUE_FORMAT:
      'Valeur invalide : vérifiez son format (identifiant UUID, nombre, date AAAA-MM-JJ).',
    INVALID_DATE_TIME: 'Date ou heure invalide : utilisez AAAA-MM-JJ ou une date ISO 8601.',
    DATE_OUT_OF_RANGE: 'Date hors limites : choisissez une date réelle entre les années 1 et 9999.',
    NUMBER_OUT_OF_RANGE: 'Nombre hors limites : choisissez une valeur plus petite.',
    TEXT_TOO_LONG: 'Texte trop long : raccourcissez-le.',
    FORBIDDEN_CHARACTER:
      'Caractère interdit dans le texte (octet nul U+0000 ou encodage non UTF-8) : retirez-le.',
    VALUE_TOO_LONG: 'Valeur trop longue pour être enregistrée : raccourcissez-la.',
    MULTIPART_EXPECTED: 'Envoyez le fichier en multipart/form-data.',
    JSON_EXPECTED: 'Envoyez le corps en JSON (Content-Type: application/json).',
    FILE_EXPECTED: 'Fichier attendu dans le champ « {field} ».',
    CROSS_ORIGIN: 'Requête refusée : elle ne vient pas de la plateforme.',
    ROUTE_NOT_FOUND: 'Aucune page de l’API à cette adresse ({method} {path}).',
    HTTP_ERROR: 'La requête a échoué (HTTP {status}).',
    INTERNAL_ERROR:
      'Erreur inattendue du serveur : rien n’a été enregistré à moitié ; réessayez, et signalez-la si elle se reproduit.',
    DATE_DOES_NOT_EXIST: '{field} : cette date n’existe pas ({value}).',
    DATE_RANGE_REVERSED: '{end} doit être le même jour que {start} ou après.',

    // Parts the platform depends on
    DATABASE_UNAVAILABLE: 'Base de données indisponible : réessayez dans un instant.',
    STORAGE_UNAVAILABLE: 'Stockage des fichiers indisponible : réessayez dans un instant.',

    // Who may do what
    NOT_FOUND: 'Introuvable : cet élément n’existe pas, ou vous n’y avez pas accès.',
    SIGN_IN_REQUIRED: 'Connexion requise.',
    CSRF_INVALID:
      'Jeton CSRF absent ou invalide : lisez-le sur GET /api/auth/csrf et renvoyez-le dans l’en-tête X-CSRF-Token.',
    ROLE_FORBIDDEN: 'Votre rôle ne permet pas cette action.',
    ADMINS_ONLY: 'Réservé aux administrateurs et administratrices.',
    COHORT_STAFF_ONLY: 'Réservé à l’équipe pédagogique de la cohorte.',
    CANDIDATE_ONLY_TRACES: 'Seule la personne candidate modifie ses traces.',
    CANDIDATE_ONLY_PFMP: 'Seule la personne candidate modifie ses périodes de PFMP.',
    TUTOR_ONLY_ATTESTS: 'Seule une personne tutrice de la personne candidate atteste ses traces.',
    PERIOD_TUTOR_ONLY_BILAN: 'Seule la personne tutrice de cette période remplit son bilan.',
    BILAN_NOT_COMPLETE:
      'Le bilan de cette période n’est pas encore terminé par la personne tutrice.',
    SHARE_NOT_ALLOWED: 'Partage réservé à la personne candidate et à son équipe pédagogique.',
    COMMENT_AUTHOR_ONLY: 'Seule la personne qui a écrit ce commentaire le modifie ou le supprime.',
    SESSION_MANAGERS_ONLY:
      'Réservé aux administrateurs et à la personne de l’équipe pédagogique qui a créé la session.',
    COMMISSION_AND_ADMINS_ONLY: 'Réservé à la commission et aux administrateurs.',
    COMMISSION_ONLY_EVALUATES:
      'Seuls les membres de la commission remplissent et signent la grille.',
    CANDIDATE_ID_REQUIRED:
      'candidateId : précisez la personne candidate dont vous consultez le dossier.',

    // Accounts and links
    BAD_CREDENTIALS: 'E-mail ou mot de passe incorrect.',
    CURRENT_PASSWORD_WRONG: 'Mot de passe actuel incorrect.',
    LINK_INVALID: 'Lien invalide, expiré ou déjà utilisé : demandez-en un nouveau.',
    SHARE_LINK_INVALID: 'Lien de partage invalide, expiré ou révoqué.',
    LINK_RECENTLY_SENT:
      'Un lien a été envoyé à {email} il y a moins de {minutes} minutes ; il reste valable.',
    TOO_MANY_LOGIN_FAILURES:
      'Trop d’échecs de connexion : réessayez dans {count} minute. | Trop d’échecs de connexion : réessayez dans {count} minutes.',
    TOO_MANY_RESET_REQUESTS:
      'Trop de demandes de réinitialisation : réessayez dans {count} minute. | Trop de demandes de réinitialisation : réessayez dans {count} minutes.',
    TOO_MANY_TUTOR_INVITATIONS:
      'Vous avez déjà invité 10 tuteurs ou tutrices par e-mail aujourd’hui : réessayez dans {count} heure, ou demandez à votre formateur ou formatrice. | Vous avez déjà invité 10 tuteurs ou tutrices par e-mail aujourd’hui : réessayez dans {count} heures, ou demandez à votre formateur ou formatrice.',
    ACCOUNT_EXISTS: 'Un compte existe déjà pour {email}.',
    ACCOUNT_DEACTIVATED: 'Ce compte ({name}) est désactivé : aucun lien ne lui est envoyé.',
    CANNOT_DEACTIVATE_SELF: 'Vous ne pouvez pas désactiver votre propre compte.',
    EXAM_PROFILE_CANDIDATE_ONLY: 'Seul un compte candidat a un profil d’examen.',
    CANDIDATE_FIELD_REQUIRED: '{field} est obligatoire pour un compte candidat.',
    UNKNOWN_COHORT: 'cohortId : cohorte inconnue dans votre établissement ({cohortId}).',
    NOT_IN_COHORT:
      'Ce compte n’est pas celui d’une personne candidate inscrite dans une cohorte : demandez à votre établissement.',
    NOT_A_TEACHER: 'Ce compte n’a pas le rôle enseignant.',
    NO_ACTIVE_STAFF_MEMBER:
      'Aucun examinateur ni formateur actif de l’établissement ne correspond : invitez la personne par e-mail.',

    // Cohorts
    SCHOOL_YEAR_CONSECUTIVE: 'schoolYear : deux années consécutives, par exemple 2026-2027.',
    COHORT_EXISTS: 'La cohorte {name} {schoolYear} existe déjà.',
    CSV_EXPECTED: 'Fichier CSV attendu dans le champ « file ».',
    IMPORT_REFUSED:
      'Import refusé : {count} erreur, aucun compte créé. | Import refusé : {count} erreurs, aucun compte créé.',

    // Traces, files and comments
    STALE_VERSION:
      'Quelqu’un a modifié {resource} entre-temps (version {version}) : rechargez la page pour repartir de la dernière version.',
    TRACE_PERIOD_NOT_PFMP:
      'pfmpPeriodId : seule une trace réalisée en PFMP (contexte « pfmp ») se rattache à une période.',
    UNKNOWN_COMPETENCES:
      'Code de compétence inconnu dans le référentiel {version} : {codes}. | Codes de compétence inconnus dans le référentiel {version} : {codes}.',
    FILE_TOO_LARGE: 'Fichier trop volumineux pour la limite de la plateforme.',
    FILE_TYPE_REFUSED:
      'Type de fichier refusé : {mediaType}. Formats acceptés : PDF, documents bureautiques, images, vidéo, audio, texte, sous-titres, ZIP.',
    RANGE_NOT_SATISFIABLE: 'Plage hors du fichier ({size} octets).',
    FILE_INFECTED:
      'Fichier « {fileName} » refusé : l’antivirus y a détecté {signature}. Il n’a pas été enregistré.',
    SCANNER_UNAVAILABLE:
      'Analyse antivirus indisponible : le fichier n’a pas été enregistré, réessayez dans un instant.',
    SCANNER_SIZE_LIMIT:
      'Fichier trop volumineux pour l’analyse antivirus : il n’a pas été enregistré. Signalez-le à l’administration, qui doit relever la limite de l’antivirus.',
    SCANNER_INTERRUPTED:
      'Analyse antivirus interrompue (fichier trop volumineux pour l’antivirus, ou antivirus redémarré) : le fichier n’a pas été enregistré. Réessayez ; si cela se reproduit, signalez-le à l’administration.',
    COMMENT_EDIT_WINDOW_PASSED:
      'Un commentaire ne peut être modifié que dans les {minutes} minutes qui suivent son envoi ; supprimez-le et écrivez-en un nouveau.',

    // Dossiers and submissions
    DOSSIER_TRACE_REPEATED: 'items : une trace ne peut figurer qu’une fois.',
    UNKNOWN_TRACES: 'Trace inconnue : {ids}. | Traces inconnues : {ids}.',
    DOSSIER_EMPTY: 'Ce dossier est vide : enregistrez d’abord sa sélection.',
    DOSSIER_INCOMPLETE:
      'Dossier incomplet : {details} Pour le déposer quand même, confirmez avec "acknowledgeIncomplete": true.',
    SUBMISSION_DEADLINE_PASSED:
      'La date limite de dépôt pour {exam} (session « {session} ») est passée depuis le {deadline} : le dossier ne peut plus être déposé.',
    NO_SUBMISSION_BEFORE_DEADLINE: 'Aucun dossier déposé avant la date limite de cette session.',

    // PFMP and tutoring
    TUTOR_ID_OR_INVITATION:
      'Choisissez une personne tutrice attribuée (tutorId) ou invitez-en une par e-mail (tutor), pas les deux.',
    TUTOR_NOT_ASSIGNED:
      'tutorId : cette personne tutrice ne vous est pas attribuée ; demandez à votre formateur, votre formatrice ou à l’administration de l’ajouter.',
    TUTOR_EMAIL_TAKEN:
      'tutor.email : cette adresse appartient à un compte qui ne peut pas être votre tuteur ou tutrice ; demandez à votre formateur, votre formatrice ou à l’administration de vous l’attribuer.',
    PERIOD_NOT_YOURS:
      'pfmpPeriodId : cette période de PFMP n’est pas l’une des vôtres ; choisissez-en une de votre page PFMP.',
    NO_PROOF_YET: 'Aucun justificatif déposé pour cette période.',
    PERIOD_BILAN_STARTED:
      'La personne tutrice a commencé le bilan de cette période : elle ne peut plus être supprimée, corrigez-la plutôt.',
    ONLY_PFMP_TRACES_ATTESTED:
      'Seules les traces réalisées en PFMP (contexte « pfmp ») s’attestent : demandez à la personne candidate de corriger le contexte.',
    TRACE_NOT_IN_TUTORED_PERIOD:
      'Cette trace n’est pas rattachée à une période de PFMP que vous suivez comme tuteur ou tutrice : vous ne pouvez attester que les traces de votre période.',
    TRACE_OUTSIDE_PERIOD:
      'Cette trace est datée du {traceFrom}, hors de votre période de PFMP chez {organisation} (du {startsOn} au {endsOn}) : vous ne pouvez attester que ce qui s’est passé pendant cette période ; demandez à la personne candidate de corriger la date ou la période. | Cette trace est datée du {traceFrom} au {traceUntil}, hors de votre période de PFMP chez {organisation} (du {startsOn} au {endsOn}) : vous ne pouvez attester que ce qui s’est passé pendant cette période ; demandez à la personne candidate de corriger la date ou la période.',
    BILAN_FINAL: 'Ce bilan est terminé : il ne peut plus être modifié.',
    BILAN_INCOMPLETE:
      'Le bilan ne peut pas encore être terminé : {count} point reste à compléter. | Le bilan ne peut pas encore être terminé : {count} points restent à compléter.',
    UNKNOWN_OR_REPEATED_CODES:
      '{field} : code inconnu ou en double : {codes}. | {field} : codes inconnus ou en double : {codes}.',

    // Exam sessions and evaluations
    DEADLINE_AFTER_ORALS: 'submissionDeadline doit précéder le début des oraux (oralStartsOn).',
    CANDIDATE_ON_COMMISSION:
      'Cette personne est candidate dans cette session : elle ne peut pas siéger à sa commission.',
    COMMISSION_MEMBER_ENROLLED:
      '{names} siège à la commission de cette session : elle ne peut pas y être candidate ; retirez-la d’abord de la commission. | {names} siègent à la commission de cette session : elles ne peuvent pas y être candidates ; retirez-les d’abord de la commission.',
    EVALUATION_NOT_SAVED: 'Enregistrez d’abord la grille avant de la signer.',
    MARK_REQUIRED_TO_SIGN: 'Proposez une note sur 20 avant de signer.',
    EVALUATION_LOCKED:
      'L’évaluation est verrouillée : toute la commission l’a signée ; une correction passe par l’administration.',
    EVALUATION_NOT_LOCKED:
      'Cette évaluation n’est pas verrouillée : la commission la modifie elle-même.',
    CRITERION_REPEATED: 'scores : le critère {criterion} figure deux fois.',
    UNKNOWN_CRITERIA:
      'scores : critère inconnu pour {exam} : {criteria}. | scores : critères inconnus pour {exam} : {criteria}.',
    MARK_HALF_POINTS: 'proposedMark : une note de 0 à 20 par demi-points (par exemple 13,5).',
  },

  /** What is wrong on a line of a cohort's candidate CSV (`errors[].problem` of IMPORT_REFUSED). */
  csvImport: {
    unreadable: 'CSV illisible : {detail}',
    empty: 'Fichier vide : une ligne d’en-tête est attendue ({header}).',
    missingColumn: 'Colonne {column} absente de l’en-tête.',
    noCandidates: 'Aucun candidat dans le fichier.',
    badEmail: 'Adresse e-mail invalide : « {email} ».',
    duplicateEmail: 'Déjà présente ligne {first}.',
    badName:
      'Nom obligatoire, sur une ligne sans caractère de contrôle ({max} caractères au plus).',
    ambiguousStatus: '« {text} » peut désigner {choices} : précisez lequel.',
    unknownStatus:
      'Statut inconnu : « {text} ». Écrivez le libellé du règlement d’examen (par exemple « Scolaire sous contrat », « Apprenti non habilité ») ou son code ; la liste des statuts acceptés est sous le champ d’import.',
    missingStatus:
      'Statut manquant. Écrivez le libellé du règlement d’examen (par exemple « Scolaire sous contrat », « Apprenti non habilité ») ou son code ; la liste des statuts acceptés est sous le champ d’import.',
    accountExists: 'Un compte existe déjà pour cette adresse.',
    badPositionne: '« {value} » : oui ou non attendu.',
  },

  /** What a PFMP bilan still needs before the tutor completes it (`BilanGap.reason`). */
  bilanGaps: {
    activities: 'Décrivez les activités réalisées.',
    competences: 'Indiquez au moins une compétence visée.',
    unrated: 'Choisissez un niveau pour {codes}.',
    transversal:
      'Choisissez un niveau pour la compétence transversale {codes}. | Choisissez un niveau pour les compétences transversales {codes}.',
  },

  /** What each readiness check of a dossier says (`ReadinessCheck.reason`), in exam-rules. */
  readiness: {
    presentationDone: 'Analyse réflexive du dossier rédigée.',
    presentationMissing:
      'Rédigez l’analyse réflexive de l’ensemble du dossier (ce que vous avez fait, pourquoi, ce que vous avez appris).',
    coverageDone:
      '{competence} est couverte par {count} trace. | {competence} est couverte par {count} traces.',
    coverageMissing:
      'Ajoutez au dossier au moins une trace qui mobilise la compétence {competence}.',
    projectNone: 'Décrivez le projet collaboratif mené en groupe ({min} à {max} personnes).',
    projectTooSmall:
      'Le projet collaboratif se mène à {min} à {max} personnes : nommez les membres du groupe (vous compris).',
    projectTooLarge:
      'Un groupe projet compte {max} personnes au plus ({count} nommées) : vérifiez la composition du groupe.',
    projectGroup: 'Groupe projet de {count} personnes.',
    contributionDone: 'Contribution personnelle au projet décrite.',
    contributionMissing: 'Décrivez votre contribution personnelle au projet collaboratif.',
    projectTracesDone:
      '{count} trace du projet dans le dossier. | {count} traces du projet dans le dossier.',
    projectTracesMissing: 'Rattachez au projet au moins une trace sélectionnée dans le dossier.',
    pfmpWeeksDone: 'PFMP : {count} semaines sur {minimum} exigées.',
    pfmpWeeksMissing:
      'PFMP : {count} semaine enregistrée sur {minimum} exigées : complétez vos périodes de formation en milieu professionnel. | PFMP : {count} semaines enregistrées sur {minimum} exigées : complétez vos périodes de formation en milieu professionnel.',
    proofNoEmployment: 'Enregistrez vos périodes d’emploi avec leurs certificats de travail.',
    proofNoPeriods: 'Enregistrez vos périodes de formation en milieu professionnel.',
    proofMissingAttestation:
      'Déposez l’attestation de PFMP pour {count} période. | Déposez l’attestation de PFMP pour {count} périodes.',
    proofMissingCertificate:
      'Déposez le certificat de travail de votre employeur pour {count} période. | Déposez le certificat de travail de votre employeur pour {count} périodes.',
    proofMissingCertificates:
      'Déposez vos certificats de travail pour {count} période. | Déposez vos certificats de travail pour {count} périodes.',
    proofDone: 'Chaque période a son justificatif.',
    bilansNoPeriods:
      'Les bilans de PFMP remplis par vos tuteurs et tutrices seront demandés pour chaque période.',
    bilansMissing:
      'Il manque le bilan de la personne tutrice pour {count} période : rappelez-le-lui. | Il manque le bilan de la personne tutrice pour {count} périodes : rappelez-le-lui.',
    bilansDone: 'Chaque période a son bilan.',
    realisationNone:
      'Choisissez une réalisation pour l’activité {activity} et expliquez sa conception, sa mise en œuvre et vos choix.',
    realisationSeveral:
      'Une seule réalisation par activité : gardez-en une pour l’activité {activity} ({count} choisies).',
    realisationNoTrace: 'Choisissez la trace de la réalisation de l’activité {activity}.',
    realisationNotInDossier:
      'Ajoutez au dossier la trace de la réalisation de l’activité {activity}.',
    realisationUnexplained:
      'Expliquez la conception, la mise en œuvre et les choix de la réalisation de l’activité {activity}.',
    realisationDone: 'Réalisation de l’activité {activity} présentée.',
    userSupportDone:
      '{count} trace d’accompagnement des utilisateurs sur un service applicatif. | {count} traces d’accompagnement des utilisateurs sur un service applicatif.',
    userSupportMissing:
      'Ajoutez une trace d’accompagnement des utilisateurs dans les usages d’un service applicatif (C3.1).',
    awarenessDone:
      '{count} trace de sensibilisation à la sécurité ou à la protection des données. | {count} traces de sensibilisation à la sécurité ou à la protection des données.',
    awarenessMissing:
      'Ajoutez une trace de sensibilisation à la sécurité informatique ou à la protection des données personnelles (C3.2).',
  },

  /** What `{resource}` names in STALE_VERSION. */
  resources: {
    account: 'ce compte',
    bilan: 'ce bilan',
    dossier: 'ce dossier',
    evaluation: 'cette évaluation',
    examSession: 'cette session',
    period: 'cette période',
    trace: 'cette trace',
  },

  /**
   * What a field needs, by validation rule; the API writes `{field} : ` before it, the web shows
   * it beside the field.
   */
  validation: {
    atField: '{field} : {problem}',
    required: 'obligatoire.',
    unknownField: 'champ inconnu : retirez-le.',
    isString: 'un texte est attendu.',
    isNotEmpty: 'ne peut pas être vide.',
    isEmail: "saisissez une adresse e-mail valide (nom{'@'}exemple.fr).",
    isUuid: 'un identifiant (UUID) est attendu.',
    isIn: 'valeurs possibles : {choices}.',
    isInt: 'un nombre entier est attendu.',
    isNumber: 'un nombre est attendu.',
    isBoolean: 'true ou false.',
    isArray: 'une liste est attendue.',
    isObject: 'un objet est attendu.',
    isUrl: 'une adresse web complète est attendue (https://…).',
    min: 'au moins {min}.',
    max: 'au plus {max}.',
    length: 'de {min} à {max} caractères.',
    minLength: 'au moins {min} caractères.',
    maxLength: '{max} caractères au plus.',
    arrayMinSize: 'au moins {min} éléments.',
    arrayMaxSize: '{max} éléments au plus.',
    arrayUnique: 'chaque valeur ne figure qu’une fois.',
    invalid: 'valeur invalide.',
    date: 'une date AAAA-MM-JJ est attendue (par exemple 2027-03-01).',
    dateTime:
      'une date et une heure ISO 8601 sont attendues (par exemple 2027-05-15T18:00:00+02:00).',
    oneLine: 'une seule ligne, sans retour à la ligne ni caractère de contrôle.',
    siret: '14 chiffres (les espaces sont acceptés).',
    schoolYear: 'deux années, par exemple 2026-2027.',
    bilanCode: 'C1.1 à C3.3, ou T1 à T4.',
    rolesCombine:
      'un compte candidat n’a aucun autre rôle ; créez un compte distinct pour le personnel.',
    token: 'jeton invalide.',
  },

  notifications: frNotifications,

  mail: frMail,
};

export type Messages = typeof fr;
