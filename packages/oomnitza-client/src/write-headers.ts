import type { WriteOptions } from "./oomnitza-types.js";

/**
 * Turns {@link WriteOptions} into Oomnitza's request headers (values "0"/"1").
 * @see https://oomnitza.zendesk.com/hc/en-us/articles/13082613286167 (Oomnitza API Headers)
 */
export function writeHeaders(o: WriteOptions = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  if (o.ignoreMetaRestriction) headers["Oomnitza-Ignore-Meta-Restriction"] = "1";
  if (o.allowUnknownFields) headers["Oomnitza-Allow-Unknown-Meta-Fields"] = "1";
  if (o.skipWorkflows) headers["Oomnitza-Not-Trigger-WF"] = "1";
  return headers;
}
