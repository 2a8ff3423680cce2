/** A person's name split for Oomnitza's `first_name` / `last_name`. `null` means "no such part". */
export interface NameParts {
  first: string | null;
  last: string | null;
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/;
const FAMILY_FIRST_SCRIPT = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const HANGUL_ONLY = /^\p{Script=Hangul}+$/u;
// Two-character family names; any other unspaced Han/Hangul name has a one-character family name.
const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "夏侯",
  "令狐",
  "司徒",
  "歐陽",
  "諸葛",
  "남궁",
  "황보",
  "제갈",
  "선우",
  "독고",
  "사공",
  "서문",
]);
// Vietnamese names are written family name first ("Nguyễn Văn An").
const VIETNAMESE_SURNAMES = new Set([
  "nguyễn",
  "trần",
  "lê",
  "phạm",
  "hoàng",
  "huỳnh",
  "phan",
  "vũ",
  "võ",
  "đặng",
  "bùi",
  "đỗ",
  "hồ",
  "ngô",
  "dương",
  "lý",
  "đinh",
  "trịnh",
  "lương",
  "đoàn",
]);
// Particles that start a family name ("Ludwig van Beethoven", "Maria da Silva").
const PARTICLES = new Set([
  "de",
  "del",
  "della",
  "der",
  "den",
  "di",
  "da",
  "das",
  "dos",
  "du",
  "van",
  "von",
  "la",
  "le",
  "ter",
  "ten",
  "bin",
  "ibn",
  "al",
  "el",
  "st.",
  "mac",
]);

/**
 * Splits one Lever `name` into first and last name, by script and convention:
 * "Priya Raman" → Priya / Raman; "Cher" → Cher / null; "王伟" → 伟 / 王; "Nguyễn Văn An" → Văn An / Nguyễn;
 * "José María García López" → José María / García López; "Raman, Priya" → Priya / Raman;
 * an email used as the name (Lever's auto-created interviewers) → from its local part: "priya.raman@x" → Priya / Raman.
 */
export function splitName(name: unknown): NameParts {
  if (typeof name !== "string") return { first: null, last: null };
  // `first-name` and `last-name` usually split the same name back to back: remember the last one.
  if (name === lastName) return lastParts;
  const parts = Object.freeze(split(name));
  lastName = name;
  lastParts = parts;
  return parts;
}

let lastName: string | undefined;
let lastParts: NameParts = { first: null, last: null };
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function split(name: string): NameParts {
  const text = (PLAIN_ASCII.test(name) ? name : name.normalize("NFC")).trim().replace(/\s{2,}|[^\S ]/g, " ");
  if (text === "") return { first: null, last: null };
  if (EMAIL_LIKE.test(text)) return splitEmailName(text);
  const comma = text.indexOf(",");
  if (comma > 0 && comma === text.lastIndexOf(",") && text.slice(comma + 1).trim()) {
    return { first: text.slice(comma + 1).trim(), last: text.slice(0, comma).trim() };
  }
  return splitTokens(text.split(" "));
}

function splitTokens(tokens: string[]): NameParts {
  if (tokens.length === 1) return splitSingleToken(tokens[0]!);
  const head = tokens[0]!;
  if (FAMILY_FIRST_SCRIPT.test(head) || VIETNAMESE_SURNAMES.has(head.toLowerCase())) {
    return { first: tokens.slice(1).join(" "), last: head };
  }
  const particle = tokens.findIndex(
    (t, i) => i > 0 && i < tokens.length - 1 && PARTICLES.has(t.toLowerCase()),
  );
  const cut = particle > 0 ? particle : tokens.length <= 3 ? tokens.length - 1 : Math.ceil(tokens.length / 2);
  return { first: tokens.slice(0, cut).join(" "), last: tokens.slice(cut).join(" ") };
}

function splitSingleToken(token: string): NameParts {
  const chars = Array.from(token);
  const unspacedEastAsian = HAN_ONLY.test(token) || HANGUL_ONLY.test(token);
  if (!unspacedEastAsian || chars.length < 2 || chars.length > 4) return { first: token, last: null };
  const familyLength = chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join("")) ? 2 : 1;
  return { first: chars.slice(familyLength).join(""), last: chars.slice(0, familyLength).join("") };
}

function splitEmailName(email: string): NameParts {
  const local = email.slice(0, email.lastIndexOf("@")).split("+")[0]!;
  const tokens = local
    .split(/[._-]+/)
    .filter((t) => t !== "")
    .map((t) => t.charAt(0).toUpperCase() + t.slice(1));
  if (tokens.length === 0) return { first: local || null, last: null };
  return splitTokens(tokens);
}
