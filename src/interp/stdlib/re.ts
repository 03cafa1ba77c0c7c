/*
 * re.ts — `_re`, the matching core under lib/re.py: compiles Python patterns to JS RegExps
 * (re-translate.ts) and runs them. Python indexes strings by code point and JS by UTF-16 unit;
 * the two agree unless the subject has astral characters, and then positions are mapped.
 *
 * scan() does a whole finditer/sub/split pass in one call (the subject is converted once), with
 * CPython's rule for empty matches: after an empty match at p the next match may start at p
 * only if it is not empty.
 */

import { E, raise } from "../exceptions.js";
import { dictSet, newDict } from "../objects/dict.js";
import { newInt } from "../objects/int.js";
import { newList, listAppend } from "../objects/list.js";
import { newStr, strHasAstral, strToJs } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { kindOf } from "../ops/compare.js";
import { L_STR } from "../layouts.js";
import { noneRef } from "../state.js";
import { typeName, type BuiltinFn } from "../types.js";
import { positional, toIndexNumber } from "./args.js";
import type { NativeModule } from "./registry.js";
import { ReError, translate, type Translation } from "./re-translate.js";
import { getHandle, handleMark, popHandles, pushHandle } from "../../gc/index.js";

interface Compiled {
  t: Translation;
  search: RegExp;
  sticky: RegExp;
  full: RegExp | null;
  /** Group names of the JS match, per Python group. */
  jsNames: string[];
}

const compiled: Compiled[] = [];
const byKey = new Map<string, number>();

