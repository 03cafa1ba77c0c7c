/*
 * re-translate.ts — Python regular expression syntax -> a JavaScript RegExp (flags "dv").
 *
 * Python's re and V8's irregexp are both backtracking engines with Perl's leftmost-first
 * semantics, so a faithful translation of the syntax gives Python's matches. What differs is
 * spelled out instead of left to JS: `.`, `^`, `$`, `\A`, `\Z`, `\b` and the classes \d \w \s
 * (Unicode by default, ASCII under re.ASCII) are written as explicit sets and lookarounds, so
 * the JS flags m/s are never used and scoped flags `(?s:...)`, `(?m:...)`, `(?x:...)` work;
 * `(?i:...)` is emulated by case-variant sets when IGNORECASE is not global. Every Python
 * group becomes a JS named group p<N> (helpers are h<N>), so the atomic groups and possessive
 * quantifiers of 3.11 (emulated as `(?=(?<h>X))\k<h>`) do not disturb group numbers.
 * Python's compile errors (message and position) are reported as a ReError.
 */

import { lookupUnicodeName } from "../../frontend/unicode-names.js";

export const FLAG = { TEMPLATE: 1, IGNORECASE: 2, LOCALE: 4, MULTILINE: 8, DOTALL: 16, UNICODE: 32, VERBOSE: 64, DEBUG: 128, ASCII: 256 };

export class ReError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

export interface Translation {
  source: string;
  ignoreCase: boolean;
  flags: number; // the pattern's effective flags (with inline global flags)
  groups: number;
  names: Map<string, number>;
  /** For each Python group (index = number), the group enclosing it (0 = none). */
  parents: number[];
}

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

const FLAG_LETTERS: Record<string, number> = { a: FLAG.ASCII, i: FLAG.IGNORECASE, L: FLAG.LOCALE, m: FLAG.MULTILINE, s: FLAG.DOTALL, u: FLAG.UNICODE, x: FLAG.VERBOSE, t: FLAG.TEMPLATE };

const UNI_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const ASCII_SPACE = " \\t\\n\\r\\f\\v";
const UNI_WORD = "\\p{L}\\p{N}_";
const ASCII_WORD = "a-zA-Z0-9_";

const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isWordStart = (c: string) => /^[\p{L}\p{Nl}_]$/u.test(c);
const isWordChar = (c: string) => /^[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]$/u.test(c);

function isIdentifier(s: string): boolean {
  const cps = [...s];
  return cps.length > 0 && isWordStart(cps[0]!) && cps.every(isWordChar);
}

/** One item of a set: a code point range, or a class escape's JS text. */
type SetItem = { lo: number; hi: number } | { text: string };

class Parser {
  private readonly cps: string[];
  private i = 0;
  private groupCount = 0;
  private helperCount = 0;
  readonly names = new Map<string, number>();
  readonly parents: number[] = [0];
  private readonly open: number[] = []; // Python groups being parsed
  private readonly globalI: boolean;

  constructor(
    pattern: string,
    readonly flags: number,
  ) {
    this.cps = [...pattern];
    this.globalI = (flags & FLAG.IGNORECASE) !== 0;
  }

  get groups(): number {
    return this.groupCount;
  }

  private error(msg: string, pos: number = this.i): never {
    throw new ReError(msg, pos);
  }

  private peek(k = 0): string | undefined {
    return this.cps[this.i + k];
  }

  private skipVerbose(f: Flags): void {
    if (!f.x) return;
    for (;;) {
      const c = this.peek();
      if (c === undefined) return;
      if (c === "#") {
        while (this.peek() !== undefined && this.peek() !== "\n") this.i++;
      } else if (" \t\n\r\v\f".includes(c)) this.i++;
      else return;
    }
  }

  parse(f: Flags): string {
    const out = this.alternation(f);
    if (this.i < this.cps.length) {
      if (this.peek() === ")") this.error("unbalanced parenthesis");
      this.error("internal: trailing pattern");
    }
    return out;
  }

  private alternation(f: Flags): string {
    const branches = [this.sequence(f)];
    while (this.peek() === "|") {
      this.i++;
      branches.push(this.sequence(f));
    }
    return branches.join("|");
  }

