/** Ids per batched SaaS call (assign, activate, deactivate): keeps one request body well under 1 MB. */
export const SAAS_BATCH_SIZE = 500;