function compile(pattern: string, flags: number): number | ReError {
  const key = `${flags}:${pattern}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  let t: Translation;
  try {
    t = translate(pattern, flags);
  } catch (e) {
    if (e instanceof ReError) return e;
    throw e;
  }
  const jsFlags = t.ignoreCase ? "i" : "";
  let search: RegExp;
  let sticky: RegExp;
  try {
    search = new RegExp(t.source, `dgv${jsFlags}`);
    sticky = new RegExp(t.source, `dyv${jsFlags}`);
  } catch (e) {
    return new ReError(`unsupported pattern (${(e as Error).message})`, null);
  }
  const jsNames = [""];
  for (let g = 1; g <= t.groups; g++) jsNames.push(`p${g}`);
  compiled.push({ t, search, sticky, full: null, jsNames });
  byKey.set(key, compiled.length - 1);
  return compiled.length - 1;
}

/** The subject as JS text, with position maps when it has astral characters. */
class Subject {
  readonly text: string;
  private readonly cpToUnit: Int32Array | null = null;
  private readonly unitToCp: Int32Array | null = null;

  constructor(ref: number, endpos: number) {
    let text = strToJs(ref);
    if (strHasAstral(ref)) {
      const cps = [...text];
      const n = Math.min(endpos, cps.length);
      text = cps.slice(0, n).join("");
      const cpToUnit = new Int32Array(n + 1);
      const unitToCp = new Int32Array(text.length + 1);
      let u = 0;
      for (let i = 0; i < n; i++) {
        cpToUnit[i] = u;
        unitToCp[u] = i;
        u += cps[i]!.length;
        if (cps[i]!.length === 2) unitToCp[u - 1] = i;
      }
      cpToUnit[n] = u;
      unitToCp[u] = n;
      this.cpToUnit = cpToUnit;
      this.unitToCp = unitToCp;
    } else if (endpos < text.length) text = text.slice(0, endpos);
    this.text = text;
  }

  get length(): number {
    return this.cpToUnit === null ? this.text.length : this.cpToUnit.length - 1;
  }

  unit(cp: number): number {
    return this.cpToUnit === null ? cp : this.cpToUnit[cp]!;
  }

  cp(unit: number): number {
    return this.unitToCp === null ? unit : this.unitToCp[unit]!;
  }
}

/** Python spans of a JS match: [s0, e0, s1, e1, ...] (-1 for a group that did not match). */
function spans(c: Compiled, m: RegExpExecArray, subj: Subject): number[] {
  const out: number[] = [];
  const idx = m.indices!;
  out.push(subj.cp(idx[0]![0]), subj.cp(idx[0]![1]));
  for (let g = 1; g <= c.t.groups; g++) {
    const r = idx.groups?.[c.jsNames[g]!];
    if (r === undefined) out.push(-1, -1);
    else out.push(subj.cp(r[0]), subj.cp(r[1]));
  }
  return out;
}

/** m.lastindex: the matched group that closed last (ties: an enclosing group closes after). */
function lastIndex(c: Compiled, sp: number[]): number {
  let best = 0;
  for (let g = 1; g <= c.t.groups; g++) {
    const end = sp[2 * g + 1]!;
    if (end < 0) continue;
    if (best === 0) {
      best = g;
      continue;
    }
    const bestEnd = sp[2 * best + 1]!;
    if (end > bestEnd) best = g;
    else if (end === bestEnd && !encloses(c, g, best) && (encloses(c, best, g) || g > best)) {
      // same end: an inner group closed before its enclosing one
      if (!encloses(c, best, g)) best = g;
    }
  }
  return best;
}

function encloses(c: Compiled, outer: number, inner: number): boolean {
  for (let p = c.t.parents[inner]!; p !== 0; p = c.t.parents[p]!) if (p === outer) return true;
  return false;
}

function resultTuple(c: Compiled, sp: number[]): number {
  return newTuple([...sp.map(newInt), newInt(lastIndex(c, sp))]);
}

function entry(w: number): Compiled {
  const c = compiled[toIndexNumber(w)];
  if (c === undefined) raise(E.ValueError, "invalid compiled pattern");
  return c;
}

function subject(w: number): number {
  if (kindOf(w) !== L_STR) raise(E.TypeError, `expected string or bytes-like object, got '${typeName(w)}'`);
  return w;
}

function clampPos(pos: number, len: number): number {
  return pos < 0 ? 0 : pos > len ? len : pos;
}

const MODE_SEARCH = 0;
const MODE_MATCH = 1;
const MODE_FULL = 2;

function execAt(c: Compiled, subj: Subject, pos: number, mode: number): RegExpExecArray | null {
  let re: RegExp;
  if (mode === MODE_SEARCH) re = c.search;
  else if (mode === MODE_MATCH) re = c.sticky;
  else {
    if (c.full === null) c.full = new RegExp(`(?:${c.t.source})$`, c.sticky.flags);
    re = c.full;
  }
  re.lastIndex = subj.unit(pos);
  return re.exec(subj.text);
}

/** A match at exactly `pos` that is not empty (CPython's must_advance), or null. */
function nonEmptyAt(c: Compiled, subj: Subject, pos: number): RegExpExecArray | null {
  const re = new RegExp(`(?:${c.t.source})(?<!^[\\s\\S]{${pos}})`, c.sticky.flags);
  re.lastIndex = subj.unit(pos);
  return re.exec(subj.text);
}

/** Could this pattern prefer an empty match where a longer one exists (lazy or alternation)? */
function mayPreferEmpty(c: Compiled): boolean {
  return /[*+?}]\?|\|/.test(c.t.source);
}

const FUNCTIONS: Record<string, BuiltinFn> = {
  /** compile(pattern, flags) -> an id, or (message, position or None) for a re.error. */
  compile: (args) => {
    positional("compile", args, 2, 2);
    const r = compile(strToJs(subject(args[0]!)), toIndexNumber(args[1]!));
    if (r instanceof ReError) return newTuple([newStr(r.msg), r.pos === null ? noneRef() : newInt(r.pos)]);
    return newInt(r);
  },
  /** info(id) -> (number of groups, {name: group}, effective flags). */
  info: (args) => {
    const c = entry(args[0]!);
    const mark = handleMark();
    try {
      const h = pushHandle(newDict());
      for (const [name, g] of c.t.names) dictSet(getHandle(h), newStr(name), newInt(g));
      return newTuple([newInt(c.t.groups), getHandle(h), newInt(c.t.flags)]);
    } finally {
      popHandles(mark);
    }
  },
  /** exec(id, string, pos, endpos, mode) -> (spans..., lastindex) or None. */
  exec: (args) => {
    positional("exec", args, 5, 5);
    const c = entry(args[0]!);
    const s = subject(args[1]!);
    const full = new Subject(s, Math.max(0, toIndexNumber(args[3]!)));
    const pos = clampPos(toIndexNumber(args[2]!), full.length);
    if (toIndexNumber(args[3]!) < pos) return noneRef();
    const m = execAt(c, full, pos, toIndexNumber(args[4]!));
    return m === null ? noneRef() : resultTuple(c, spans(c, m, full));
  },
  /** scan(id, string, pos, endpos, limit) -> [(spans..., lastindex), ...], finditer's matches. */
  scan: (args) => {
    positional("scan", args, 5, 5);
    const c = entry(args[0]!);
    const s = subject(args[1]!);
    const endpos = Math.max(0, toIndexNumber(args[3]!));
    const subj = new Subject(s, endpos);
    let pos = clampPos(toIndexNumber(args[2]!), subj.length);
    const limit = toIndexNumber(args[4]!);
    const found: number[][] = [];
    let mustAdvance = false;
    while (pos <= subj.length && (limit <= 0 || found.length < limit)) {
      let m: RegExpExecArray | null = null;
      if (mustAdvance) {
        if (mayPreferEmpty(c)) m = nonEmptyAt(c, subj, pos);
        if (m === null) {
          if (pos >= subj.length) break;
          m = execAt(c, subj, pos + 1, MODE_SEARCH);
        }
      } else m = execAt(c, subj, pos, MODE_SEARCH);
      if (m === null) break;
      const sp = spans(c, m, subj);
      found.push(sp);
      mustAdvance = sp[0] === sp[1];
      pos = sp[1]!;
    }
    const mark = handleMark();
    try {
      const h = pushHandle(newList());
      for (const sp of found) listAppend(getHandle(h), resultTuple(c, sp));
      return getHandle(h);
    } finally {
      popHandles(mark);
    }
  },
};

export const RE_CORE: NativeModule = { name: "_re", functions: FUNCTIONS };
void MODE_MATCH;
void MODE_FULL;