  private sequence(f: Flags): string {
    let out = "";
    for (;;) {
      this.skipVerbose(f);
      const c = this.peek();
      if (c === undefined || c === "|" || c === ")") return out;
      const start = this.i;
      const atom = this.atom(f);
      if (atom === null) continue; // a global-flags group or a comment
      out += this.quantified(atom, f, start);
    }
  }

  /** An atom's JS text and whether a quantifier may follow it. */
  private atom(f: Flags): { text: string; repeatable: boolean } | null {
    const c = this.peek()!;
    const start = this.i;
    this.i++;
    switch (c) {
      case ".":
        return { text: f.s ? "[\\s\\S]" : "[^\\n]", repeatable: true };
      case "^":
        return { text: f.m ? "(?:^|(?<=\\n))" : "^", repeatable: false };
      case "$":
        return { text: f.m ? "(?=\\n|$)" : "(?=\\n?$)", repeatable: false };
      case "[":
        return { text: this.charSet(f, start), repeatable: true };
      case "(":
        return this.group(f, start);
      case "\\":
        return this.escape(f, start);
      case "*":
      case "+":
      case "?":
        this.error("nothing to repeat", start);
      // falls through (error never returns)
      case "{":
        if (this.quantifierAhead(start)) this.error("nothing to repeat", start);
        return { text: this.literal(c, f), repeatable: true };
      default:
        return { text: this.literal(c, f), repeatable: true };
    }
  }

  private literal(c: string, f: Flags): string {
    const cp = c.codePointAt(0)!;
    if (f.i && !this.globalI) {
      const variants = caseVariants(c);
      if (variants.length > 1) return `[${variants.map((v) => hex(v.codePointAt(0)!)).join("")}]`;
    }
    return /^[a-zA-Z0-9]$/.test(c) ? c : hex(cp);
  }

  /** Is there a valid {m,n} quantifier at `at`? */
  private quantifierAhead(at: number): boolean {
    return this.readBraces(at) !== null;
  }

  private readBraces(at: number): { min: string; max: string | null; end: number } | null {
    if (this.cps[at] !== "{") return null;
    let j = at + 1;
    let min = "";
    while (isDigit(this.cps[j])) min += this.cps[j++];
    let max: string | null = min;
    const comma = this.cps[j] === ",";
    if (comma) {
      j++;
      max = "";
      while (isDigit(this.cps[j])) max += this.cps[j++];
    }
    if (this.cps[j] !== "}") return null;
    if (min === "" && !comma) return null; // "{}" is literal text; "{,}" means {0,}
    return { min, max, end: j + 1 };
  }

  private quantified(atom: { text: string; repeatable: boolean }, f: Flags, atomStart: number): string {
    this.skipVerbose(f);
    let q = "";
    const c = this.peek();
    const qStart = this.i;
    if (c === "*" || c === "+" || c === "?") {
      q = c;
      this.i++;
    } else if (c === "{") {
      const b = this.readBraces(this.i);
      if (b === null) return atom.text;
      const min = b.min === "" ? 0 : Number(b.min);
      const max = b.max === null ? null : b.max === "" ? Infinity : Number(b.max);
      if (min > 4294967295 || (max !== null && max !== Infinity && max > 4294967295)) this.error("the repetition number is too large", this.i + 1);
      if (max !== null && max < min) this.error("min repeat greater than max repeat", this.i + 1);
      q = max === null || max === min ? `{${min}}` : max === Infinity ? `{${min},}` : `{${min},${max}}`;
      this.i = b.end;
    } else return atom.text;
    if (!atom.repeatable) this.error("nothing to repeat", qStart);
    void atomStart;
    let mode = "";
    const m = this.peek();
    if (m === "?" || m === "+") {
      mode = m;
      this.i++;
    }
    const next = this.peek();
    if (next === "*" || next === "+" || next === "?" || (next === "{" && this.quantifierAhead(this.i))) this.error("multiple repeat", this.i);
    const base = `(?:${atom.text})${q}`;
    if (mode === "?") return `${base}?`;
    if (mode === "+") return this.atomic(base);
    return base;
  }

  /** (?>X): match X once, never backtrack into it. */
  private atomic(inner: string): string {
    const h = `h${++this.helperCount}`;
    return `(?=(?<${h}>${inner}))\\k<${h}>`;
  }

