// generated — do not edit. Source: openapi/oomnitza.yaml. Regenerate with `pnpm generate`.
/* eslint-disable */

export interface paths {
    "/api/v3/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists people as a bare array paged with `limit`/`skip`; the total is in the `X-Total-Count` header.
         *     See: Oomnitza docs "REST API" and "Query parameters"; vendor facts #oomnitza-lists, #oomnitza-users.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a person; `username`, `email` and `role` are required. Not idempotent: clients must not retry it after a 5xx or a timeout.
         *     See: exported spec `POST /api/v3/users`; vendor facts #oomnitza-users, #oomnitza-sync-keys.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/users/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List user field metadata (not officially documented)
         * @description NOT OFFICIALLY DOCUMENTED: no path in the export (only "Metadata field(s)" schemas); a community
         *     Ruby client calls it. Lets a connector check that custom fields (e.g. a unique `lever_id`) exist.
         *     See: vendor facts #oomnitza-users (`/api/v3/users/meta`, UNVERIFIED).
         */
        get: operations["getUsersMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/users/{ident}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Retrieves one person by record id.
         *     See: exported spec `GET /api/v3/users/{ident}`; vendor facts #oomnitza-users.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a person. The export documents 200 with the deleted record; 204 is accepted too.
         *     See: exported spec `DELETE /api/v3/users/{ident}`; vendor facts #oomnitza-users.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user (partial)
         * @description Partial update: only the fields sent are changed. There is no PUT.
         *     See: exported spec `PATCH /api/v3/users/{ident}`; vendor facts #oomnitza-users.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v3/saas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SaaS applications
         * @description Lists SaaS applications as a bare array paged with `limit`/`skip`; the total is in `X-Total-Count`.
         *     See: exported spec `GET /api/v3/saas`; vendor facts #oomnitza-lists, #oomnitza-saas.
         */
        get: operations["listSaas"];
        put?: never;
        /**
         * Create a SaaS application
         * @description Creates a SaaS application and answers its `saas_id`. Not idempotent: clients must not retry it after a 5xx or a timeout.
         *     The export's body schema lists ten required fields (probably response-oriented); we send only
         *     `saas_name` (`x-export-2022`). When a tenant refuses that, the connector tells the user to create the
         *     app in Oomnitza and name it in `saas.app`.
         *     See: exported spec `POST /api/v3/saas`; vendor facts #oomnitza-saas.
         */
        post: operations["createSaas"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas/{ident}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        /**
         * Get a SaaS application
         * @description Retrieves one SaaS application by id.
         *     See: exported spec `GET /api/v3/saas/{ident}`; vendor facts #oomnitza-saas.
         */
        get: operations["getSaas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas/{ident}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        /**
         * List the users of a SaaS application
         * @description Same SaaS-user shape as `GET /api/v3/saas_users`, restricted to this SaaS.
         *     The export declares no `limit`/`skip` here (`x-export-2022`); the connector sends them and stops with
         *     a named error when a page repeats the previous page's records (a server ignoring them), never
         *     reading duplicates.
         *     See: exported spec `GET /api/v3/saas/{ident}/users`; vendor facts #oomnitza-saas, #oomnitza-saas-user-fields.
         */
        get: operations["listSaasAssignedUsers"];
        put?: never;
        /**
         * Assign or unassign users to a SaaS application
         * @description Assigns (`assign: true`) or unassigns users in bulk. Idempotent per item (the same assignment twice leaves the same state).
         *     See: exported spec `POST /api/v3/saas/{ident}/users`; vendor facts #oomnitza-saas.
         */
        post: operations["assignSaasUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas/{ident}/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
                /** @description Oomnitza `user_id` of the user. */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store a user's id inside the SaaS
         * @description Sets `user_external_id` of this user's SaaS-user record. Idempotent.
         *     See: exported spec `POST /api/v3/saas/{ident}/users/{user_id}`; vendor facts #oomnitza-saas.
         */
        post: operations["setSaasUserExternalId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas/{ident}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        /**
         * List the roles of a SaaS application
         * @description Lists the roles defined in this SaaS application.
         *     See: exported spec `GET /api/v3/saas/{ident}/roles`; vendor facts #oomnitza-saas.
         */
        get: operations["listSaasRoles"];
        put?: never;
        /**
         * Create a role in a SaaS application
         * @description Creates a role (`role_external_label`) in this SaaS application (201).
         *     See: exported spec `POST /api/v3/saas/{ident}/roles`; vendor facts #oomnitza-saas.
         */
        post: operations["createSaasRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas/{ident}/roles/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Overwrite users' roles in a SaaS application
         * @description Replaces each listed user's roles in this SaaS with `roles`; roles not known yet are created.
         *     Idempotent.
         *     See: exported spec `PATCH /api/v3/saas/{ident}/roles/users`; vendor facts #oomnitza-saas.
         */
        patch: operations["setSaasUserRoles"];
        trace?: never;
    };
    "/api/v3/saas_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SaaS users of all SaaS applications
         * @description Lists the SaaS users of every SaaS application (bare array, `limit`/`skip`, `X-Total-Count`); `text` is a full-text search.
         *     The export declares no `limit`/`skip` here: a repeated page ends the listing with a named error.
         *     A server may ignore an unknown `filter` field: the connector acts only on records whose `saas_id`
         *     is the app's (records without one are re-read through `/saas/{ident}/users`).
         *     See: exported spec `GET /api/v3/saas_users`; vendor facts #oomnitza-saas, #oomnitza-saas-user-fields.
         */
        get: operations["listSaasUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/saas_users/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Deactivate SaaS users
         * @description Deactivating unassigns the SaaS user's contracts. Per-item errors come back in a 200 body.
         *     See: exported spec `PATCH /api/v3/saas_users/deactivate`; vendor facts #oomnitza-saas, #oomnitza-errors-and-limits.
         */
        patch: operations["deactivateSaasUsers"];
        trace?: never;
    };
    "/api/v3/saas_users/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Activate SaaS users
         * @description Per-item errors come back in a 200 body.
         *     See: exported spec `PATCH /api/v3/saas_users/activate`; vendor facts #oomnitza-saas, #oomnitza-errors-and-limits.
         */
        patch: operations["activateSaasUsers"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Standard user fields (all optional in requests; the tenant data model decides). */
        UserFields: {
            username?: string;
            email?: string;
            first_name?: string;
            last_name?: string;
            full_name?: string;
            /** @description Numeric Oomnitza role (permissions) id. */
            role?: number;
            position?: string;
            phone_number?: string;
            address?: string;
            suspended?: boolean;
            /** @description Free id for external systems. */
            external_id?: string | null;
            email_subscription?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A user to create or the fields to change. Custom fields (e.g. `lever_id`) are allowed. */
        UserInput: {
            [key: string]: unknown;
        } & components["schemas"]["UserFields"];
        /** @description A user record. Dates are unix seconds. Custom fields appear under their External ID. */
        User: {
            [key: string]: unknown;
        } & (components["schemas"]["UserFields"] & {
            /** @description Record id, the `{ident}` of `/api/v3/users/{ident}`. */
            user_id: string;
            uid?: number;
            /** @description unix seconds */
            creation_date?: number | null;
            /** @description unix seconds */
            change_date?: number | null;
            /** @description unix seconds */
            last_login_date?: number | null;
            created_by?: string | null;
            changed_by?: string | null;
            version?: string | number | null;
        });
        /** @description One field of a data model (from the undocumented `/users/meta`). */
        FieldMeta: {
            /** @description The field's External ID, the name used in the API and in filters. */
            name: string;
            /** @description Data type, e.g. `text`, `number`, `date`, `boolean`. */
            type: string;
            unique?: boolean;
            mandatory?: boolean;
            label?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A SaaS application to create. */
        SaasInput: {
            saas_name: string;
            category?: string;
            publisher?: string;
            url?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A SaaS application. */
        Saas: {
            saas_id: number;
            saas_name: string;
            category?: string | null;
            publisher?: string | null;
            url?: string | null;
            source?: string | null;
            total_licenses?: number | null;
            available_licenses?: number | null;
            annual_spend?: number | null;
            creationdate?: string | number | null;
            changedate?: string | number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A role of a SaaS user. */
        SaasUserRole: {
            role_id: string;
            role_external_id?: string | null;
            role_external_label: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A user of a SaaS application. `saas_user_id` and `status` are missing from the 2022 export but
         *     needed by activate/deactivate; `roles` was a single object there and is a list here.
         */
        SaasUser: {
            saas_user_id: string;
            saas_id: number;
            /** @description The Oomnitza user's `user_id`. */
            user_id: string;
            username?: string | null;
            email?: string | null;
            full_name?: string | null;
            /** @description The user's id inside the SaaS (e.g. the Lever user id). */
            user_external_id?: string | null;
            /** @description Last activity in the SaaS, unix seconds. */
            last_visit?: number | null;
            /** @enum {string} */
            status: "active" | "deactivated";
            roles?: components["schemas"]["SaasUserRole"][];
            contract_id?: string | null;
            old_usage?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description Assign (`true`) or unassign (`false`) one user. */
        SaasUserAssignment: {
            user_id: string;
            assign: boolean;
        };
        /** @description Result for one assignment; `error` is null on success. */
        SaasAssignResult: {
            user_id: string;
            assign?: boolean;
            saas_user_id?: string | null;
            error?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A role defined in a SaaS application. */
        SaasRoleRecord: {
            role_id: string;
            saas_id?: number;
            source?: number | string | null;
            role_external_id?: string | null;
            role_external_label: string;
            users_count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Result of a role assignment for one user; `errors` empty or null on success. */
        RoleAssignResult: {
            role_id?: string | null;
            user_id?: string | null;
            errors?: string[] | null;
        } & {
            [key: string]: unknown;
        };
        SaasUserIds: {
            saas_user_ids: string[];
        };
    };
    responses: {
        /** @description The user. */
        UserResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["User"];
            };
        };
        /** @description The created SaaS application's id. */
        SaasCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    saas_id: number;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        /** @description One result per requested id; `error` is null on success. The HTTP status stays 200. */
        SaasUserStatusResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    saas_user_id: string;
                    error: string | null;
                }[];
            };
        };
        /** @description Bad request (e.g. a malformed or unencoded filter, an unknown or invalid field). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
            };
        };
        /** @description Missing or invalid credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
            };
        };
        /** @description The token's user lacks the permission for this operation. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
            };
        };
        /** @description No such record. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
            };
        };
        /** @description Rate limited; retry later (no published limits). */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
            };
        };
        /** @description Server error or maintenance. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "text/plain": string;
                "text/html": string;
            };
        };
    };
    parameters: {
        /** @description Page size (FIX 7 - integer, not string). */
        limit: number;
        /** @description 0-based offset; skip 5, limit 10 returns records 5 to 14. */
        skip: number;
        /** @description `<field> asc|desc`. */
        sortby: string;
        /**
         * @description SQL-like filter, e.g. `email eq 'ann@example.com' AND lever_id IS NULL`. String values in single
         *     quotes with `'` doubled; the value must be URL-encoded (an unencoded `&` gives a 400).
         */
        filter: string;
        /** @description Comma-separated list of fields to return. */
        fields: string;
        /** @description Full-text search expression. */
        text: string;
        /** @description Keep only SaaS users sharing at least one of these roles. */
        roles: string;
        /** @description Filter by the SaaS user's last visit (unix seconds). */
        last_visit: string;
        /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
        ident: string;
        /** @description Oomnitza `user_id` of the user. */
        user_id: string;
        /** @description `1` lets the request write non-editable (edit-only) fields. */
        IgnoreMetaRestriction: "0" | "1";
        /** @description `1` ignores unknown fields instead of rejecting the request. */
        AllowUnknownMetaFields: "0" | "1";
        /** @description `1` does not fire Oomnitza workflows for this write. */
        NotTriggerWF: "0" | "1";
    };
    requestBodies: never;
    headers: {
        /**
         * @description Total number of records matching the query (all pages). The connector stops paging at this total;
         *     without it, it stops only on an empty page (a short page is always followed by one more request,
         *     since a tenant may cap `limit` below what was asked without saying so).
         */
        "X-Total-Count": number;
        /** @description Seconds (or an HTTP date) to wait before retrying. */
        "Retry-After": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size (FIX 7 - integer, not string). */
                limit?: components["parameters"]["limit"];
                /** @description 0-based offset; skip 5, limit 10 returns records 5 to 14. */
                skip?: components["parameters"]["skip"];
                /** @description `<field> asc|desc`. */
                sortby?: components["parameters"]["sortby"];
                /**
                 * @description SQL-like filter, e.g. `email eq 'ann@example.com' AND lever_id IS NULL`. String values in single
                 *     quotes with `'` doubled; the value must be URL-encoded (an unencoded `&` gives a 400).
                 */
                filter?: components["parameters"]["filter"];
                /** @description Comma-separated list of fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` lets the request write non-editable (edit-only) fields. */
                "Oomnitza-Ignore-Meta-Restriction"?: components["parameters"]["IgnoreMetaRestriction"];
                /** @description `1` ignores unknown fields instead of rejecting the request. */
                "Oomnitza-Allow-Unknown-Meta-Fields"?: components["parameters"]["AllowUnknownMetaFields"];
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            200: components["responses"]["UserResponse"];
            201: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUsersMeta: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Field metadata of the users data model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldMeta"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UserResponse"];
            /** @description Deleted, no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` lets the request write non-editable (edit-only) fields. */
                "Oomnitza-Ignore-Meta-Restriction"?: components["parameters"]["IgnoreMetaRestriction"];
                /** @description `1` ignores unknown fields instead of rejecting the request. */
                "Oomnitza-Allow-Unknown-Meta-Fields"?: components["parameters"]["AllowUnknownMetaFields"];
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserInput"];
            };
        };
        responses: {
            200: components["responses"]["UserResponse"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSaas: {
        parameters: {
            query?: {
                /** @description Page size (FIX 7 - integer, not string). */
                limit?: components["parameters"]["limit"];
                /** @description 0-based offset; skip 5, limit 10 returns records 5 to 14. */
                skip?: components["parameters"]["skip"];
                /** @description `<field> asc|desc`. */
                sortby?: components["parameters"]["sortby"];
                /**
                 * @description SQL-like filter, e.g. `email eq 'ann@example.com' AND lever_id IS NULL`. String values in single
                 *     quotes with `'` doubled; the value must be URL-encoded (an unencoded `&` gives a 400).
                 */
                filter?: components["parameters"]["filter"];
                /** @description Comma-separated list of fields to return. */
                fields?: components["parameters"]["fields"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SaaS applications. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saas"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSaas: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` lets the request write non-editable (edit-only) fields. */
                "Oomnitza-Ignore-Meta-Restriction"?: components["parameters"]["IgnoreMetaRestriction"];
                /** @description `1` ignores unknown fields instead of rejecting the request. */
                "Oomnitza-Allow-Unknown-Meta-Fields"?: components["parameters"]["AllowUnknownMetaFields"];
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasInput"];
            };
        };
        responses: {
            200: components["responses"]["SaasCreated"];
            201: components["responses"]["SaasCreated"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSaas: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SaaS application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saas"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSaasAssignedUsers: {
        parameters: {
            query?: {
                /** @description Page size (FIX 7 - integer, not string). */
                limit?: components["parameters"]["limit"];
                /** @description 0-based offset; skip 5, limit 10 returns records 5 to 14. */
                skip?: components["parameters"]["skip"];
                /** @description Filter by the SaaS user's last visit (unix seconds). */
                last_visit?: components["parameters"]["last_visit"];
                /** @description Keep only SaaS users sharing at least one of these roles. */
                roles?: components["parameters"]["roles"];
            };
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of this SaaS's users. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasUser"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    assignSaasUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasUserAssignment"][];
            };
        };
        responses: {
            /** @description Per-item results; a failed item carries `error`, the HTTP status stays 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasAssignResult"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    setSaasUserExternalId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
                /** @description Oomnitza `user_id` of the user. */
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_external_id: string;
                };
            };
        };
        responses: {
            /** @description The stored id and any errors (HTTP 200 even when `errors` is not empty). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_external_id: string | null;
                        errors: string[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSaasRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All roles of this SaaS. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasRoleRecord"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createSaasRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    role_external_label: string;
                    role_external_id?: string;
                };
            };
        };
        responses: {
            /** @description The created role. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasRoleRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    setSaasUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (`user_id` of a user, `saas_id` of a SaaS). */
                ident: components["parameters"]["ident"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    users: string[];
                    roles: {
                        role_external_id: string;
                        role_external_label: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Per-user results. The export documents a single object; a list of them is accepted too. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleAssignResult"] | components["schemas"]["RoleAssignResult"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listSaasUsers: {
        parameters: {
            query?: {
                /** @description Page size (FIX 7 - integer, not string). */
                limit?: components["parameters"]["limit"];
                /** @description 0-based offset; skip 5, limit 10 returns records 5 to 14. */
                skip?: components["parameters"]["skip"];
                /** @description `<field> asc|desc`. */
                sortby?: components["parameters"]["sortby"];
                /**
                 * @description SQL-like filter, e.g. `email eq 'ann@example.com' AND lever_id IS NULL`. String values in single
                 *     quotes with `'` doubled; the value must be URL-encoded (an unencoded `&` gives a 400).
                 */
                filter?: components["parameters"]["filter"];
                /** @description Full-text search expression. */
                text?: components["parameters"]["text"];
                /** @description Keep only SaaS users sharing at least one of these roles. */
                roles?: components["parameters"]["roles"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of SaaS users. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasUser"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deactivateSaasUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasUserIds"];
            };
        };
        responses: {
            200: components["responses"]["SaasUserStatusResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    activateSaasUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description `1` does not fire Oomnitza workflows for this write. */
                "Oomnitza-Not-Trigger-WF"?: components["parameters"]["NotTriggerWF"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasUserIds"];
            };
        };
        responses: {
            200: components["responses"]["SaasUserStatusResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
