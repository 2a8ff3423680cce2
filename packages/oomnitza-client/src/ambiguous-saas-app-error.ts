/**
 * Thrown by `saas.findByName` when more than one SaaS application answers to the name: picking one
 * would put seats on a duplicate (e.g. one created by a concurrent run), so the caller must decide.
 */
export class AmbiguousSaasAppError extends Error {
  override name = "AmbiguousSaasAppError";
  /** The name looked up. */
  readonly appName: string;
  /** Every application that matched, as `{ saas_id, saas_name }`. */
  readonly apps: Array<{ saas_id: number; saas_name: string }>;

  constructor(appName: string, apps: Array<{ saas_id: number; saas_name: string }>) {
    const ids = apps.map((a) => `${String(a.saas_id)} ("${a.saas_name}")`).join(", ");
    super(
      `${apps.length} SaaS applications in Oomnitza are named "${appName}" (saas_id ${ids}); refusing to pick one. Fix: merge or rename the duplicates in Oomnitza so exactly one is named "${appName}", or set saas.app to a name only one of them has.`,
    );
    this.appName = appName;
    this.apps = apps;
  }
}
