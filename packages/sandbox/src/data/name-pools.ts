/**
 * One naming culture: native given/family names with a romanized form for email addresses,
 * and how the full name is written (CJK family-first with no space, others given-first).
 */
export interface NamePool {
  script: string;
  given: readonly (readonly [native: string, roman: string])[];
  family: readonly (readonly [native: string, roman: string])[];
  order: "given-family" | "family-given-nospace";
}

/** Names from many scripts, so mappings and displays meet real-world text (Latin with diacritics, Cyrillic, Greek, CJK, Hangul, Arabic, Hebrew, Devanagari, Thai). */
export const namePools: readonly NamePool[] = [
  {
    script: "latin",
    order: "given-family",
    given: [
      ["Priya", "priya"],
      ["James", "james"],
      ["Olivia", "olivia"],
      ["Noah", "noah"],
      ["Amara", "amara"],
      ["Lucas", "lucas"],
      ["Emma", "emma"],
      ["Mateo", "mateo"],
      ["Grace", "grace"],
      ["Ethan", "ethan"],
      ["Sofia", "sofia"],
      ["Daniel", "daniel"],
      ["Chloe", "chloe"],
      ["Samuel", "samuel"],
      ["Maya", "maya"],
    ],
    family: [
      ["Raman", "raman"],
      ["Smith", "smith"],
      ["Johnson", "johnson"],
      ["O'Brien", "obrien"],
      ["Okafor", "okafor"],
      ["Nguyen", "nguyen"],
      ["Garcia", "garcia"],
      ["Miller", "miller"],
      ["Brown", "brown"],
      ["Patel", "patel"],
      ["Wilson", "wilson"],
      ["Kowalski", "kowalski"],
      ["Hughes", "hughes"],
      ["Mensah", "mensah"],
    ],
  },
  {
    script: "latin-diacritics",
    order: "given-family",
    given: [
      ["José", "jose"],
      ["Zoë", "zoe"],
      ["François", "francois"],
      ["Jürgen", "juergen"],
      ["Łukasz", "lukasz"],
      ["Åsa", "asa"],
      ["Søren", "soren"],
      ["Inês", "ines"],
      ["Çağla", "cagla"],
      ["Dvořák", "dvorak"],
    ],
    family: [
      ["Muñoz", "munoz"],
      ["Müller", "mueller"],
      ["Lefèvre", "lefevre"],
      ["Nowak-Żurek", "nowakzurek"],
      ["Ångström", "angstrom"],
      ["Gonçalves", "goncalves"],
      ["Yılmaz", "yilmaz"],
      ["Šimić", "simic"],
      ["Nørgaard", "norgaard"],
    ],
  },
  {
    script: "cyrillic",
    order: "given-family",
    given: [
      ["Анна", "anna"],
      ["Дмитрий", "dmitry"],
      ["Ольга", "olga"],
      ["Сергей", "sergey"],
      ["Юлия", "yulia"],
    ],
    family: [
      ["Иванова", "ivanova"],
      ["Петров", "petrov"],
      ["Смирнова", "smirnova"],
      ["Кузнецов", "kuznetsov"],
    ],
  },
  {
    script: "greek",
    order: "given-family",
    given: [
      ["Νίκος", "nikos"],
      ["Ελένη", "eleni"],
      ["Γιώργος", "giorgos"],
    ],
    family: [
      ["Παπαδόπουλος", "papadopoulos"],
      ["Οικονόμου", "oikonomou"],
    ],
  },
  {
    script: "han",
    order: "family-given-nospace",
    given: [
      ["伟", "wei"],
      ["芳", "fang"],
      ["静", "jing"],
      ["磊", "lei"],
      ["秀英", "xiuying"],
    ],
    family: [
      ["王", "wang"],
      ["李", "li"],
      ["张", "zhang"],
      ["刘", "liu"],
      ["陈", "chen"],
    ],
  },
  {
    script: "japanese",
    order: "family-given-nospace",
    given: [
      ["陽菜", "hina"],
      ["蓮", "ren"],
      ["さくら", "sakura"],
      ["大翔", "hiroto"],
    ],
    family: [
      ["佐藤", "sato"],
      ["鈴木", "suzuki"],
      ["高橋", "takahashi"],
      ["田中", "tanaka"],
    ],
  },
  {
    script: "hangul",
    order: "family-given-nospace",
    given: [
      ["민준", "minjun"],
      ["서연", "seoyeon"],
      ["지훈", "jihoon"],
    ],
    family: [
      ["김", "kim"],
      ["이", "lee"],
      ["박", "park"],
    ],
  },
  {
    script: "arabic",
    order: "given-family",
    given: [
      ["محمد", "mohammed"],
      ["فاطمة", "fatima"],
      ["عمر", "omar"],
      ["ليلى", "layla"],
    ],
    family: [
      ["الحسن", "alhassan"],
      ["خليل", "khalil"],
      ["منصور", "mansour"],
    ],
  },
  {
    script: "hebrew",
    order: "given-family",
    given: [
      ["נועה", "noa"],
      ["דוד", "david"],
      ["יעל", "yael"],
    ],
    family: [
      ["כהן", "cohen"],
      ["לוי", "levi"],
      ["מזרחי", "mizrahi"],
    ],
  },
  {
    script: "devanagari",
    order: "given-family",
    given: [
      ["अर्जुन", "arjun"],
      ["प्रिया", "priyanka"],
      ["राहुल", "rahul"],
    ],
    family: [
      ["शर्मा", "sharma"],
      ["वर्मा", "verma"],
      ["गुप्ता", "gupta"],
    ],
  },
  {
    script: "thai",
    order: "given-family",
    given: [
      ["สมชาย", "somchai"],
      ["นภา", "napha"],
    ],
    family: [
      ["ใจดี", "jaidee"],
      ["ศรีสุข", "srisuk"],
    ],
  },
];