  private group(f: Flags, start: number): { text: string; repeatable: boolean } | null {
    if (this.peek() !== "?") return this.capture(f, null, start);
    this.i++;
    const c = this.peek();
    if (c === ":") {
      this.i++;
      return { text: `(?:${this.groupBody(f, start)})`, repeatable: true };
    }
    if (c === ">") {
      this.i++;
      return { text: this.atomic(this.groupBody(f, start)), repeatable: true };
    }
    if (c === "=" || c === "!") {
      this.i++;
      return { text: `(?${c}${this.groupBody(f, start)})`, repeatable: true };
    }
    if (c === "#") {
      while (this.peek() !== undefined && this.peek() !== ")") this.i++;
      if (this.peek() === undefined) this.error("missing ), unterminated comment", start);
      this.i++;
      return null;
    }
    if (c === "<") {
      this.i++;
      const d = this.peek();
      if (d === "=" || d === "!") {
        this.i++;
        return { text: `(?<${d}${this.groupBody(f, start)})`, repeatable: true };
      }
      this.error(`unknown extension ?<${d ?? ""}`, start + 1);
    }
    if (c === "P") {
      this.i++;
      const d = this.peek();
      if (d === "<") {
        this.i++;
        const name = this.readName(">", "missing >, unterminated name");
        return this.capture(f, name, start);
      }
      if (d === "=") {
        this.i++;
        const nameStart = this.i;
        const name = this.readName(")", "missing ), unterminated name");
        const g = this.names.get(name);
        if (g === undefined) this.error(`unknown group name '${name}'`, nameStart);
        if (this.open.includes(g)) this.error("cannot refer to an open group", start);
        return { text: `\\k<p${g}>`, repeatable: true };
      }
      this.error(d === undefined ? "unexpected end of pattern" : `unknown extension ?P${d}`, start + 1);
    }
    if (c === "(") this.error("conditional groups are not supported", start);
    if (c !== undefined && ("aiLmsux-".includes(c))) return this.flagGroup(f, start);
    this.error(c === undefined ? "unexpected end of pattern" : `unknown extension ?${c}`, start + 1);
  }

