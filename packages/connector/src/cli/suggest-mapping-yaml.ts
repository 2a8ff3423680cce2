import { smartMapping } from "@lever-oomnitza/mapping";
import { Document, isSeq, visit } from "yaml";

/** What the sandbox tenant has: role 25 "Employee" (Oomnitza's own example default) and a `lever_id` field. */
export const SANDBOX_TENANT = {
  role: 25,
  oomnitzaFields: ["username", "email", "first_name", "last_name", "lever_id"],
} as const;

const ROLE_HINT =
  "# role: 25   # required: the numeric id of the Oomnitza role new users get (Configuration > Roles)\n";

/**
 * The smart-mapping proposal as YAML (the body of a `mapping:` block). Without a known role the
 * proposal stays a draft and a commented `role:` line says what to fill in.
 */
export function suggestMappingYaml(o: { oomnitzaFields?: readonly string[]; role?: number } = {}): string {
  const mapping = smartMapping(o.oomnitzaFields, o.role === undefined ? {} : { role: o.role });
  const doc = new Document(mapping);
  // Short lists (`transform: [trim, lowercase]`, `syncKeys: [email]`) read better on one line.
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node)) node.flow = true;
    },
  });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return o.role === undefined ? `${text}${ROLE_HINT}` : text;
}
