// A small parser for the filter strings `f` builds, used only to prove they round-trip.
export type Ast =
  | { op: "eq" | "ne" | "like"; field: string; value: string | number | boolean }
  | { op: "in"; field: string; values: (string | number | boolean)[] }
  | { op: "isNull"; field: string }
  | { and: Ast[] }
  | { or: Ast[] };

type Token =
  | { t: "str"; v: string }
  | { t: "num"; v: number }
  | { t: "word"; v: string }
  | { t: "sym"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === " ") i++;
    else if (c === "'") {
      let v = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === "'" && src[i + 1] === "'") {
          v += "'";
          i += 2;
        } else if (src[i] === "'") break;
        else v += src[i++];
      }
      i++;
      out.push({ t: "str", v });
    } else if ("()[],".includes(c)) out.push({ t: "sym", v: src[i++]! });
    else {
      const m =
        /^-?\d+(\.\d+)?(e[+-]?\d+)?/.exec(src.slice(i)) ?? /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
      if (!m) throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
      const w = m[0];
      out.push(/^-?\d/.test(w) ? { t: "num", v: Number(w) } : { t: "word", v: w });
      i += w.length;
    }
  }
  return out;
}

/** Parses `f`'s output back into a tree; throws on anything it does not understand. */
export function parseFilter(src: string): Ast {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const next = () => {
    const t = toks[p++];
    if (!t) throw new Error("unexpected end");
    return t;
  };
  const expect = (t: Token["t"], v?: string | number) => {
    const tok = next();
    if (tok.t !== t || (v !== undefined && tok.v !== v)) throw new Error(`expected ${v ?? t}, got ${tok.v}`);
    return tok;
  };
  const literal = (): string | number | boolean => {
    const tok = next();
    if (tok.t === "str" || tok.t === "num") return tok.v;
    if (tok.t === "word" && (tok.v === "true" || tok.v === "false")) return tok.v === "true";
    throw new Error(`expected a literal, got ${tok.v}`);
  };
  const atom = (): Ast => {
    if (peek()?.t === "sym" && peek()?.v === "(") {
      next();
      const inner = orExpr();
      expect("sym", ")");
      return inner;
    }
    const field = String(expect("word").v);
    const op = String(expect("word").v);
    if (op === "eq" || op === "ne") return { op, field, value: literal() };
    if (op === "LIKE") return { op: "like", field, value: literal() };
    if (op === "IS") return expect("word", "NULL") && { op: "isNull", field };
    if (op === "IN") {
      expect("sym", "[");
      const values = [literal()];
      while (peek()?.v === ",") next() && values.push(literal());
      expect("sym", "]");
      return { op: "in", field, values };
    }
    throw new Error(`unknown operator ${op}`);
  };
  const chain = (word: "AND" | "OR", sub: () => Ast): Ast => {
    const parts = [sub()];
    while (peek()?.t === "word" && peek()?.v === word) next() && parts.push(sub());
    if (parts.length === 1) return parts[0]!;
    return word === "AND" ? { and: parts } : { or: parts };
  };
  const andExpr = () => chain("AND", atom);
  const orExpr = (): Ast => chain("OR", andExpr);
  const ast = orExpr();
  if (p !== toks.length) throw new Error(`trailing input at token ${p}`);
  return ast;
}
