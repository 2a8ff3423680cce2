import * as z from "zod";
import { connectorConfigSchema } from "./config-schema.js";

/** The JSON Schema of the config file (input side: defaults are optional), for editor completion. */
export function connectorConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(connectorConfigSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: "https://unpkg.com/@lever-oomnitza/connector/schema/connector.config.schema.json",
    title: "lever-oomnitza connector config",
  };
}
