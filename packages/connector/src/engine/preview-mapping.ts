import { type Mapping, type MapResult, mapUser, matchesRule } from "@lever-oomnitza/mapping";
import type { EngineContext } from "./engine-context.js";

/** One Lever user as the mapping would write it, and whether the mapping's filter syncs them. */
export interface MappingPreview {
  leverId: string;
  name: string;
  email: string | undefined;
  included: boolean;
  result: MapResult;
}

/**
 * The first `limit` Lever users (deactivated included) mapped with `mapping`, read through the
 * connector's own Lever client (its rate limit and timeout apply). Reads Lever only.
 */
export async function previewMapping(
  ctx: EngineContext,
  mapping: Mapping,
  limit: number,
): Promise<MappingPreview[]> {
  const syncTime = ctx.now();
  const previews: MappingPreview[] = [];
  for await (const user of ctx.lever.users.list({
    includeDeactivated: true,
    pageSize: Math.min(limit, 100),
  })) {
    previews.push({
      leverId: user.id,
      name: user.name,
      email: user.email,
      included: matchesRule(user, mapping.filter, syncTime),
      result: mapUser(user, mapping, { syncTime }),
    });
    if (previews.length >= limit) break;
  }
  return previews;
}