  private readName(terminator: string, unterminated: string): string {
    const nameStart = this.i;
    let name = "";
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.error(unterminated, nameStart);
      this.i++;
      if (c === terminator) break;
      name += c;
    }
    if (name === "") this.error("missing group name", nameStart);
    if (!isIdentifier(name)) this.error(`bad character in group name '${name}'`, nameStart);
    return name;
  }

  private flagGroup(f: Flags, start: number): { text: string; repeatable: boolean } | null {
    let on = "";
    let off = "";
    let c = this.peek();
    while (c !== undefined && "aiLmsux".includes(c)) {
      on += c;
      this.i++;
      c = this.peek();
    }
    if (c === "-") {
      this.i++;
      c = this.peek();
      while (c !== undefined && "imsx".includes(c)) {
        off += c;
        this.i++;
        c = this.peek();
      }
      if (off === "") this.error(c === undefined ? "missing flag" : "unknown flag", this.i);
    }
    if (c === ")") {
      // global flags: only at the very start in 3.11
      if (off !== "" ) this.error("missing :", this.i);
      if (start !== 0) this.error("global flags not at the start of the expression", start);
      this.i++;
      return null;
    }
    if (c !== ":") this.error(c === undefined ? "missing -, : or )" : "unknown flag", this.i);
    this.i++;
    const scoped: Flags = { ...f };
    for (const l of on) applyLetter(scoped, l, true);
    for (const l of off) applyLetter(scoped, l, false);
    return { text: `(?:${this.groupBody(scoped, start)})`, repeatable: true };
  }

  private capture(f: Flags, name: string | null, start: number): { text: string; repeatable: boolean } {
    const g = ++this.groupCount;
    this.parents[g] = this.open.length > 0 ? this.open[this.open.length - 1]! : 0;
    if (name !== null) {
      if (this.names.has(name)) this.error(`redefinition of group name '${name}' as group ${g}; was group ${this.names.get(name)}`, start + 4);
      this.names.set(name, g);
    }
    this.open.push(g);
    const body = this.groupBody(f, start);
    this.open.pop();
    return { text: `(?<p${g}>${body})`, repeatable: true };
  }

  private groupBody(f: Flags, start: number): string {
    const body = this.alternation(f);
    if (this.peek() !== ")") this.error("missing ), unterminated subpattern", start);
    this.i++;
    return body;
  }

  /** An escape outside a set. */
  private escape(f: Flags, start: number): { text: string; repeatable: boolean } {
    const c = this.peek();
    if (c === undefined) this.error("bad escape (end of pattern)", start);
    this.i++;
    const word = f.a ? ASCII_WORD : UNI_WORD;
    switch (c) {
      case "A":
        return { text: "(?<![\\s\\S])", repeatable: false };
      case "Z":
        return { text: "(?![\\s\\S])", repeatable: false };
      case "b":
        return { text: `(?:(?<=[${word}])(?![${word}])|(?<![${word}])(?=[${word}]))`, repeatable: false };
      case "B":
        return { text: `(?:(?<=[${word}])(?=[${word}])|(?<![${word}])(?![${word}]))`, repeatable: false };
      case "d":
      case "D":
      case "w":
      case "W":
      case "s":
      case "S":
        return { text: `[${classEscape(c, f)}]`, repeatable: true };
    }
    if (isDigit(c)) {
      // a backreference, or an octal escape (0, or three octal digits)
      if (c === "0" || (isOctal(c) && isOctal(this.peek()) && isOctal(this.peek(1)))) {
        this.i--;
        return { text: this.literalCp(this.octal(start), f), repeatable: true };
      }
      let num = c;
      if (isDigit(this.peek())) num += this.cps[this.i++];
      const g = Number(num);
      if (g > this.groupCount || g === 0) this.error(`invalid group reference ${g}`, start + 1);
      if (this.open.includes(g)) this.error("cannot refer to an open group", start);
      return { text: `\\k<p${g}>`, repeatable: true };
    }
    return { text: this.literalCp(this.charEscape(c, start), f), repeatable: true };
  }

  private literalCp(cp: number, f: Flags): string {
    return this.literal(String.fromCodePoint(cp), f);
  }

  private octal(start: number): number {
    let v = 0;
    let n = 0;
    while (n < 3 && isOctal(this.peek())) {
      v = v * 8 + Number(this.cps[this.i++]);
      n++;
    }
    if (v > 0o377) this.error(`octal escape value \\${this.cps.slice(start + 1, this.i).join("")} outside of range 0-0o377`, start);
    return v;
  }

  /** The code point of a character escape (after the backslash and `c`). */
  private charEscape(c: string, start: number): number {
    switch (c) {
      case "a":
        return 7;
      case "f":
        return 12;
      case "n":
        return 10;
      case "r":
        return 13;
      case "t":
        return 9;
      case "v":
        return 11;
      case "x":
        return this.hexDigits(2, start, "x");
      case "u":
        return this.hexDigits(4, start, "u");
      case "U": {
        const v = this.hexDigits(8, start, "U");
        if (v > 0x10ffff) this.error(`bad escape \\U${this.cps.slice(start + 2, start + 10).join("")}`, start);
        return v;
      }
      case "N": {
        if (this.peek() !== "{") this.error("missing {", this.i);
        this.i++;
        const nameStart = this.i;
        let name = "";
        while (this.peek() !== undefined && this.peek() !== "}") name += this.cps[this.i++];
        if (this.peek() !== "}") this.error("missing }, unterminated name", nameStart);
        this.i++;
        const cp = name === "" ? -1 : lookupUnicodeName(name);
        if (cp < 0) this.error(`undefined character name '${name}'`, start);
        return cp;
      }
    }
    if (/^[a-zA-Z0-9]$/.test(c)) this.error(`bad escape \\${c}`, start);
    return c.codePointAt(0)!;
  }

  private hexDigits(n: number, start: number, letter: string): number {
    let s = "";
    for (let k = 0; k < n && isHex(this.peek()); k++) s += this.cps[this.i++];
    if (s.length !== n) this.error(`incomplete escape \\${letter}${s}`, start);
    return parseInt(s, 16);
  }

  private charSet(f: Flags, start: number): string {
    const items: SetItem[] = [];
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.i++;
    }
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.error("unterminated character set", start);
      if (c === "]" && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      const lo = this.setAtom(f);
      if (this.peek() === "-" && this.peek(1) !== undefined && this.peek(1) !== "]") {
        this.i++;
        const hiStart = this.i;
        const hi = this.setAtom(f);
        if (typeof lo !== "number" || typeof hi !== "number") {
          const bad = this.cps.slice(itemStart, this.i).join("");
          this.error(`bad character range ${bad}`, itemStart);
        }
        if (hi < lo) this.error(`bad character range ${this.cps.slice(itemStart, this.i).join("")}`, itemStart);
        void hiStart;
        items.push({ lo, hi });
      } else if (typeof lo === "number") items.push({ lo, hi: lo });
      else items.push({ text: lo.text });
    }
    const parts: string[] = [];
    for (const it of items) {
      if ("text" in it) parts.push(it.text);
      else {
        parts.push(it.lo === it.hi ? hex(it.lo) : `${hex(it.lo)}-${hex(it.hi)}`);
        if (f.i && !this.globalI) parts.push(...caseVariantRanges(it.lo, it.hi));
      }
    }
    if (parts.length === 0) return negate ? "[\\s\\S]" : "[]";
    return `[${negate ? "^" : ""}${parts.join("")}]`;
  }

  /** A code point, or a class escape's text, inside a set. */
  private setAtom(f: Flags): number | { text: string } {
    const c = this.cps[this.i++]!;
    if (c !== "\\") return c.codePointAt(0)!;
    const start = this.i - 1;
    const e = this.peek();
    if (e === undefined) this.error("unterminated character set", start);
    this.i++;
    if ("dDwWsS".includes(e)) return { text: "dws".includes(e) ? classEscape(e, f) : `[${classEscape(e, f)}]` };
    if (e === "b") return 8;
    if (isOctal(e)) {
      this.i--;
      return this.octal(start);
    }
    if (isDigit(e)) this.error(`bad escape \\${e}`, start);
    return this.charEscape(e, start);
  }
}

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}

