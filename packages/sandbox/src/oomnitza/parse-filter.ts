/** A parsed Oomnitza filter (docs/vendor-facts.md#oomnitza-lists). */
export type FilterNode =
  | { type: "and" | "or"; items: FilterNode[] }
  | { type: "cmp"; field: string; op: "eq" | "ne" | "lt" | "lte" | "gt" | "gte"; value: FilterValue }
  | { type: "null"; field: string; negated: boolean }
  | { type: "in"; field: string; values: FilterValue[]; negated: boolean }
  | { type: "like"; field: string; pattern: string; negated: boolean }
  | { type: "between"; field: string; low: FilterValue; high: FilterValue };

/** A literal in a filter. */
export type FilterValue = string | number | boolean | null;

/** Thrown for a filter the API would answer 400; `position` is the 0-based offset of the problem. */
export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`filter: ${message} at position ${position}`);
    this.name = "FilterSyntaxError";
  }
}

type Token = { kind: "word" | "string" | "number" | "punct"; text: string; pos: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      // SQL quoting: a quote inside a value is written twice ('O''Brien').
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= input.length) throw new FilterSyntaxError("unterminated string (close it with ')", i);
        if (input[j] === "'" && input[j + 1] === "'") {
          text += "'";
          j += 2;
        } else if (input[j] === "'") break;
        else text += input[j++];
      }
      tokens.push({ kind: "string", text, pos: i });
      i = j + 1;
    } else if (/[-\d]/.test(c) && /^-?\d+(\.\d+)?(?![\w.])/.test(input.slice(i))) {
      const m = /^-?\d+(\.\d+)?/.exec(input.slice(i)) as RegExpExecArray;
      tokens.push({ kind: "number", text: m[0], pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(input.slice(i)) as RegExpExecArray;
      tokens.push({ kind: "word", text: m[0], pos: i });
      i += m[0].length;
    } else if (/[()[\],]/.test(c)) {
      tokens.push({ kind: "punct", text: c, pos: i++ });
    } else if (c === "=" || c === "!" || c === "<" || c === ">") {
      const two = input.slice(i, i + 2);
      const text = ["!=", "<=", ">=", "<>"].includes(two) ? two : c;
      if (text === "!") throw new FilterSyntaxError("unexpected '!'", i);
      tokens.push({ kind: "punct", text, pos: i });
      i += text.length;
    } else {
      throw new FilterSyntaxError(`unexpected character '${c}' (quote text values with ')`, i);
    }
  }
  return tokens;
}

const symbolOps: Record<string, "eq" | "ne" | "lt" | "lte" | "gt" | "gte"> = {
  "=": "eq",
  "!=": "ne",
  "<>": "ne",
  "<": "lt",
  "<=": "lte",
  ">": "gt",
  ">=": "gte",
};

/** Parses the SQL-like subset: eq/ne/lt/lte/gt/gte (or =, !=, <, >), [NOT] IN, IS [NOT] NULL, [NOT] LIKE, BETWEEN, AND/OR, parentheses. */
export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (t: Token | undefined, w: string) => t?.kind === "word" && t.text.toUpperCase() === w;
  const endPos = input.length;
  const expect = (text: string) => {
    const t = tokens[i];
    if (!t || t.text !== text) throw new FilterSyntaxError(`expected '${text}'`, t?.pos ?? endPos);
    i++;
  };
  const value = (): FilterValue => {
    const t = tokens[i++];
    if (!t) throw new FilterSyntaxError("expected a value", endPos);
    if (t.kind === "string") return t.text;
    if (t.kind === "number") return Number(t.text);
    if (isWord(t, "TRUE")) return true;
    if (isWord(t, "FALSE")) return false;
    if (isWord(t, "NULL")) return null;
    throw new FilterSyntaxError(`expected a value, got '${t.text}' (quote text values with ')`, t.pos);
  };
  const list = (): FilterValue[] => {
    const open = tokens[i];
    const close = open?.text === "[" ? "]" : ")";
    if (!open || (open.text !== "[" && open.text !== "("))
      throw new FilterSyntaxError("expected '[' or '(' after IN", open?.pos ?? endPos);
    i++;
    const values: FilterValue[] = [];
    if (peek()?.text === close)
      throw new FilterSyntaxError("IN needs at least one value", peek()?.pos ?? endPos);
    for (;;) {
      values.push(value());
      if (peek()?.text === ",") i++;
      else break;
    }
    expect(close);
    return values;
  };
  const comparison = (): FilterNode => {
    const f = tokens[i++];
    if (f?.kind !== "word") throw new FilterSyntaxError("expected a field name", f?.pos ?? endPos);
    const field = f.text;
    const t = tokens[i];
    if (!t) throw new FilterSyntaxError(`expected an operator after '${field}'`, endPos);
    const op =
      t.kind === "punct"
        ? symbolOps[t.text]
        : (["eq", "ne", "lt", "lte", "gt", "gte"] as const).find((o) => o === t.text.toLowerCase());
    if (op) {
      i++;
      return { type: "cmp", field, op, value: value() };
    }
    i++;
    if (isWord(t, "IS")) {
      const negated = isWord(peek(), "NOT");
      if (negated) i++;
      if (!isWord(peek(), "NULL"))
        throw new FilterSyntaxError("expected NULL after IS", peek()?.pos ?? endPos);
      i++;
      return { type: "null", field, negated };
    }
    const negated = isWord(t, "NOT");
    const kw = negated ? tokens[i++] : t;
    if (isWord(kw, "IN")) return { type: "in", field, values: list(), negated };
    if (isWord(kw, "LIKE")) {
      const p = value();
      if (typeof p !== "string")
        throw new FilterSyntaxError("LIKE needs a quoted pattern", kw?.pos ?? endPos);
      return { type: "like", field, pattern: p, negated };
    }
    if (!negated && isWord(kw, "BETWEEN")) {
      const low = value();
      if (!isWord(peek(), "AND"))
        throw new FilterSyntaxError("expected AND in BETWEEN", peek()?.pos ?? endPos);
      i++;
      return { type: "between", field, low, high: value() };
    }
    throw new FilterSyntaxError(
      `unknown operator '${t.text}' (use eq, ne, lt, lte, gt, gte, IN, IS NULL, LIKE, BETWEEN)`,
      t.pos,
    );
  };
  const primary = (): FilterNode => {
    if (peek()?.text === "(") {
      i++;
      const node = or();
      expect(")");
      return node;
    }
    return comparison();
  };
  const chain = (word: "AND" | "OR", next: () => FilterNode): FilterNode => {
    const items = [next()];
    while (isWord(peek(), word)) {
      i++;
      items.push(next());
    }
    return items.length === 1 ? (items[0] as FilterNode) : { type: word === "AND" ? "and" : "or", items };
  };
  const and = () => chain("AND", primary);
  const or = () => chain("OR", and);
  if (tokens.length === 0) throw new FilterSyntaxError("empty filter", 0);
  const node = or();
  if (i < tokens.length)
    throw new FilterSyntaxError(`unexpected '${tokens[i]?.text}'`, tokens[i]?.pos ?? endPos);
  return node;
}

/** Field names a filter refers to, to reject unknown fields with a 400. */
export function filterFields(node: FilterNode): string[] {
  if ("items" in node) return node.items.flatMap(filterFields);
  return [node.field];
}
