/**
 * Generated from ../api/openapi.json by scripts/generate-api.mjs (pnpm generate:api).
 * Do not edit: regenerate. A test fails when this file is stale.
 */

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of the caller's establishment, newest first, filtered */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as CSV (;), 10 000 rows at most */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the database and object storage answer */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current référentiel of the MC SNO */
        get: operations["getReferential"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people the caller may see */
        get: operations["listUsers"];
        put?: never;
        /** Create an account (without password: invitation e-mailed) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Account fields (admin) or exam profile (admin, cohort teacher) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends their sessions; they can no longer sign in */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mails a password-reset link (or a new invitation if no password was ever set) */
        post: operations["sendAccessLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/tutors/{tutorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The tutor follows this candidate */
        put: operations["assignTutor"];
        post?: never;
        delete: operations["unassignTutor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a tutor or an examiner by e-mail */
        post: operations["invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the caller (RGPD), as a ZIP */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie and returns X-CSRF-Token */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person, or 401 */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The language of the e-mails to the signed-in person (the web sends its own) */
        put: operations["saveMyLocale"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CSRF token of this session (null when not signed in) */
        get: operations["csrfToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Also ends every other session */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mails a one-time link if the account exists */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the invitation is for (404 if invalid) */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sets the password and signs in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cohorts the caller may see */
        get: operations["listCohorts"];
        put?: never;
        post: operations["createCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCohort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/candidates/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CSV of candidates; all-or-nothing with a per-line report */
        post: operations["importCandidates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/teachers/{teacherId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The teacher follows this cohort */
        put: operations["assignTeacher"];
        post?: never;
        delete: operations["unassignTeacher"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's traces, or a candidate's (staff: candidateId) */
        get: operations["listTraces"];
        put?: never;
        post: operations["createTrace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTrace"];
        put?: never;
        post?: never;
        /** Deletes the trace and its files */
        delete: operations["deleteTrace"];
        options?: never;
        head?: never;
        /** With the version read; a stale one answers 409 */
        patch: operations["updateTrace"];
        trace?: never;
    };
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Traces per competence and detailed competence */
        get: operations["getCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pfmp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PFMP periods and total weeks against the minimum (staff: candidateId) */
        get: operations["getPfmpRecord"];
        put?: never;
        post: operations["createPfmpPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pfmp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deletePfmpPeriod"];
        options?: never;
        head?: never;
        /** With the version read; a stale one answers 409 */
        patch: operations["updatePfmpPeriod"];
        trace?: never;
    };
    "/api/pfmp/{id}/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The attestation (or work certificate) of the period */
        post: operations["uploadPfmpProof"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pfmp/{id}/proof/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getPfmpProofContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{exam}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dossier for an exam, with its readiness (staff: candidateId) */
        get: operations["getDossier"];
        /** Saves the selection and texts (a stale version answers 409) */
        put: operations["saveDossier"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{exam}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freezes the dossier (409 while not ready unless acknowledgeIncomplete is true) */
        post: operations["submitDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submitted dossier, as frozen */
        get: operations["getSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submission as a streamed ZIP: files, manifest.json (sha256 = manifestSha256), index.html */
        get: operations["exportSubmissionZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A PDF summary of the submission */
        get: operations["exportSubmissionPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file of a submission (kept even if the trace is gone) */
        get: operations["getSubmittedFileContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listShareLinks"];
        put?: never;
        /** A secret, expiring, read-only link for a jury member */
        post: operations["createShareLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shares/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeShareLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submission behind a share link (404 if invalid, expired or revoked) */
        get: operations["getSharedSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportSharedSubmissionZip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportSharedSubmissionPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shared/{token}/files/{fileId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSharedFileContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates × competences, PFMP weeks, readiness per exam, last activity */
        get: operations["getCohortDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cohorts/{id}/dashboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard as CSV (;) */
        get: operations["exportCohortDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first, with the unread count */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks the given notifications read, or all of them with "all": true */
        post: operations["markNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMySettings"];
        /** E-mail digest on or off */
        put: operations["saveMySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread of a trace, oldest first */
        get: operations["listTraceComments"];
        put?: never;
        post: operations["commentTrace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dossiers/{exam}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread of a dossier, oldest first (staff: candidateId) */
        get: operations["listDossierComments"];
        put?: never;
        /** Staff: candidateId */
        post: operations["commentDossier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thread of a submission (kept with it), oldest first */
        get: operations["listSubmissionComments"];
        put?: never;
        post: operations["commentSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The author only */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /** The author only, within 15 minutes of writing it (then 409) */
        patch: operations["editComment"];
        trace?: never;
    };
    "/api/traces/{id}/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An assigned tutor attests the current version of a PFMP trace */
        post: operations["attestTrace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/{id}/attestations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw your own attestation */
        delete: operations["withdrawAttestation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your interns with their PFMP periods, traces to attest and bilans to fill */
        get: operations["listInterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pfmp/{id}/bilan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period's bilan; the candidate sees it once complete (404 before) */
        get: operations["getPfmpBilan"];
        /** The period's tutor saves the draft, or completes it (final) with complete: true */
        put: operations["savePfmpBilan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sessions the caller manages or sits on (examiners: until the retention date) */
        get: operations["listExamSessions"];
        put?: never;
        post: operations["createExamSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getExamSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** With the version read; a stale one answers 409 */
        patch: operations["updateExamSession"];
        trace?: never;
    };
    "/api/exam-sessions/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Seats an examiner or teacher of the establishment on the commission */
        put: operations["addExamSessionMember"];
        post?: never;
        delete: operations["removeExamSessionMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/members/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates an examiner account (invitation e-mailed) and seats it on the commission */
        post: operations["inviteExamSessionMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates, each with their latest submission before the deadline */
        get: operations["listSessionCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["addSessionCandidate"];
        post?: never;
        delete: operations["removeSessionCandidate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/cohorts/{cohortId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrols every active candidate of the cohort, all or none (a commission member among them: 409) */
        post: operations["enrolSessionCohort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates/{candidateId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The candidate's latest submission before the deadline (the one the commission reviews) */
        get: operations["getReviewedSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates/{candidateId}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The grid, proposed mark and notes (commission members and admins only) */
        get: operations["getEvaluation"];
        /** Members save the grid (stale version or locked: 409); earlier sign-offs are withdrawn */
        put: operations["saveEvaluation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates/{candidateId}/evaluation/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member signs; when every member has, the evaluation is locked */
        post: operations["signOffEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/candidates/{candidateId}/evaluation/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An admin corrects a locked evaluation, with a reason (audited) */
        post: operations["correctEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exam-sessions/{id}/grids.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The session's evaluation grids as PDF for the final jury */
        get: operations["exportSessionGrids"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/traces/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Streams one file to storage; type sniffed from the content (415 if refused, 413 if too large) */
        post: operations["uploadTraceFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bytes, as a download (inline only for images, PDF, audio, video); supports Range */
        get: operations["getFileContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        /** Renames a file (its bytes never change) */
        patch: operations["renameFile"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEvent: {
            id: string;
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            actorId: string | null;
            /** @example auth.login */
            action: string;
            /**
             * @description The action in French
             * @example Connexion
             */
            label: string;
            /** @description Who acted, by name */
            actorName: string | null;
            subjectType: string | null;
            subjectId: string | null;
            /** @description The person, cohort or session concerned, by name */
            subjectName: string | null;
            details: {
                [key: string]: unknown;
            };
            ip: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEvent"][];
            total: number;
        };
        HealthStatus: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error";
            /**
             * @description PostgreSQL answers a query
             * @enum {string}
             */
            db: "up" | "down";
            /**
             * @description The S3 bucket answers
             * @enum {string}
             */
            storage: "up" | "down";
        };
        /** @enum {string} */
        BlockCode: "B1" | "B2" | "B3";
        /** @enum {string} */
        ActivityCode: "1.1" | "1.2" | "1.3" | "2.1" | "2.2" | "2.3" | "3.1" | "3.2" | "3.3";
        Activity: {
            code: components["schemas"]["ActivityCode"];
            title: string;
            /** @description Tasks listed under the activity (annexe II) */
            tasks: string[];
        };
        Pole: {
            /** @example 1 */
            code: string;
            title: string;
            activities: components["schemas"]["Activity"][];
        };
        /** @enum {string} */
        UnitCode: "U1" | "U2" | "U3";
        /** @enum {string} */
        CompetenceCode: "C1.1" | "C1.2" | "C1.3" | "C2.1" | "C2.2" | "C2.3" | "C3.1" | "C3.2" | "C3.3";
        DetailedCompetence: {
            /** @example C1.1.1 */
            code: string;
            /** @example Recueillir les besoins de l'organisation */
            label: string;
        };
        Competence: {
            code: components["schemas"]["CompetenceCode"];
            title: string;
            activity: components["schemas"]["ActivityCode"];
            /** @description Contexte de mise en œuvre */
            context: string;
            detailed: components["schemas"]["DetailedCompetence"][];
            /** @description Savoirs associés */
            knowledge: string[];
            /** @description Résultats attendus */
            expectedResults: string[];
            /** @description Critères d'évaluation */
            criteria: string[];
        };
        Block: {
            code: components["schemas"]["BlockCode"];
            title: string;
            pole: components["schemas"]["Pole"];
            unit: components["schemas"]["UnitCode"];
            competences: components["schemas"]["Competence"][];
        };
        /** @enum {string} */
        ExamCode: "E1" | "E2" | "E3";
        Unit: {
            code: components["schemas"]["UnitCode"];
            title: string;
            block: components["schemas"]["BlockCode"];
            exam: components["schemas"]["ExamCode"];
        };
        TransversalCompetence: {
            /** @example T1 */
            code: string;
            label: string;
        };
        CcfSituation: {
            /** @example E1-A */
            code: string;
            /** @example Situation A */
            name: string | null;
            title: string;
            /** @description Minutes, when the text sets it */
            durationMinutes: number | null;
            /** @description The duration as written */
            durationText: string | null;
            description: string;
        };
        CcfForm: {
            situations: components["schemas"]["CcfSituation"][];
            /** @example Épreuve orale */
            form: string | null;
            presentation: string;
            /** @description Composition de la commission d'évaluation */
            commission: string;
        };
        PonctuelPhase: {
            /** @example Phase A */
            name: string;
            title: string;
            durationMinutes: number;
            durationText: string;
            description: string;
        };
        PonctuelForm: {
            /** @example Épreuve orale */
            form: string;
            /** @example 40 */
            durationMinutes: number;
            /** @example 40 min */
            durationText: string;
            presentation: string;
            phases: components["schemas"]["PonctuelPhase"][];
            /** @description Composition de la commission d'évaluation */
            commission: string;
        };
        Exam: {
            code: components["schemas"]["ExamCode"];
            title: string;
            unit: components["schemas"]["UnitCode"];
            block: components["schemas"]["BlockCode"];
            /** @example 6 */
            coefficient: number;
            ccf: components["schemas"]["CcfForm"];
            ponctuel: components["schemas"]["PonctuelForm"];
        };
        /** @enum {string} */
        CandidateStatusCode: "scolaire_public_ou_prive_sous_contrat" | "apprenti_cfa_habilite_ccf" | "formation_continue_etablissement_public" | "scolaire_prive_hors_contrat" | "apprenti_cfa_non_habilite_ccf" | "formation_continue_etablissement_prive" | "experience_professionnelle_1_an" | "enseignement_a_distance";
        /** @enum {string} */
        ExamMode: "ccf" | "ponctuel";
        CandidateStatus: {
            code: components["schemas"]["CandidateStatusCode"];
            label: string;
            mode: components["schemas"]["ExamMode"];
        };
        PfmpRules: {
            /** @example 12 */
            minimumWeeks: number;
            /**
             * @description For a candidate positionné by rector decision
             * @example 8
             */
            minimumWeeksPositionne: number;
        };
        Referential: {
            /** @example mc-sno-v1 */
            version: string;
            title: string;
            blocks: components["schemas"]["Block"][];
            units: components["schemas"]["Unit"][];
            transversal: components["schemas"]["TransversalCompetence"][];
            exams: components["schemas"]["Exam"][];
            candidateStatuses: components["schemas"]["CandidateStatus"][];
            pfmp: components["schemas"]["PfmpRules"];
        };
        /** @enum {string} */
        Role: "candidate" | "tutor" | "teacher" | "examiner" | "admin";
        CreateUser: {
            /**
             * Format: email
             * @example lea.martin@example.fr
             */
            email: string;
            /** @example Léa Martin */
            displayName: string;
            roles: components["schemas"]["Role"][];
            /** @description Omit it to e-mail an invitation link instead */
            password?: string;
            /**
             * Format: uuid
             * @description Required for a candidate
             */
            cohortId?: string;
            /** @description Required for a candidate */
            candidateStatus?: components["schemas"]["CandidateStatusCode"];
            /** @default false */
            positionne: boolean;
        };
        CandidateProfile: {
            /** Format: uuid */
            cohortId: string;
            status: components["schemas"]["CandidateStatusCode"];
            mode: components["schemas"]["ExamMode"];
            positionne: boolean;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            active: boolean;
            /** Format: uuid */
            establishmentId: string;
            candidate: components["schemas"]["CandidateProfile"] | null;
            /** @description Tutors assigned to this candidate */
            tutorIds: string[];
            activated: boolean;
            /** @description Send it back with PATCH; a stale version answers 409 */
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateUser: {
            /** @description The version read; a stale one answers 409 */
            version: number;
            /** Format: email */
            email?: string;
            displayName?: string;
            roles?: components["schemas"]["Role"][];
            /** Format: uuid */
            cohortId?: string;
            candidateStatus?: components["schemas"]["CandidateStatusCode"];
            positionne?: boolean;
        };
        AccessLink: {
            /**
             * @description An invitation while the person never set a password, else a password reset
             * @enum {string}
             */
            kind: "invitation" | "password_reset";
            /**
             * Format: email
             * @description Where the link was sent
             */
            email: string;
        };
        CreateInvitation: {
            /** Format: email */
            email: string;
            displayName: string;
            /** @enum {string} */
            role: "tutor" | "examiner";
            /** @description For a tutor: the candidates they follow */
            candidateIds?: string[];
        };
        Created: {
            /** Format: uuid */
            id: string;
        };
        Login: {
            /** Format: email */
            email: string;
            password: string;
        };
        SessionUser: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
        };
        /** @enum {string} */
        Locale: "fr" | "en";
        MyLocale: {
            /** @example fr */
            locale: components["schemas"]["Locale"];
        };
        CsrfToken: {
            /** @description Send it in the X-CSRF-Token header of POST/PUT/PATCH/DELETE requests; null without a signed-in session (the routes used before signing in need none) */
            token: string | null;
        };
        ChangePassword: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        TokenWithPassword: {
            /** @description The token of the link received by e-mail */
            token: string;
            password: string;
        };
        InvitationPreview: {
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
        };
        InvitationAccepted: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            displayName: string;
            roles: components["schemas"]["Role"][];
            /**
             * @description Where the web app sends the person next
             * @example /
             */
            landing: string;
        };
        CreateCohort: {
            /** @example MC SNO 1 */
            name: string;
            /** @example 2026-2027 */
            schoolYear: string;
            /** @description Defaults to the current référentiel version */
            referentialVersion?: string;
        };
        Cohort: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            establishmentId: string;
            /** @example MC SNO 1 */
            name: string;
            /** @example 2026-2027 */
            schoolYear: string;
            /** @example mc-sno-v1 */
            referentialVersion: string;
            /** @description Teachers following the cohort */
            teacherIds: string[];
            candidateCount: number;
        };
        ImportReport: {
            /** @description Accounts created (invitation e-mailed to each) */
            created: number;
        };
        /** @enum {string} */
        TraceContext: "centre" | "pfmp" | "projet" | "atelier" | "simulation" | "personnel";
        CreateTrace: {
            description?: string;
            /** @example 2026-11-21 */
            occurredUntil?: string | null;
            /**
             * Format: uuid
             * @description PFMP traces: one of your PFMP periods (its tutor then reads and attests the trace); null unties it
             */
            pfmpPeriodId?: string | null;
            /**
             * @example [
             *       "C3.1.2"
             *     ]
             */
            detailedCompetences?: string[];
            /** @description Analyse réflexive */
            reflection?: string;
            /** @example Assistance à un utilisateur sur la messagerie */
            title: string;
            context: components["schemas"]["TraceContext"];
            /** @example 2026-11-20 */
            occurredOn: string;
            /**
             * @example [
             *       "C3.1"
             *     ]
             */
            competences: string[];
        };
        TraceFile: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Bytes */
            size: number;
            /**
             * @description Sniffed from the content
             * @example application/pdf
             */
            mediaType: string;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        TraceAttestation: {
            /** Format: uuid */
            tutorId: string;
            tutorName: string;
            /** Format: date-time */
            attestedAt: string;
            comment: string;
            /** @description The trace version attested */
            traceVersion: number;
            /** @description The trace has not been edited since: only current attestations count */
            current: boolean;
        };
        Trace: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerId: string;
            title: string;
            description: string;
            context: components["schemas"]["TraceContext"];
            /** @example 2026-11-20 */
            occurredOn: string;
            /** @example 2026-11-21 */
            occurredUntil: string | null;
            /**
             * Format: uuid
             * @description The PFMP period the trace was done in (PFMP traces); its tutor reaches the trace
             */
            pfmpPeriodId: string | null;
            /**
             * @example [
             *       "C3.1"
             *     ]
             */
            competences: string[];
            /**
             * @example [
             *       "C3.1.2"
             *     ]
             */
            detailedCompetences: string[];
            /** @description Analyse réflexive */
            reflection: string;
            /** @example mc-sno-v1 */
            referentialVersion: string;
            files: components["schemas"]["TraceFile"][];
            /** @description Tutors who attested this PFMP trace (current: for its current version) */
            attestations: components["schemas"]["TraceAttestation"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with PATCH; a stale version answers 409 */
            version: number;
        };
        TracePage: {
            items: components["schemas"]["Trace"][];
            total: number;
            page: number;
            pageSize: number;
        };
        UpdateTrace: {
            description?: string;
            /** @example 2026-11-21 */
            occurredUntil?: string | null;
            /**
             * Format: uuid
             * @description PFMP traces: one of your PFMP periods (its tutor then reads and attests the trace); null unties it
             */
            pfmpPeriodId?: string | null;
            /**
             * @example [
             *       "C3.1.2"
             *     ]
             */
            detailedCompetences?: string[];
            /** @description Analyse réflexive */
            reflection?: string;
            /** @description The version read; a stale one answers 409 */
            version: number;
            title?: string;
            context?: components["schemas"]["TraceContext"];
            occurredOn?: string;
            competences?: string[];
        };
        CoverageCell: {
            /** @example C1.1.2 */
            code: string;
            traces: number;
            withReflection: number;
            /** @description Attested by a tutor for their current version */
            attested: number;
            traceIds: string[];
        };
        CompetenceCoverage: {
            /** @example C1.1.2 */
            code: string;
            traces: number;
            withReflection: number;
            /** @description Attested by a tutor for their current version */
            attested: number;
            traceIds: string[];
            detailed: components["schemas"]["CoverageCell"][];
        };
        Coverage: {
            /** Format: uuid */
            candidateId: string;
            /** @example mc-sno-v1 */
            referentialVersion: string;
            competences: components["schemas"]["CompetenceCoverage"][];
        };
        PfmpProof: {
            name: string;
            size: number;
            mediaType: string;
            sha256: string;
        };
        PfmpPeriod: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            organisationName: string;
            organisationAddress: string;
            /** @example 12345678901234 */
            siret: string | null;
            /** Format: uuid */
            tutorId: string | null;
            /** @example 2027-01-04 */
            startsOn: string;
            /** @example 2027-02-12 */
            endsOn: string;
            absenceDays: number;
            /** @description PFMP days of this period (weekdays minus absences) */
            days: number;
            /** @description Attestation or work certificate */
            proof: components["schemas"]["PfmpProof"] | null;
            /** @description The tutor's bilan is complete */
            bilanComplete: boolean;
            version: number;
        };
        PfmpTutor: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        PfmpRecord: {
            /** Format: uuid */
            candidateId: string;
            periods: components["schemas"]["PfmpPeriod"][];
            /** @description Total PFMP days, overlapping days counted once */
            totalDays: number;
            /** @description Total weeks (days ÷ 5, one decimal) */
            totalWeeks: number;
            /** @description 12, or 8 for a positionné candidate of the voie scolaire */
            minimumWeeks: number;
            /** @enum {string} */
            proofKind: "attestation" | "certificat_de_travail" | "certificats_de_travail";
            /** @description The candidate's assigned tutors (to choose a period's tutor from) */
            tutors: components["schemas"]["PfmpTutor"][];
        };
        PfmpTutorInvitation: {
            /** Format: email */
            email: string;
            /** @example Camille Martin */
            displayName: string;
        };
        CreatePfmpPeriod: {
            organisationAddress?: string;
            /** @example 12345678901234 */
            siret?: string | null;
            /**
             * Format: uuid
             * @description A tutor assigned to you
             */
            tutorId?: string | null;
            /** @description Instead of tutorId: a tutor of your establishment by e-mail (assigned to you), or someone new (invited by e-mail) */
            tutor?: components["schemas"]["PfmpTutorInvitation"];
            /** @default 0 */
            absenceDays: number;
            organisationName: string;
            /** @example 2027-01-04 */
            startsOn: string;
            /** @example 2027-02-12 */
            endsOn: string;
        };
        UpdatePfmpPeriod: {
            organisationAddress?: string;
            /** @example 12345678901234 */
            siret?: string | null;
            /**
             * Format: uuid
             * @description A tutor assigned to you
             */
            tutorId?: string | null;
            /** @description Instead of tutorId: a tutor of your establishment by e-mail (assigned to you), or someone new (invited by e-mail) */
            tutor?: components["schemas"]["PfmpTutorInvitation"];
            /** @default 0 */
            absenceDays: number;
            /** @description The version read; a stale one answers 409 */
            version: number;
            organisationName?: string;
            startsOn?: string;
            endsOn?: string;
        };
        DossierItem: {
            /** Format: uuid */
            traceId: string;
            comment: string;
            position: number;
            title: string;
            competences: string[];
        };
        CollaborativeProject: {
            /** @description Everyone in the group, you included (2 to 4) */
            members: string[];
            /** @description Your own contribution */
            contribution: string;
            /** @description Traces of the project */
            traceIds: string[];
        };
        HighlightedRealisation: {
            /** @enum {string} */
            activity: "2.1" | "2.2" | "2.3";
            /**
             * Format: uuid
             * @description Null in a draft: what is written is kept until the trace is chosen
             */
            traceId: string | null;
            /** @description Conception */
            design: string;
            /** @description Mise en œuvre et réalisation */
            implementation: string;
            /** @description Choix opérés */
            choices: string;
        };
        ReadinessCheck: {
            /** @example E3_USER_SUPPORT */
            code: string;
            ok: boolean;
            /**
             * @description What to say: the key `readiness.<reason>` of the shared messages (absent on submissions frozen before it existed)
             * @example coverageMissing
             */
            reason?: string;
            /** @description The parameters of the reason (counts, competence codes, activities) */
            params?: {
                [key: string]: unknown;
            };
            /** @description What to do, in French */
            message: string;
            traceIds: string[];
        };
        Readiness: {
            ready: boolean;
            checks: components["schemas"]["ReadinessCheck"][];
        };
        SubmissionSummary: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            submittedAt: string;
            manifestSha256: string;
            acknowledgedIncomplete: boolean;
        };
        Dossier: {
            exam: components["schemas"]["ExamCode"];
            mode: components["schemas"]["ExamMode"];
            /** Format: uuid */
            candidateId: string;
            /** @description 0 until first saved */
            version: number;
            items: components["schemas"]["DossierItem"][];
            presentation: string;
            project: components["schemas"]["CollaborativeProject"] | null;
            highlights: components["schemas"]["HighlightedRealisation"][];
            readiness: components["schemas"]["Readiness"];
            submissions: components["schemas"]["SubmissionSummary"][];
        };
        DossierItemInput: {
            /** Format: uuid */
            traceId: string;
            /** @description A short comment on this item */
            comment?: string;
        };
        SaveDossier: {
            /** @description The version read (0 before the first save); a stale one answers 409 */
            version: number;
            /** @description The traces, in order */
            items: components["schemas"]["DossierItemInput"][];
            /** @description Analyse réflexive of the whole dossier */
            presentation: string;
            /** @description E1 only */
            project?: components["schemas"]["CollaborativeProject"] | null;
            /** @description E2 ponctuel only */
            highlights?: components["schemas"]["HighlightedRealisation"][];
        };
        Submit: {
            /** @description Required (true) to submit a dossier that is not ready */
            acknowledgeIncomplete?: boolean;
        };
        SubmissionCreated: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            submittedAt: string;
            manifestSha256: string;
        };
        SubmittedFile: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Bytes */
            size: number;
            /**
             * @description Sniffed from the content
             * @example application/pdf
             */
            mediaType: string;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
            /** Format: date-time */
            createdAt: string;
            /** @example traces/01-support-utilisateur/capture.png */
            path: string;
        };
        SubmittedItem: {
            position: number;
            comment: string;
            /** Format: uuid */
            traceId: string;
            title: string;
            description: string;
            context: string;
            occurredOn: string;
            occurredUntil: string | null;
            competences: string[];
            detailedCompetences: string[];
            reflection: string;
            files: components["schemas"]["SubmittedFile"][];
        };
        PfmpSummary: {
            totalDays: number;
            totalWeeks: number;
            minimumWeeks: number;
        };
        Submission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            exam: components["schemas"]["ExamCode"];
            mode: components["schemas"]["ExamMode"];
            /** Format: date-time */
            submittedAt: string;
            acknowledgedIncomplete: boolean;
            readiness: components["schemas"]["Readiness"];
            presentation: string;
            project: components["schemas"]["CollaborativeProject"] | null;
            highlights: components["schemas"]["HighlightedRealisation"][];
            items: components["schemas"]["SubmittedItem"][];
            /** @example mc-sno-v1 */
            referentialVersion: string;
            /** @description PFMP totals when submitted */
            pfmp: components["schemas"]["PfmpSummary"];
            /** @description sha256 of the manifest (canonical JSON of all of the above and the files) */
            manifestSha256: string;
        };
        CreateShareLink: {
            /**
             * @description Days until the link stops working
             * @default 30
             */
            expiresInDays: number;
            /** @example Commission E3, session de juin */
            label?: string;
        };
        ShareLinkCreated: {
            /** Format: uuid */
            id: string;
            label: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description Shown once: the secret address to give to the jury member */
            url: string;
            /** @description The secret part of the address (for GET /api/shared/{token}) */
            token: string;
        };
        ShareLink: {
            /** Format: uuid */
            id: string;
            label: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        SharedSubmission: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            exam: components["schemas"]["ExamCode"];
            mode: components["schemas"]["ExamMode"];
            /** Format: date-time */
            submittedAt: string;
            acknowledgedIncomplete: boolean;
            readiness: components["schemas"]["Readiness"];
            presentation: string;
            project: components["schemas"]["CollaborativeProject"] | null;
            highlights: components["schemas"]["HighlightedRealisation"][];
            items: components["schemas"]["SubmittedItem"][];
            /** @example mc-sno-v1 */
            referentialVersion: string;
            /** @description PFMP totals when submitted */
            pfmp: components["schemas"]["PfmpSummary"];
            /** @description sha256 of the manifest (canonical JSON of all of the above and the files) */
            manifestSha256: string;
            /** @example Camille Martin */
            candidateName: string;
        };
        DashboardCoverageCell: {
            /** @example C1.1 */
            code: string;
            /** @description Traces proving the competence (or one of its detailed ones) */
            traces: number;
            /** @description Of those, traces attested by a tutor */
            attested: number;
        };
        DashboardPfmp: {
            /** @description Weeks of PFMP recorded, counted as docs/pfmp-weeks.md says */
            weeks: number;
            /** @description 12, or 8 for a candidate positionné */
            minimumWeeks: number;
        };
        DashboardExam: {
            /** @enum {string} */
            exam: "E1" | "E2" | "E3";
            /** @description Every readiness check of the dossier holds */
            ready: boolean;
            /** @description How many readiness checks still fail */
            failing: number;
            /** Format: date-time */
            lastSubmittedAt: string | null;
        };
        DashboardCandidate: {
            /** Format: uuid */
            id: string;
            displayName: string;
            status: components["schemas"]["CandidateStatusCode"];
            positionne: boolean;
            /** @enum {string} */
            mode: "ccf" | "ponctuel";
            traceCount: number;
            /** @description One cell per competence, in référentiel order */
            coverage: components["schemas"]["DashboardCoverageCell"][];
            pfmp: components["schemas"]["DashboardPfmp"];
            exams: components["schemas"]["DashboardExam"][];
            /**
             * Format: date-time
             * @description Latest change to a trace or PFMP period, or latest submission
             */
            lastActivityAt: string | null;
        };
        CohortDashboard: {
            /** Format: uuid */
            cohortId: string;
            cohortName: string;
            /** @example mc-sno-v1 */
            referentialVersion: string;
            /** @description The competence codes of the columns, in order */
            competences: string[];
            candidates: components["schemas"]["DashboardCandidate"][];
        };
        /** @enum {string} */
        NotificationKind: "comment" | "attestation" | "bilan" | "submission" | "commission";
        Notification: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["NotificationKind"];
            /**
             * @description trace, dossier (subjectId = exam), submission…
             * @example trace
             */
            subjectType: string;
            subjectId: string;
            /** Format: uuid */
            candidateId: string | null;
            /**
             * @description Why it was sent: the key of its sentence in @dossier-sno/i18n (`notifications.*`); null on notifications older than reasons
             * @example commentOnYourTrace
             */
            reason: string | null;
            /**
             * @description The names, titles and dates (ISO) the sentence of `reason` shows
             * @example {
             *       "author": "Lou Garnier",
             *       "title": "Support utilisateur"
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /**
             * @description The sentence in French (what old notifications show)
             * @example Lou Garnier a commenté votre trace « Support utilisateur ».
             */
            summary: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationPage: {
            /** @description Newest first */
            items: components["schemas"]["Notification"][];
            total: number;
            /** @description Unread notifications in all pages */
            unreadCount: number;
        };
        MarkNotificationsRead: {
            ids?: string[];
            /** @description Marks every notification read */
            all?: boolean;
        };
        MarkedRead: {
            /** @description Unread notifications left */
            unreadCount: number;
        };
        UserSettings: {
            /** @description A daily e-mail listing new notifications (on by default) */
            emailDigest: boolean;
        };
        Comment: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            subjectType: "trace" | "dossier" | "submission";
            /**
             * Format: uuid
             * @description The candidate whose work the thread is about
             */
            candidateId: string;
            /** Format: uuid */
            authorId: string;
            authorName: string;
            /** @description The source text, as written */
            body: string;
            /** @description The text rendered and sanitised (p, br, strong, em, ul, ol, li, a, code, blockquote) */
            bodyHtml: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt: string | null;
            /**
             * Format: date-time
             * @description Until when the author may still edit it
             */
            editableUntil: string;
        };
        CommentBody: {
            /** @description Markdown-like text: paragraphs, **bold**, *italic*, lists, [links](https://…), `code`, > quotes */
            body: string;
        };
        CreateAttestation: {
            /** @description The tutor's remark, shown to the candidate */
            comment?: string;
        };
        InternPeriod: {
            /** Format: uuid */
            id: string;
            organisationName: string;
            /** @example 2027-01-04 */
            startsOn: string;
            /** @example 2027-02-12 */
            endsOn: string;
            /** @description You are the tutor of this period (you fill its bilan) */
            tutorIsYou: boolean;
            /** @enum {string} */
            bilan: "none" | "draft" | "complete";
        };
        TraceToAttest: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @example 2027-01-12 */
            occurredOn: string;
            version: number;
            /** @description The version you attested before it was edited, or null */
            attestedVersion: number | null;
        };
        Intern: {
            /** Format: uuid */
            candidateId: string;
            displayName: string;
            periods: components["schemas"]["InternPeriod"][];
            /** @description PFMP traces without your attestation of their current version */
            tracesToAttest: components["schemas"]["TraceToAttest"][];
            /** @description Your periods whose bilan is not complete yet */
            bilansToFill: string[];
        };
        BilanLevel: {
            /**
             * @description A competence (C1.1…C3.3) or transversal (T1–T4)
             * @example C2.1
             */
            code: string;
            /**
             * @description null: not chosen yet
             * @enum {number|null}
             */
            level: 1 | 2 | 3 | 4 | null;
        };
        PfmpBilan: {
            /** Format: uuid */
            periodId: string;
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            tutorId: string | null;
            tutorName: string | null;
            activities: string;
            /** @description Targeted competences */
            competences: components["schemas"]["BilanLevel"][];
            /** @description The 4 transversal competences */
            transversal: components["schemas"]["BilanLevel"][];
            comment: string;
            /**
             * Format: date-time
             * @description Set once complete (final)
             */
            completedAt: string | null;
            /** @description 0 before the first save; send it back with PUT */
            version: number;
            /** @description What is missing before it can be completed */
            missing: string[];
        };
        SavePfmpBilan: {
            /** @description The version read (0 before the first save); a stale one answers 409 */
            version: number;
            activities?: string;
            /** @description Targeted competences with a level */
            competences?: components["schemas"]["BilanLevel"][];
            /** @description T1–T4 with a level */
            transversal?: components["schemas"]["BilanLevel"][];
            comment?: string;
            /** @description Complete the bilan (final): the candidate sees it and readiness counts it */
            complete?: boolean;
        };
        ExamSessionMember: {
            /** Format: uuid */
            id: string;
            displayName: string;
            email: string;
            roles: string[];
        };
        ExamSession: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            exam: "E1" | "E2" | "E3";
            /** @enum {string} */
            mode: "ccf" | "ponctuel";
            label: string;
            /** @example 2027-06-01 */
            oralStartsOn: string;
            /** @example 2027-06-03 */
            oralEndsOn: string;
            /**
             * Format: date-time
             * @description After it, the session’s candidates can no longer submit
             */
            submissionDeadline: string;
            /**
             * @description Last day the commission reads the dossiers
             * @example 2027-09-30
             */
            retentionUntil: string;
            members: components["schemas"]["ExamSessionMember"][];
            candidateCount: number;
            /** @description The caller may edit the session, its members and candidates */
            canManage: boolean;
            /** @description The caller sits on the commission */
            isMember: boolean;
            version: number;
        };
        CreateExamSession: {
            /** @enum {string} */
            exam: "E1" | "E2" | "E3";
            /** @enum {string} */
            mode: "ccf" | "ponctuel";
            /** @example E3 — juin 2027 */
            label: string;
            /** @example 2027-06-01 */
            oralStartsOn: string;
            /** @example 2027-06-03 */
            oralEndsOn: string;
            /** @example 2027-05-15T18:00:00+02:00 */
            submissionDeadline: string;
            /**
             * @description Not before the last oral
             * @example 2027-09-30
             */
            retentionUntil: string;
        };
        UpdateExamSession: {
            /** @enum {string} */
            mode?: "ccf" | "ponctuel";
            /** @example 2027-09-30 */
            retentionUntil?: string;
            /** @description The version read; a stale one answers 409 */
            version: number;
            label?: string;
            oralStartsOn?: string;
            oralEndsOn?: string;
            submissionDeadline?: string;
        };
        InviteExaminer: {
            /** @example jury@example.org */
            email: string;
            /** @example Camille Martin */
            displayName: string;
        };
        SessionCandidate: {
            /** Format: uuid */
            candidateId: string;
            displayName: string;
            /** @description The latest submission before the deadline, the one the commission reviews */
            submission: components["schemas"]["SubmissionSummary"] | null;
            /**
             * @description Evaluation progress; null for callers who do not reach evaluations
             * @enum {string|null}
             */
            evaluationStatus: "none" | "draft" | "locked" | null;
        };
        CohortEnrolment: {
            /** @description Candidates enrolled by this request */
            enrolled: number;
            /** @description Candidates of the cohort who were enrolled already */
            alreadyEnrolled: number;
        };
        GridCriterion: {
            /** @example C3.1-1 */
            id: string;
            label: string;
        };
        GridCompetence: {
            /** @example C3.1 */
            code: string;
            title: string;
            criteria: components["schemas"]["GridCriterion"][];
        };
        EvaluationGrid: {
            /** @enum {string} */
            exam: "E1" | "E2" | "E3";
            referentialVersion: string;
            competences: components["schemas"]["GridCompetence"][];
        };
        CriterionScore: {
            /**
             * @description A criterion id of the grid
             * @example C3.1-1
             */
            criterionId: string;
            /**
             * @description null: not assessed yet
             * @enum {string|null}
             */
            level: "tres_insuffisant" | "insuffisant" | "satisfaisant" | "tres_satisfaisant" | null;
            comment: string;
        };
        EvaluationSignOff: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** Format: date-time */
            signedAt: string;
        };
        Evaluation: {
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            candidateId: string;
            grid: components["schemas"]["EvaluationGrid"];
            scores: components["schemas"]["CriterionScore"][];
            proposedMark: number | null;
            notes: string;
            /**
             * Format: date-time
             * @description Set once every member has signed off
             */
            lockedAt: string | null;
            signOffs: components["schemas"]["EvaluationSignOff"][];
            /** @description Members who have not signed yet */
            pendingMembers: components["schemas"]["ExamSessionMember"][];
            /** @description The caller sits on the commission (may edit and sign) */
            isMember: boolean;
            /** @description 0 before the first save */
            version: number;
        };
        SaveEvaluation: {
            scores: components["schemas"]["CriterionScore"][];
            /**
             * @description 0–20, half points
             * @example 14.5
             */
            proposedMark: number | null;
            /** @description The commission’s private notes */
            notes: string;
            /** @description The version read (0 before the first save); a stale one answers 409 */
            version: number;
        };
        CorrectEvaluation: {
            scores: components["schemas"]["CriterionScore"][];
            /**
             * @description 0–20, half points
             * @example 14.5
             */
            proposedMark: number | null;
            /** @description The commission’s private notes */
            notes: string;
            /** @description The version read (0 before the first save); a stale one answers 409 */
            version: number;
            /** @description Why the locked evaluation is corrected (kept in the audit log) */
            reason: string;
        };
        RenameFile: {
            /** @example capture-ticket-1234.png */
            name: string;
        };
        /** @enum {string} */
        ErrorCode: "INVALID_INPUT" | "INVALID_ID" | "MALFORMED_URL" | "MALFORMED_JSON" | "BODY_TOO_LARGE" | "BODY_TOO_DEEP" | "UNSUPPORTED_CHARSET" | "UNSUPPORTED_ENCODING" | "REQUEST_ABORTED" | "BODY_SIZE_MISMATCH" | "LONE_SURROGATE" | "INVALID_VALUE_FORMAT" | "INVALID_DATE_TIME" | "DATE_OUT_OF_RANGE" | "NUMBER_OUT_OF_RANGE" | "TEXT_TOO_LONG" | "FORBIDDEN_CHARACTER" | "VALUE_TOO_LONG" | "MULTIPART_EXPECTED" | "JSON_EXPECTED" | "FILE_EXPECTED" | "CROSS_ORIGIN" | "ROUTE_NOT_FOUND" | "HTTP_ERROR" | "INTERNAL_ERROR" | "DATE_DOES_NOT_EXIST" | "DATE_RANGE_REVERSED" | "DATABASE_UNAVAILABLE" | "STORAGE_UNAVAILABLE" | "NOT_FOUND" | "SIGN_IN_REQUIRED" | "CSRF_INVALID" | "ROLE_FORBIDDEN" | "ADMINS_ONLY" | "COHORT_STAFF_ONLY" | "CANDIDATE_ONLY_TRACES" | "CANDIDATE_ONLY_PFMP" | "TUTOR_ONLY_ATTESTS" | "PERIOD_TUTOR_ONLY_BILAN" | "BILAN_NOT_COMPLETE" | "SHARE_NOT_ALLOWED" | "COMMENT_AUTHOR_ONLY" | "SESSION_MANAGERS_ONLY" | "COMMISSION_AND_ADMINS_ONLY" | "COMMISSION_ONLY_EVALUATES" | "CANDIDATE_ID_REQUIRED" | "BAD_CREDENTIALS" | "CURRENT_PASSWORD_WRONG" | "LINK_INVALID" | "SHARE_LINK_INVALID" | "LINK_RECENTLY_SENT" | "TOO_MANY_LOGIN_FAILURES" | "TOO_MANY_RESET_REQUESTS" | "TOO_MANY_TUTOR_INVITATIONS" | "ACCOUNT_EXISTS" | "ACCOUNT_DEACTIVATED" | "CANNOT_DEACTIVATE_SELF" | "EXAM_PROFILE_CANDIDATE_ONLY" | "CANDIDATE_FIELD_REQUIRED" | "UNKNOWN_COHORT" | "NOT_IN_COHORT" | "NOT_A_TEACHER" | "NO_ACTIVE_STAFF_MEMBER" | "SCHOOL_YEAR_CONSECUTIVE" | "COHORT_EXISTS" | "CSV_EXPECTED" | "IMPORT_REFUSED" | "STALE_VERSION" | "TRACE_PERIOD_NOT_PFMP" | "UNKNOWN_COMPETENCES" | "FILE_TOO_LARGE" | "FILE_TYPE_REFUSED" | "RANGE_NOT_SATISFIABLE" | "FILE_INFECTED" | "SCANNER_UNAVAILABLE" | "SCANNER_SIZE_LIMIT" | "SCANNER_INTERRUPTED" | "COMMENT_EDIT_WINDOW_PASSED" | "DOSSIER_TRACE_REPEATED" | "UNKNOWN_TRACES" | "DOSSIER_EMPTY" | "DOSSIER_INCOMPLETE" | "SUBMISSION_DEADLINE_PASSED" | "NO_SUBMISSION_BEFORE_DEADLINE" | "TUTOR_ID_OR_INVITATION" | "TUTOR_NOT_ASSIGNED" | "TUTOR_EMAIL_TAKEN" | "PERIOD_NOT_YOURS" | "NO_PROOF_YET" | "PERIOD_BILAN_STARTED" | "ONLY_PFMP_TRACES_ATTESTED" | "TRACE_NOT_IN_TUTORED_PERIOD" | "TRACE_OUTSIDE_PERIOD" | "BILAN_FINAL" | "BILAN_INCOMPLETE" | "UNKNOWN_OR_REPEATED_CODES" | "DEADLINE_AFTER_ORALS" | "CANDIDATE_ON_COMMISSION" | "COMMISSION_MEMBER_ENROLLED" | "EVALUATION_NOT_SAVED" | "MARK_REQUIRED_TO_SIGN" | "EVALUATION_LOCKED" | "EVALUATION_NOT_LOCKED" | "CRITERION_REPEATED" | "UNKNOWN_CRITERIA" | "MARK_HALF_POINTS";
        ApiFieldError: {
            /** @example tutor.email */
            field: string;
            /**
             * @description The key `validation.<rule>` of the messages
             * @example isEmail
             */
            rule: string;
            /**
             * @example {
             *       "min": 1,
             *       "max": 200
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /** @example tutor.email : saisissez une adresse e-mail valide (nom@exemple.fr). */
            message: string;
        };
        /** @description Every refusal. Codes and their HTTP status: INVALID_INPUT 400, INVALID_ID 400, MALFORMED_URL 400, MALFORMED_JSON 400, BODY_TOO_LARGE 413, BODY_TOO_DEEP 400, UNSUPPORTED_CHARSET 415, UNSUPPORTED_ENCODING 415, REQUEST_ABORTED 400, BODY_SIZE_MISMATCH 400, LONE_SURROGATE 400, INVALID_VALUE_FORMAT 400, INVALID_DATE_TIME 400, DATE_OUT_OF_RANGE 400, NUMBER_OUT_OF_RANGE 400, TEXT_TOO_LONG 400, FORBIDDEN_CHARACTER 400, VALUE_TOO_LONG 400, MULTIPART_EXPECTED 415, JSON_EXPECTED 415, FILE_EXPECTED 400, CROSS_ORIGIN 403, ROUTE_NOT_FOUND 404, HTTP_ERROR 400, INTERNAL_ERROR 500, DATE_DOES_NOT_EXIST 400, DATE_RANGE_REVERSED 400, DATABASE_UNAVAILABLE 503, STORAGE_UNAVAILABLE 503, NOT_FOUND 404, SIGN_IN_REQUIRED 401, CSRF_INVALID 403, ROLE_FORBIDDEN 403, ADMINS_ONLY 403, COHORT_STAFF_ONLY 403, CANDIDATE_ONLY_TRACES 403, CANDIDATE_ONLY_PFMP 403, TUTOR_ONLY_ATTESTS 403, PERIOD_TUTOR_ONLY_BILAN 403, BILAN_NOT_COMPLETE 404, SHARE_NOT_ALLOWED 403, COMMENT_AUTHOR_ONLY 403, SESSION_MANAGERS_ONLY 403, COMMISSION_AND_ADMINS_ONLY 403, COMMISSION_ONLY_EVALUATES 403, CANDIDATE_ID_REQUIRED 400, BAD_CREDENTIALS 401, CURRENT_PASSWORD_WRONG 400, LINK_INVALID 404, SHARE_LINK_INVALID 404, LINK_RECENTLY_SENT 409, TOO_MANY_LOGIN_FAILURES 429, TOO_MANY_RESET_REQUESTS 429, TOO_MANY_TUTOR_INVITATIONS 429, ACCOUNT_EXISTS 409, ACCOUNT_DEACTIVATED 409, CANNOT_DEACTIVATE_SELF 400, EXAM_PROFILE_CANDIDATE_ONLY 400, CANDIDATE_FIELD_REQUIRED 400, UNKNOWN_COHORT 400, NOT_IN_COHORT 400, NOT_A_TEACHER 400, NO_ACTIVE_STAFF_MEMBER 404, SCHOOL_YEAR_CONSECUTIVE 400, COHORT_EXISTS 409, CSV_EXPECTED 400, IMPORT_REFUSED 400, STALE_VERSION 409, TRACE_PERIOD_NOT_PFMP 400, UNKNOWN_COMPETENCES 400, FILE_TOO_LARGE 413, FILE_TYPE_REFUSED 415, RANGE_NOT_SATISFIABLE 416, FILE_INFECTED 422, SCANNER_UNAVAILABLE 503, SCANNER_SIZE_LIMIT 503, SCANNER_INTERRUPTED 503, COMMENT_EDIT_WINDOW_PASSED 409, DOSSIER_TRACE_REPEATED 400, UNKNOWN_TRACES 400, DOSSIER_EMPTY 400, DOSSIER_INCOMPLETE 409, SUBMISSION_DEADLINE_PASSED 403, NO_SUBMISSION_BEFORE_DEADLINE 404, TUTOR_ID_OR_INVITATION 400, TUTOR_NOT_ASSIGNED 400, TUTOR_EMAIL_TAKEN 409, PERIOD_NOT_YOURS 400, NO_PROOF_YET 404, PERIOD_BILAN_STARTED 409, ONLY_PFMP_TRACES_ATTESTED 400, TRACE_NOT_IN_TUTORED_PERIOD 422, TRACE_OUTSIDE_PERIOD 422, BILAN_FINAL 409, BILAN_INCOMPLETE 400, UNKNOWN_OR_REPEATED_CODES 400, DEADLINE_AFTER_ORALS 400, CANDIDATE_ON_COMMISSION 409, COMMISSION_MEMBER_ENROLLED 409, EVALUATION_NOT_SAVED 409, MARK_REQUIRED_TO_SIGN 409, EVALUATION_LOCKED 409, EVALUATION_NOT_LOCKED 409, CRITERION_REPEATED 400, UNKNOWN_CRITERIA 400, MARK_HALF_POINTS 400. */
        ApiError: {
            /** @example 404 */
            statusCode: number;
            /** @example Not Found */
            error: string;
            /** @example NOT_FOUND */
            code: components["schemas"]["ErrorCode"];
            /** @description The sentence in the language of Accept-Language (French by default) */
            message: string;
            /** @description What the sentence names (dates as ISO 8601, lists, counts) */
            params: {
                [key: string]: unknown;
            };
            /** @description INVALID_INPUT: each field */
            fields?: components["schemas"]["ApiFieldError"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only what this person did */
                actorId?: string;
                /** @description Only this kind of event */
                kind?: "auth" | "user" | "storage" | "upload" | "dossier" | "submission" | "share" | "cohort" | "assignment" | "comment" | "trace" | "pfmp" | "exam_session" | "evaluation";
                /** @description From this day (UTC), inclusive */
                from?: string;
                /** @description Up to this day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only what this person did */
                actorId?: string;
                /** @description Only this kind of event */
                kind?: "auth" | "user" | "storage" | "upload" | "dossier" | "submission" | "share" | "cohort" | "assignment" | "comment" | "trace" | "pfmp" | "exam_session" | "evaluation";
                /** @description From this day (UTC), inclusive */
                from?: string;
                /** @description Up to this day (UTC), inclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description A part is down; it is named */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
        };
    };
    getReferential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referential"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                role?: components["schemas"]["Role"];
                cohortId?: string;
                /** @description Part of the name or e-mail */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
        };
    };
    sendAccessLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLink"];
                };
            };
        };
    };
    assignTutor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tutorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    unassignTutor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                tutorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitation"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Created"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ZIP of JSON files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUser"];
                };
            };
            /** @description Wrong e-mail or password (same message either way) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many failures; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUser"];
                };
            };
        };
    };
    saveMyLocale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MyLocale"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    csrfToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfToken"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 3 an hour per e-mail, 20 per address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenWithPassword"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreview"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenWithPassword"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationAccepted"];
                };
            };
        };
    };
    listCohorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"][];
                };
            };
        };
    };
    createCohort: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohort"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
        };
    };
    getCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
        };
    };
    importCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description email,displayName,candidateStatus,positionne
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
        };
    };
    assignTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    unassignTeacher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                teacherId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listTraces: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Staff: whose traces */
                candidateId?: string;
                /** @description A competence or detailed competence code */
                competence?: string;
                context?: components["schemas"]["TraceContext"];
                from?: string;
                to?: string;
                /** @description Full-text search (French) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TracePage"];
                };
            };
        };
    };
    createTrace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrace"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
        };
    };
    getTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
        };
    };
    deleteTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTrace"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trace"];
                };
            };
        };
    };
    getCoverage: {
        parameters: {
            query?: {
                /** @description Staff: whose data */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
        };
    };
    getPfmpRecord: {
        parameters: {
            query?: {
                /** @description Staff: whose data */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpRecord"];
                };
            };
        };
    };
    createPfmpPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePfmpPeriod"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpPeriod"];
                };
            };
        };
    };
    deletePfmpPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The tutor has started the bilan: edit the period instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updatePfmpPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePfmpPeriod"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpPeriod"];
                };
            };
        };
    };
    uploadPfmpProof: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpPeriod"];
                };
            };
            /** @description Larger than MAX_UPLOAD_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A type the platform does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The antivirus found a virus (nothing stored) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Storage or antivirus unavailable (nothing stored) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPfmpProofContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getDossier: {
        parameters: {
            query?: {
                /** @description Staff: whose data */
                candidateId?: string;
            };
            header?: never;
            path: {
                exam: "E1" | "E2" | "E3";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
        };
    };
    saveDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exam: "E1" | "E2" | "E3";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveDossier"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
        };
    };
    submitDossier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exam: "E1" | "E2" | "E3";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Submit"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionCreated"];
                };
            };
        };
    };
    getSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
        };
    };
    exportSubmissionZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
    exportSubmissionPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    getSubmittedFileContent: {
        parameters: {
            query?: {
                inline?: "1";
            };
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    listShareLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareLink"][];
                };
            };
        };
    };
    createShareLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateShareLink"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShareLinkCreated"];
                };
            };
        };
    };
    revokeShareLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shareId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSharedSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SharedSubmission"];
                };
            };
        };
    };
    exportSharedSubmissionZip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
    exportSharedSubmissionPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    getSharedFileContent: {
        parameters: {
            query?: {
                inline?: "1";
            };
            header?: never;
            path: {
                token: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    getCohortDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortDashboard"];
                };
            };
        };
    };
    exportCohortDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
        };
    };
    markNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkNotificationsRead"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
        };
    };
    getMySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettings"];
                };
            };
        };
    };
    saveMySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserSettings"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSettings"];
                };
            };
        };
    };
    listTraceComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"][];
                };
            };
        };
    };
    commentTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    listDossierComments: {
        parameters: {
            query?: {
                /** @description Staff: whose data */
                candidateId?: string;
            };
            header?: never;
            path: {
                exam: "E1" | "E2" | "E3";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"][];
                };
            };
        };
    };
    commentDossier: {
        parameters: {
            query?: {
                /** @description Staff: whose data */
                candidateId?: string;
            };
            header?: never;
            path: {
                exam: "E1" | "E2" | "E3";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    listSubmissionComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"][];
                };
            };
        };
    };
    commentSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    editComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    attestTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAttestation"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceAttestation"];
                };
            };
        };
    };
    withdrawAttestation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listInterns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Intern"][];
                };
            };
        };
    };
    getPfmpBilan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpBilan"];
                };
            };
        };
    };
    savePfmpBilan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavePfmpBilan"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PfmpBilan"];
                };
            };
        };
    };
    listExamSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSession"][];
                };
            };
        };
    };
    createExamSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExamSession"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSession"];
                };
            };
        };
    };
    getExamSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSession"];
                };
            };
        };
    };
    updateExamSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExamSession"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSession"];
                };
            };
        };
    };
    addExamSessionMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    removeExamSessionMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    inviteExamSessionMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteExaminer"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSessionMember"];
                };
            };
        };
    };
    listSessionCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCandidate"][];
                };
            };
        };
    };
    addSessionCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    removeSessionCandidate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    enrolSessionCohort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                cohortId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortEnrolment"];
                };
            };
        };
    };
    getReviewedSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
        };
    };
    getEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
        };
    };
    saveEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveEvaluation"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
        };
    };
    signOffEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
        };
    };
    correctEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectEvaluation"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evaluation"];
                };
            };
        };
    };
    exportSessionGrids: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    uploadTraceFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceFile"];
                };
            };
            /** @description Larger than MAX_UPLOAD_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A type the platform does not accept */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The antivirus found a virus (nothing stored) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Storage or antivirus unavailable (nothing stored) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getFileContent: {
        parameters: {
            query?: {
                inline?: "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    renameFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameFile"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraceFile"];
                };
            };
        };
    };
}