/** The JS set contents of \d \w \s (or, for the capitals, a negated set's contents). */
function classEscape(c: string, f: Flags): string {
  const lower = c.toLowerCase();
  const body = lower === "d" ? (f.a ? "0-9" : "\\p{Nd}") : lower === "w" ? (f.a ? ASCII_WORD : UNI_WORD) : f.a ? ASCII_SPACE : UNI_SPACE;
  return c === lower ? body : `^${body}`;
}

function applyLetter(f: Flags, l: string, on: boolean): void {
  if (l === "i") f.i = on;
  else if (l === "m") f.m = on;
  else if (l === "s") f.s = on;
  else if (l === "x") f.x = on;
  else if (l === "a") f.a = on;
  else if (l === "u") f.a = false;
}

function caseVariants(c: string): string[] {
  const out = new Set([c, c.toLowerCase(), c.toUpperCase()]);
  return [...out].filter((v) => [...v].length === 1);
}

/** The other-case images of a range, for scoped IGNORECASE (ASCII letters exactly, others per char for small ranges). */
function caseVariantRanges(lo: number, hi: number): string[] {
  const out: string[] = [];
  if (hi - lo > 256) return out;
  for (let cp = lo; cp <= hi; cp++) {
    for (const v of caseVariants(String.fromCodePoint(cp))) {
      const vc = v.codePointAt(0)!;
      if (vc < lo || vc > hi) out.push(hex(vc));
    }
  }
  return out;
}

/** Translates a Python pattern (a str) with re flags; throws ReError. */
export function translate(pattern: string, flags: number): Translation {
  let f = flags;
  // inline global flags at the start decide how the whole pattern parses (VERBOSE, ASCII)
  const lead = /^\(\?([aiLmsux]+)\)/.exec(pattern);
  if (lead) for (const l of lead[1]!) f |= FLAG_LETTERS[l]!;
  if (f & FLAG.LOCALE) throw new ReError("cannot use LOCALE flag with a str pattern", null);
  if (f & FLAG.ASCII && f & FLAG.UNICODE) throw new ReError("ASCII and UNICODE flags are incompatible", null);
  if (!(f & FLAG.ASCII)) f |= FLAG.UNICODE;
  const p = new Parser(pattern, f);
  const source = p.parse({ i: (f & FLAG.IGNORECASE) !== 0, m: (f & FLAG.MULTILINE) !== 0, s: (f & FLAG.DOTALL) !== 0, x: (f & FLAG.VERBOSE) !== 0, a: (f & FLAG.ASCII) !== 0 });
  return { source, ignoreCase: (f & FLAG.IGNORECASE) !== 0, flags: f, groups: p.groups, names: p.names, parents: p.parents };
}
