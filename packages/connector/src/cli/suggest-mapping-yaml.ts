import { stringify } from "yaml";

/** The smart-mapping proposal as YAML text (the body of a `mapping:` block); undefined until available. */
export function suggestMappingYaml(): string | undefined {
  const mapping: unknown = undefined;
  return mapping === undefined ? undefined : stringify(mapping);
}
