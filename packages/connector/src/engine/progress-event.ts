/** A progress phase reported through `onProgress`. */
export type ProgressPhase = "read-lever" | "read-oomnitza" | "read-saas" | "plan" | "apply" | "report";

/** A progress event: `done` of `total` units (pages read, records planned, actions applied). */
export interface ProgressEvent {
  phase: ProgressPhase;
  done: number;
  total?: number | undefined;
  unit: "records" | "actions";
  message?: string | undefined;
}
