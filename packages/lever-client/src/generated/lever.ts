// generated — do not edit. Source: openapi/lever.yaml. Regenerate with `pnpm generate`.
/* eslint-disable */

export interface paths {
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists users, one page at a time (Lever docs: Users → "List all users"; Pagination; Lists).
         *     Only active users are returned unless `includeDeactivated=true`. Pass the previous page's `next`
         *     as `offset` and keep every other filter identical, or Lever rejects the token
         *     ("Invalid offset token"). Drive the loop off `hasNext`: a last page may still carry a `next`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user (Lever docs: Users → "Create a user"). Does not send an invitation. `accessRole`
         *     defaults to `interviewer`. Not idempotent and Lever has no idempotency key: never resend after
         *     the server may have acted (a 429 means it did not).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a user
         * @description Retrieves one user, active or deactivated (Lever docs: Users → "Retrieve a single user").
         */
        get: operations["getUser"];
        /**
         * Update a user (full replace)
         * @description Replaces the user (Lever docs: Users → "Update a user"). Every omitted field is reset to its
         *     default, so send the whole record (read, merge, then PUT). Setting `accessRole` to `interviewer`
         *     drops the user's followed profiles. The docs print "201 - Created" for this call; both 200 and
         *     201 mean success. Idempotent.
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Deactivates the user (Lever docs: Users → "Deactivate a user"): they keep their history but can
         *     no longer log in. This is Lever's only offboarding; there is no delete. Idempotent: deactivating
         *     a deactivated user returns it unchanged, so it is safe to retry.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a user
         * @description Reactivates a deactivated user (Lever docs: Users → "Reactivate a user"). Idempotent: safe to
         *     retry.
         */
        post: operations["reactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description Lists candidate tags with how many candidates carry each (Lever docs: Tags → "List all tags").
         *     The doc example shows only `data`; `hasNext`/`next` follow the generic list rules (Lists,
         *     Pagination) when present.
         */
        get: operations["listTags"];
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
        /** @description Lever's error body. No published list of codes, so `code` is a free string. */
        Error: {
            /** @example ResourceNotFound */
            code: string;
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The five built-in access roles, lowercase with spaces exactly as Lever spells them.
         * @enum {string}
         */
        LeverBuiltInAccessRole: "super admin" | "admin" | "team member" | "limited team member" | "interviewer";
        /** @description A built-in access role, or the id of a custom role (from the Roles settings page URL). */
        LeverAccessRole: components["schemas"]["LeverBuiltInAccessRole"] | string;
        /** @description A Lever user. Lever may add fields at any time, so the object stays open. */
        LeverUser: {
            /** @description User UID (lowercase UUID). */
            id: string;
            /** @description Preferred name; equals the email when never set. */
            name: string;
            /** @description Derived from the email's local part, dots removed. */
            username: string;
            email: string;
            /**
             * Format: int64
             * @description Creation time, ms since the Unix epoch.
             */
            createdAt: number;
            /**
             * Format: int64
             * @description Deactivation time in ms since the Unix epoch; null (or absent) while active.
             */
            deactivatedAt?: number | null;
            accessRole: components["schemas"]["LeverAccessRole"];
            /** @description Avatar URL. */
            photo?: string | null;
            /** @description The user's id in an external HR directory. */
            externalDirectoryId?: string | null;
            /** @description Contact ids linked to this user. */
            linkedContactIds?: string[] | null;
            jobTitle?: string | null;
            /** @description The manager's user id. */
            managerId?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Body of `POST /users`. `id`, `username`, `createdAt`, `deactivatedAt`, `photo` and
         *     `linkedContactIds` are not settable.
         */
        LeverUserCreate: {
            name: string;
            email: string;
            accessRole?: components["schemas"]["LeverAccessRole"];
            externalDirectoryId?: string | null;
            jobTitle?: string | null;
            managerId?: string | null;
        };
        /** @description Body of `PUT /users/{user}`, a full replace; every omitted field is reset. */
        LeverUserUpdate: {
            name: string;
            email: string;
            accessRole: components["schemas"]["LeverAccessRole"];
            externalDirectoryId?: string | null;
            jobTitle?: string | null;
            managerId?: string | null;
        };
        /** @description Single-object envelope. */
        UserEnvelope: {
            data: components["schemas"]["LeverUser"];
        } & {
            [key: string]: unknown;
        };
        /** @description List envelope. `next` may be absent, and may be present on the last page; trust `hasNext`. */
        UserList: {
            data: components["schemas"]["LeverUser"][];
            hasNext: boolean;
            /** @description Opaque token for the following page's `offset`. */
            next?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A candidate tag and how many candidates carry it. */
        LeverTag: {
            /** @description Customer-defined, case-sensitive. */
            text: string;
            count: number;
        } & {
            [key: string]: unknown;
        };
        /** @description List envelope for tags; `hasNext`/`next` are optional here (the doc example omits them). */
        TagList: {
            data: components["schemas"]["LeverTag"][];
            hasNext?: boolean;
            next?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request is malformed (bad parameter, invalid body or page token). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, invalid or revoked credentials. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The key or token is not permitted this operation (key permissions, confidential data, or a sandbox key on production). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unknown route or object. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded (10 req/s steady, bursts to 20). No `Retry-After` is documented; back off exponentially. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Lever failed; retry idempotent requests with backoff. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Lever is in maintenance or overloaded; retry idempotent requests with backoff. */
        Unavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The user's id (a lowercase UUID). */
        user: string;
        /** @description Page size, 1 to 100 (default 100). */
        limit: number;
        /**
         * @description Opaque page token: the previous page's `next`, passed unchanged; omit for the first page. Only tokens
         *     returned by the API are valid; never build or parse one (real tokens look like URL-encoded JSON).
         */
        offset: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 100). */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque page token: the previous page's `next`, passed unchanged; omit for the first page. Only tokens
                 *     returned by the API are valid; never build or parse one (real tokens look like URL-encoded JSON).
                 */
                offset?: components["parameters"]["offset"];
                /** @description Include deactivated users. Default false (active users only). */
                includeDeactivated?: boolean;
                /** @description Only the user whose canonicalized email matches exactly. */
                email?: string;
                /**
                 * @description Only users with one of these access roles (built-in role name or custom role id); repeat the
                 *     parameter for several (`accessRole=admin&accessRole=interviewer`). Lever's doc example writes
                 *     `accessRole[]=`; its query parser accepts the repeated form too. Added 2023-03-16.
                 */
                accessRole?: components["schemas"]["LeverAccessRole"][];
                /** @description Only the user with this external directory id (note snake_case; the field is `externalDirectoryId`). */
                external_directory_id?: string;
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
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
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
                "application/json": components["schemas"]["LeverUserCreate"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeverUserUpdate"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            /** @description The updated user (status printed in Lever's doc example). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, with `deactivatedAt` set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    reactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The user's id (a lowercase UUID). */
                user: components["parameters"]["user"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, with `deactivatedAt` null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserEnvelope"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listTags: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 100 (default 100). */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Opaque page token: the previous page's `next`, passed unchanged; omit for the first page. Only tokens
                 *     returned by the API are valid; never build or parse one (real tokens look like URL-encoded JSON).
                 */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["Unavailable"];
        };
    };
}
