import { z } from "zod";
import { mappingSchema } from "./mapping-schema.js";

/** JSON Schema (draft 2020-12) of a mapping, for editor completion; also shipped as `schema/mapping.schema.json`. */
export const mappingJsonSchema: Record<string, unknown> = {
  ...z.toJSONSchema(mappingSchema, { io: "input" }),
  $id: "https://lever-oomnitza.dev/schema/mapping.schema.json",
};
