/**
 * Generated from ../api/openapi.json by scripts/generate-api.mjs (pnpm generate:api).
 * Do not edit: regenerate. A test fails when this file is stale.
 */

export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
}
