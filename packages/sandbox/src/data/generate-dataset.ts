import type { OomnitzaCustomField, OomnitzaRole, SandboxLeverTag, SandboxLeverUser } from "../types.js";
import { createRandom } from "./create-random.js";
import { generateLeverUsers, type LeverUserOptions } from "./generate-lever-users.js";
import {
  defaultCustomFields,
  defaultOomnitzaRoles,
  type GeneratedTenant,
  generateOomnitzaTenant,
  type OomnitzaTenantOptions,
} from "./generate-oomnitza-tenant.js";

/** Options for `generateDataset`. */
export interface DatasetOptions {
  /** Seed of every random choice (default 1). Same seed and `now` → identical data. */
  seed?: number;
  /** Number of Lever users (default 250). */
  leverUsers?: number;
  /** Reference time in ms (default: start of the current UTC day, so data is stable within a day). */
  now?: number;
  lever?: Omit<LeverUserOptions, "count" | "now">;
  oomnitza?: OomnitzaTenantOptions & { customFields?: OomnitzaCustomField[]; roles?: OomnitzaRole[] };
}

/** The seeded data both sandbox servers start from. */
export interface Dataset {
  seed: number;
  now: number;
  lever: { users: SandboxLeverUser[]; tags: SandboxLeverTag[] };
  oomnitza: GeneratedTenant & { customFields: OomnitzaCustomField[]; roles: OomnitzaRole[] };
}

const tagTexts = [
  "Backend Engineer",
  "Referral",
  "Silver Medalist",
  "Diversity Sourcing",
  "Campus 2025",
  "Rehire",
];

/** Generates matching, deterministic Lever users and an Oomnitza tenant that already holds some of them. */
export function generateDataset(o: DatasetOptions = {}): Dataset {
  const seed = o.seed ?? 1;
  const now = o.now ?? Math.floor(Date.now() / 86_400_000) * 86_400_000;
  const random = createRandom(seed);
  const generated = generateLeverUsers(random, { count: o.leverUsers ?? 250, now, ...o.lever });
  const tags = tagTexts.map((text) => ({ text, count: random.int(0, 500) }));
  const tenant = generateOomnitzaTenant(createRandom(seed + 7919), generated, now, o.oomnitza);
  return {
    seed,
    now,
    lever: { users: generated.map((g) => g.user), tags },
    oomnitza: {
      ...tenant,
      customFields: o.oomnitza?.customFields ?? defaultCustomFields,
      roles: o.oomnitza?.roles ?? defaultOomnitzaRoles,
    },
  };
}
