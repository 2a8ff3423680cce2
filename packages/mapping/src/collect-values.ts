/**
 * The values at a field path in a record. A key that literally contains dots wins; otherwise dots walk
 * into nested objects (`user.suspended`), and arrays fan out (`roles.role_external_label` → every label).
 */
export function collectValues(record: unknown, path: string, parts: readonly string[]): unknown[] {
  if (record === null || typeof record !== "object") return [undefined];
  const direct = (record as Record<string, unknown>)[path];
  if (parts.length === 1 || direct !== undefined) return spread(direct);
  const out: unknown[] = [];
  walk(record, parts, 0, out);
  return out.length === 0 ? [undefined] : out;
}

function walk(node: unknown, parts: readonly string[], index: number, out: unknown[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, parts, index, out);
    return;
  }
  if (index === parts.length) {
    out.push(node);
    return;
  }
  if (node === null || typeof node !== "object") return;
  if (!Object.hasOwn(node, parts[index]!)) return;
  walk((node as Record<string, unknown>)[parts[index]!], parts, index + 1, out);
}

function spread(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
