export { closestName } from "./closest-name.js";
export type {
  CompiledMapping,
  FieldChange,
  MapResult,
  OomnitzaRecord,
  Provenance,
  ProvenanceEntry,
} from "./compile-mapping.js";
export { compileMapping } from "./compile-mapping.js";
export type { FieldSourceDefinition, MappingDefinition, TransformStepDefinition } from "./define-mapping.js";
export { defineMapping } from "./define-mapping.js";
export { diffRecords } from "./diff-records.js";
export type { LeverField, SourceField } from "./lever-fields.js";
export { leverFields } from "./lever-fields.js";
export { mapUser } from "./map-user.js";
export { MappingError } from "./mapping-error.js";
export { mappingJsonSchema } from "./mapping-json-schema.js";
export { mappingSchema } from "./mapping-schema.js";
export { matchesRule } from "./matches-rule.js";
export { normalizeKey } from "./normalize-key.js";
export type { Duration, FilterOf, Rule, RuleOf } from "./rule-schema.js";
export { ruleSchema } from "./rule-schema.js";
export { sameValue } from "./same-value.js";
export type { Scalar } from "./scalar.js";
export { smartMapping } from "./smart-mapping.js";
export type { NameParts } from "./split-name.js";
export { splitName } from "./split-name.js";
export type { FieldSuggestion } from "./suggest-fields.js";
export { suggestFields } from "./suggest-fields.js";
export type { SimpleTransformName, TransformName } from "./transform-names.js";
export type { FieldSource, Filter, Mapping, MappingInput, MappingProblem, TransformStep } from "./types.js";
export type { MappingValidation } from "./validate-mapping.js";
export { validateMapping } from "./validate-mapping.js";
