import { enMail } from './en-mail.js';
import { enNotifications } from './en-notifications.js';
import type { Messages } from './fr.js';

/** The English messages: the same keys as French (`Messages`), checked by the compiler. */
export const en: Messages = {
  errors: {
    INVALID_INPUT: '{details} | {count} values to correct: {details}',
    INVALID_ID: 'Invalid id in the address: a UUID is expected.',
    MALFORMED_URL: 'Malformed address: a “%” must be followed by two hexadecimal digits (UTF-8).',
    MALFORMED_JSON: 'Unreadable request body: send valid JSON (double quotes, no trailing comma).',
    BODY_TOO_LARGE: 'Request body too large: 1 MB at most (files go through the upload routes).',
    BODY_TOO_DEEP: 'Request body nested too deeply: {max} levels of objects or lists at most.',
    UNSUPPORTED_CHARSET: 'Unsupported character set: send the JSON in UTF-8.',
    UNSUPPORTED_ENCODING:
      'Unsupported body compression: send it without Content-Encoding, or as gzip, deflate or br.',
    REQUEST_ABORTED: 'The request was cut before the end of its body: send it again.',
    BODY_SIZE_MISMATCH: 'The body size differs from Content-Length: send the request again.',
    LONE_SURROGATE:
      '{field}: invalid character (half of a UTF-16 pair, “\\ud800” for instance): remove it.',
    INVALID_VALUE_FORMAT: 'Invalid value: check its format (UUID, number, YYYY-MM-DD date).',
    INVALID_DATE_TIME: 'Invalid date or time: use YYYY-MM-DD or an ISO 8601 date.',
    DATE_OUT_OF_RANGE: 'Date out of range: choose a real date between years 1 and 9999.',
    NUMBER_OUT_OF_RANGE: 'Number out of range: choose a smaller value.',
    TEXT_TOO_LONG: 'Text too long: shorten it.',
    FORBIDDEN_CHARACTER:
      'Forbidden character in the text (NUL byte U+0000 or non-UTF-8 encoding): remove it.',
    VALUE_TOO_LONG: 'Value too long to be stored: shorten it.',
    MULTIPART_EXPECTED: 'Send the file as multipart/form-data.',
    JSON_EXPECTED: 'Send the body as JSON (Content-Type: application/json).',
    FILE_EXPECTED: 'A file is expected in the “{field}” field.',
    CROSS_ORIGIN: 'Request refused: it does not come from the platform.',
    ROUTE_NOT_FOUND: 'No API page at this address ({method} {path}).',
    HTTP_ERROR: 'The request failed (HTTP {status}).',
    INTERNAL_ERROR:
      'Unexpected server error: nothing was half-saved; try again, and report it if it happens again.',
    DATE_DOES_NOT_EXIST: '{field}: this date does not exist ({value}).',
    DATE_RANGE_REVERSED: '{end} must be the same day as {start} or later.',

    DATABASE_UNAVAILABLE: 'Database unavailable: try again in a moment.',
    STORAGE_UNAVAILABLE: 'File storage unavailable: try again in a moment.',

    NOT_FOUND: 'Not found: this item does not exist, or you cannot reach it.',
    SIGN_IN_REQUIRED: 'Sign-in required.',
    CSRF_INVALID:
      'Missing or invalid CSRF token: read it from GET /api/auth/csrf and send it back in the X-CSRF-Token header.',
    ROLE_FORBIDDEN: 'Your role does not allow this action.',
    ADMINS_ONLY: 'Administrators only.',
    COHORT_STAFF_ONLY: 'Reserved to the teaching team of the cohort.',
    CANDIDATE_ONLY_TRACES: 'Only the candidate changes their traces.',
    CANDIDATE_ONLY_PFMP: 'Only the candidate changes their PFMP periods.',
    TUTOR_ONLY_ATTESTS: 'Only a tutor of the candidate attests their traces.',
    PERIOD_TUTOR_ONLY_BILAN: 'Only the tutor of this period fills in its bilan.',
    BILAN_NOT_COMPLETE: 'The tutor has not completed the bilan of this period yet.',
    SHARE_NOT_ALLOWED: 'Sharing is reserved to the candidate and their teaching team.',
    COMMENT_AUTHOR_ONLY: 'Only the person who wrote this comment edits or deletes it.',
    SESSION_MANAGERS_ONLY:
      'Reserved to administrators and to the member of the teaching team who created the session.',
    COMMISSION_AND_ADMINS_ONLY: 'Reserved to the commission and administrators.',
    COMMISSION_ONLY_EVALUATES: 'Only members of the commission fill in and sign the grid.',
    CANDIDATE_ID_REQUIRED: 'candidateId: name the candidate whose dossier you are reading.',

    BAD_CREDENTIALS: 'Wrong e-mail or password.',
    CURRENT_PASSWORD_WRONG: 'The current password is wrong.',
    LINK_INVALID: 'Invalid, expired or already used link: ask for a new one.',
    SHARE_LINK_INVALID: 'Invalid, expired or revoked share link.',
    LINK_RECENTLY_SENT:
      'A link was sent to {email} less than {minutes} minutes ago; it is still valid.',
    TOO_MANY_LOGIN_FAILURES:
      'Too many failed sign-ins: try again in {count} minute. | Too many failed sign-ins: try again in {count} minutes.',
    TOO_MANY_RESET_REQUESTS:
      'Too many password-reset requests: try again in {count} minute. | Too many password-reset requests: try again in {count} minutes.',
    TOO_MANY_TUTOR_INVITATIONS:
      'You have already invited 10 tutors by e-mail today: try again in {count} hour, or ask your teacher. | You have already invited 10 tutors by e-mail today: try again in {count} hours, or ask your teacher.',
    ACCOUNT_EXISTS: 'An account already exists for {email}.',
    ACCOUNT_DEACTIVATED: 'This account ({name}) is deactivated: no link is sent to it.',
    CANNOT_DEACTIVATE_SELF: 'You cannot deactivate your own account.',
    EXAM_PROFILE_CANDIDATE_ONLY: 'Only a candidate account has an exam profile.',
    CANDIDATE_FIELD_REQUIRED: '{field} is required for a candidate account.',
    UNKNOWN_COHORT: 'cohortId: no such cohort in your establishment ({cohortId}).',
    NOT_IN_COHORT:
      'This account is not that of a candidate enrolled in a cohort: ask your establishment.',
    NOT_A_TEACHER: 'This account does not have the teacher role.',
    NO_ACTIVE_STAFF_MEMBER:
      'No active examiner or teacher of the establishment matches: invite the person by e-mail.',

    SCHOOL_YEAR_CONSECUTIVE: 'schoolYear: two consecutive years, for instance 2026-2027.',
    COHORT_EXISTS: 'The cohort {name} {schoolYear} already exists.',
    CSV_EXPECTED: 'A CSV file is expected in the “file” field.',
    IMPORT_REFUSED:
      'Import refused: {count} error, no account created. | Import refused: {count} errors, no account created.',

    STALE_VERSION:
      'Someone changed {resource} meanwhile (version {version}): reload the page to start again from the latest version.',
    TRACE_PERIOD_NOT_PFMP:
      'pfmpPeriodId: only a trace made during a PFMP (context “pfmp”) is tied to a period.',
    UNKNOWN_COMPETENCES:
      'Unknown competence code in référentiel {version}: {codes}. | Unknown competence codes in référentiel {version}: {codes}.',
    FILE_TOO_LARGE: 'File larger than the platform’s limit.',
    FILE_TYPE_REFUSED:
      'File type not accepted: {mediaType}. Accepted formats: PDF, office documents, images, video, audio, text, subtitles, ZIP.',
    RANGE_NOT_SATISFIABLE: 'Range outside the file ({size} bytes).',
    FILE_INFECTED:
      'File “{fileName}” refused: the virus scanner found {signature} in it. It was not stored.',
    SCANNER_UNAVAILABLE:
      'Virus scanner unavailable: the file was not stored; try again in a moment.',
    SCANNER_SIZE_LIMIT:
      'File too large for the virus scanner: it was not stored. Report it to the administration, who must raise the scanner’s limit.',
    SCANNER_INTERRUPTED:
      'Virus scan interrupted (file too large for the scanner, or scanner restarting): the file was not stored. Try again; if it happens again, report it to the administration.',
    COMMENT_EDIT_WINDOW_PASSED:
      'A comment can only be edited within {minutes} minutes of being sent; delete it and write a new one.',

    DOSSIER_TRACE_REPEATED: 'items: a trace appears only once.',
    UNKNOWN_TRACES: 'Unknown trace: {ids}. | Unknown traces: {ids}.',
    DOSSIER_EMPTY: 'This dossier is empty: save its selection first.',
    DOSSIER_INCOMPLETE:
      'Incomplete dossier: {details} To submit it anyway, confirm with "acknowledgeIncomplete": true.',
    SUBMISSION_DEADLINE_PASSED:
      'The submission deadline for {exam} (session “{session}”) passed on {deadline}: the dossier can no longer be submitted.',
    NO_SUBMISSION_BEFORE_DEADLINE: 'No dossier submitted before this session’s deadline.',

    TUTOR_ID_OR_INVITATION:
      'Choose an assigned tutor (tutorId) or invite one by e-mail (tutor), not both.',
    TUTOR_NOT_ASSIGNED:
      'tutorId: this tutor is not assigned to you; ask your teacher or the administration to add them.',
    TUTOR_EMAIL_TAKEN:
      'tutor.email: this address belongs to an account that cannot be your tutor; ask your teacher or the administration to assign them to you.',
    PERIOD_NOT_YOURS:
      'pfmpPeriodId: this PFMP period is not one of yours; choose one from your PFMP page.',
    NO_PROOF_YET: 'No proof uploaded for this period yet.',
    PERIOD_BILAN_STARTED:
      'The tutor has started this period’s bilan: it can no longer be deleted; correct it instead.',
    ONLY_PFMP_TRACES_ATTESTED:
      'Only traces made during a PFMP (context “pfmp”) are attested: ask the candidate to correct the context.',
    TRACE_NOT_IN_TUTORED_PERIOD:
      'This trace is not tied to a PFMP period you tutor: you can only attest the traces of your period.',
    TRACE_OUTSIDE_PERIOD:
      'This trace is dated {traceFrom}, outside your PFMP period at {organisation} ({startsOn} to {endsOn}): you can only attest what happened during this period; ask the candidate to correct the date or the period. | This trace is dated {traceFrom} to {traceUntil}, outside your PFMP period at {organisation} ({startsOn} to {endsOn}): you can only attest what happened during this period; ask the candidate to correct the date or the period.',
    BILAN_FINAL: 'This bilan is complete: it can no longer be changed.',
    BILAN_INCOMPLETE:
      'The bilan cannot be completed yet: {count} point is left. | The bilan cannot be completed yet: {count} points are left.',
    UNKNOWN_OR_REPEATED_CODES:
      '{field}: unknown or repeated code: {codes}. | {field}: unknown or repeated codes: {codes}.',

    DEADLINE_AFTER_ORALS: 'submissionDeadline must come before the first oral (oralStartsOn).',
    CANDIDATE_ON_COMMISSION:
      'This person is a candidate in this session: they cannot sit on its commission.',
    COMMISSION_MEMBER_ENROLLED:
      '{names} sits on this session’s commission: they cannot be a candidate in it; remove them from the commission first. | {names} sit on this session’s commission: they cannot be candidates in it; remove them from the commission first.',
    EVALUATION_NOT_SAVED: 'Save the grid before signing it.',
    MARK_REQUIRED_TO_SIGN: 'Propose a mark out of 20 before signing.',
    EVALUATION_LOCKED:
      'The evaluation is locked: the whole commission signed it; a correction goes through the administration.',
    EVALUATION_NOT_LOCKED: 'This evaluation is not locked: the commission changes it itself.',
    CRITERION_REPEATED: 'scores: criterion {criterion} is listed twice.',
    UNKNOWN_CRITERIA:
      'scores: unknown criterion for {exam}: {criteria}. | scores: unknown criteria for {exam}: {criteria}.',
    MARK_HALF_POINTS: 'proposedMark: a mark from 0 to 20 in half points (for instance 13.5).',
  },

  csvImport: {
    unreadable: 'Unreadable CSV: {detail}',
    empty: 'Empty file: a header line is expected ({header}).',
    missingColumn: 'Column {column} is missing from the header.',
    noCandidates: 'No candidate in the file.',
    badEmail: 'Invalid e-mail address: “{email}”.',
    duplicateEmail: 'Already on line {first}.',
    badName: 'Name required, on one line without control characters ({max} characters at most).',
    ambiguousStatus: '“{text}” may mean {choices}: say which.',
    unknownStatus:
      'Unknown status: “{text}”. Write the label of the exam regulations (for instance « Scolaire sous contrat », « Apprenti non habilité ») or its code; the accepted statuses are listed under the import field.',
    missingStatus:
      'Missing status. Write the label of the exam regulations (for instance « Scolaire sous contrat », « Apprenti non habilité ») or its code; the accepted statuses are listed under the import field.',
    accountExists: 'An account already exists for this address.',
    badPositionne: '“{value}”: yes or no expected (oui / non).',
  },

  bilanGaps: {
    activities: 'Describe the activities carried out.',
    competences: 'Name at least one targeted competence.',
    unrated: 'Choose a level for {codes}.',
    transversal:
      'Choose a level for the transversal competence {codes}. | Choose a level for the transversal competences {codes}.',
  },

  readiness: {
    presentationDone: 'Reflective analysis of the dossier written.',
    presentationMissing:
      'Write the reflective analysis of the whole dossier (what you did, why, what you learnt).',
    coverageDone:
      '{competence} is covered by {count} trace. | {competence} is covered by {count} traces.',
    coverageMissing: 'Add to the dossier at least one trace that draws on competence {competence}.',
    projectNone:
      'Describe the collaborative project carried out in a group ({min} to {max} people).',
    projectTooSmall:
      'The collaborative project is carried out by {min} to {max} people: name the members of the group (you included).',
    projectTooLarge:
      'A project group has {max} people at most ({count} named): check the group’s members.',
    projectGroup: 'Project group of {count} people.',
    contributionDone: 'Personal contribution to the project described.',
    contributionMissing: 'Describe your personal contribution to the collaborative project.',
    projectTracesDone:
      '{count} trace of the project in the dossier. | {count} traces of the project in the dossier.',
    projectTracesMissing: 'Tie at least one trace selected in the dossier to the project.',
    pfmpWeeksDone: 'PFMP: {count} weeks of the {minimum} required.',
    pfmpWeeksMissing:
      'PFMP: {count} week recorded of the {minimum} required: complete your work placement periods. | PFMP: {count} weeks recorded of the {minimum} required: complete your work placement periods.',
    proofNoEmployment: 'Record your periods of employment with their work certificates.',
    proofNoPeriods: 'Record your work placement periods (PFMP).',
    proofMissingAttestation:
      'Upload the PFMP attestation for {count} period. | Upload the PFMP attestation for {count} periods.',
    proofMissingCertificate:
      'Upload your employer’s work certificate for {count} period. | Upload your employer’s work certificate for {count} periods.',
    proofMissingCertificates:
      'Upload your work certificates for {count} period. | Upload your work certificates for {count} periods.',
    proofDone: 'Each period has its proof.',
    bilansNoPeriods: 'The PFMP bilans filled in by your tutors will be required for each period.',
    bilansMissing:
      'The tutor’s bilan is missing for {count} period: remind your tutor. | The tutor’s bilan is missing for {count} periods: remind your tutors.',
    bilansDone: 'Each period has its bilan.',
    realisationNone:
      'Choose a realisation for activity {activity} and explain its design, its implementation and your choices.',
    realisationSeveral:
      'One realisation per activity: keep one for activity {activity} ({count} chosen).',
    realisationNoTrace: 'Choose the trace of the realisation of activity {activity}.',
    realisationNotInDossier:
      'Add the trace of the realisation of activity {activity} to the dossier.',
    realisationUnexplained:
      'Explain the design, the implementation and the choices of the realisation of activity {activity}.',
    realisationDone: 'Realisation of activity {activity} presented.',
    userSupportDone:
      '{count} trace of supporting users with an application service. | {count} traces of supporting users with an application service.',
    userSupportMissing:
      'Add a trace of supporting users in the use of an application service (C3.1).',
    awarenessDone:
      '{count} trace of raising awareness of security or data protection. | {count} traces of raising awareness of security or data protection.',
    awarenessMissing:
      'Add a trace of raising awareness of IT security or personal data protection (C3.2).',
  },

  resources: {
    account: 'this account',
    bilan: 'this bilan',
    dossier: 'this dossier',
    evaluation: 'this evaluation',
    examSession: 'this session',
    period: 'this period',
    trace: 'this trace',
  },

  validation: {
    atField: '{field}: {problem}',
    required: 'required.',
    unknownField: 'unknown field: remove it.',
    isString: 'a text is expected.',
    isNotEmpty: 'cannot be empty.',
    isEmail: "enter a valid e-mail address (name{'@'}example.com).",
    isUuid: 'an id (UUID) is expected.',
    isIn: 'possible values: {choices}.',
    isInt: 'a whole number is expected.',
    isNumber: 'a number is expected.',
    isBoolean: 'true or false.',
    isArray: 'a list is expected.',
    isObject: 'an object is expected.',
    isUrl: 'a full web address is expected (https://…).',
    min: 'at least {min}.',
    max: 'at most {max}.',
    length: '{min} to {max} characters.',
    minLength: 'at least {min} characters.',
    maxLength: '{max} characters at most.',
    arrayMinSize: 'at least {min} items.',
    arrayMaxSize: '{max} items at most.',
    arrayUnique: 'each value appears only once.',
    invalid: 'invalid value.',
    date: 'a YYYY-MM-DD date is expected (for instance 2027-03-01).',
    dateTime: 'an ISO 8601 date and time is expected (for instance 2027-05-15T18:00:00+02:00).',
    oneLine: 'a single line, without line breaks or control characters.',
    siret: '14 digits (spaces are accepted).',
    schoolYear: 'two years, for instance 2026-2027.',
    bilanCode: 'C1.1 to C3.3, or T1 to T4.',
    rolesCombine: 'a candidate account holds no other role; create a separate account for staff.',
    token: 'invalid token.',
  },

  notifications: enNotifications,

  mail: enMail,
};
