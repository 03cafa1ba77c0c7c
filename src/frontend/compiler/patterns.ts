// The match statement (PEP 634), compiled as CPython 3.11 does it.
//
// Each case copies the subject (except the last non-default one, which consumes it) and runs
// its pattern. A pattern consumes the subject on TOS; on success it leaves one value per
// captured name on the stack (newest capture deepest), which the case then stores; on failure
// it jumps to a "fail-pop" label that pops whatever the pattern still had on the stack:
// `failPop[k]` pops k items and falls into `failPop[k-1]`, and `failPop[0]` is where the next
// case starts. `onTop` counts the items a sub-pattern must preserve above its captures.
//
// Or-patterns run each alternative on a copy of the subject; all alternatives must bind the
// same names, and their captures are rotated into the first alternative's order so that the
// code after the or-pattern sees one stack layout.

import type * as A from "../ast-table.js";
import { ConstTuple, reprConstant, type ConstantValue } from "../constants.js";
import { BINARY_OPS, Op } from "../opcodes.js";
import type { Compiler } from "./context.js";
import { compileExpr, compileJumpIf, emitCompareOp } from "./expressions.js";
import { compileStmts } from "./statements.js";
import type { Label } from "./unit.js";

interface PatternContext {
  /** Names captured so far, in capture order. */
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const isWildcard = (p: A.Pattern): boolean => p._type === "MatchAs" && p.pattern === null && p.name === null;
const isStarWildcard = (p: A.Pattern): boolean => p._type === "MatchStar" && p.name === null;

export function compileMatch(c: Compiler, s: A.Match): void {
  compileExpr(c, s.subject);
  const end = c.newLabel();
  const ncases = s.cases.length;
  const hasDefault = isWildcard(s.cases[ncases - 1]!.pattern) && ncases > 1;
  const lastTested = ncases - (hasDefault ? 1 : 0) - 1;
  for (let i = 0; i <= lastTested; i++) {
    const m = s.cases[i]!;
    c.setPosition(m.pattern);
    if (i !== lastTested) c.emit(Op.COPY, 1);
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === ncases - 1, failPop: [], onTop: 0 };
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, "Store");
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      compileJumpIf(c, m.guard, pc.failPop[0]!, false);
    }
    if (i !== lastTested) c.emit(Op.POP_TOP);
    compileStmts(c, m.body);
    c.setPosition(null);
    c.jumpForwardIfReachable(end);
    c.setPosition(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    const m = s.cases[ncases - 1]!;
    c.setPosition(m.pattern);
    c.emit(Op.NOP);
    if (m.guard !== null) compileJumpIf(c, m.guard, end, false);
    compileStmts(c, m.body);
  }
  c.place(end);
}

// ---- fail-pop bookkeeping

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]!);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let k = pc.failPop.length - 1; k > 0; k--) {
    c.place(pc.failPop[k]!);
    c.emit(Op.POP_TOP);
  }
  c.place(pc.failPop[0]!);
  pc.failPop = [];
}

/** Moves TOS down to depth `count` (1 = TOS), keeping the order of the others. */
function rotate(c: Compiler, count: number): void {
  for (let k = count; k > 1; k--) c.emit(Op.SWAP, k);
}

function storeName(c: Compiler, name: string | null, pc: PatternContext, loc: A.Pattern): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, loc);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

// ---- patterns

function compilePattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  c.at(p, () => {
    switch (p._type) {
      case "MatchValue":
        return compileValuePattern(c, p, pc);
      case "MatchSingleton":
        c.loadConst(p.value);
        c.emit(Op.IS_OP, 0);
        return jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      case "MatchSequence":
        return compileSequencePattern(c, p, pc);
      case "MatchMapping":
        return compileMappingPattern(c, p, pc);
      case "MatchClass":
        return compileClassPattern(c, p, pc);
      case "MatchStar":
        return storeName(c, p.name, pc, p);
      case "MatchAs":
        return compileAsPattern(c, p, pc);
      case "MatchOr":
        return compileOrPattern(c, p, pc);
    }
  });
}

function compileSubpattern(c: Compiler, p: A.Pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function compileValuePattern(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const v = p.value;
  if (v._type !== "Constant" && v._type !== "Attribute" && v._type !== "UnaryOp" && v._type !== "BinOp") {
    c.error("patterns may only match literals and attribute lookups", p);
  }
  compileExpr(c, v);
  emitCompareOp(c, "Eq");
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function compileAsPattern(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) c.error(`name capture '${p.name}' makes remaining patterns unreachable`, p);
      c.error("wildcard makes remaining patterns unreachable", p);
    }
    return storeName(c, p.name, pc, p);
  }
  pc.onTop++;
  c.emit(Op.COPY, 1);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc, p);
}

function emitLengthCheck(c: Compiler, pc: PatternContext, length: number, cmp: A.CmpOp): void {
  c.emit(Op.GET_LEN);
  c.loadConst(BigInt(length));
  emitCompareOp(c, cmp);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function compileSequencePattern(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  patterns.forEach((q, i) => {
    if (q._type === "MatchStar") {
      if (star >= 0) c.error("multiple starred names in sequence pattern", q);
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
    } else {
      onlyWildcard &&= isWildcard(q);
    }
  });
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) emitLengthCheck(c, pc, size, "Eq");
  else if (size - 1 > 0) emitLengthCheck(c, pc, size - 1, "GtE");
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    compileSequenceBySubscript(c, patterns, star, pc);
  } else {
    compileSequenceByUnpack(c, patterns, star, pc);
  }
}

function compileSequenceByUnpack(c: Compiler, patterns: readonly A.Pattern[], star: number, pc: PatternContext): void {
  const n = patterns.length;
  if (star >= 0) {
    const after = n - star - 1;
    if (star >= 1 << 8 || after >= 1 << 16) c.error("too many expressions in star-unpacking sequence pattern", patterns[star]!);
    c.emit(Op.UNPACK_EX, star | (after << 8));
  } else {
    c.emit(Op.UNPACK_SEQUENCE, n);
  }
  pc.onTop += n;
  for (const q of patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
}

/** `[a, *_, b]`: index the subject instead of unpacking it (the star part may be huge). */
function compileSequenceBySubscript(c: Compiler, patterns: readonly A.Pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  patterns.forEach((q, i) => {
    if (isWildcard(q) || i === star) return;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      c.emit(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.emit(Op.BINARY_OP, BINARY_OPS.findIndex((o) => o.ast === "Sub"));
    }
    c.emit(Op.BINARY_SUBSCR);
    compileSubpattern(c, q, pc);
  });
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

/** A key for duplicate detection that equates 1, 1.0 and True as Python's set does. */
function mappingKeyId(v: ConstantValue): string {
  if (typeof v === "boolean") return `n${v ? 1 : 0}`;
  if (typeof v === "bigint") return `n${v}`;
  if (typeof v === "number" && Number.isInteger(v)) return `n${BigInt(v)}`;
  if (typeof v === "number") return `f${v}`;
  return `r${reprConstant(v)}`;
}

function compileMappingPattern(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const size = keys.length;
  if (size !== p.patterns.length) c.error(`keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`, p);
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size > 0) emitLengthCheck(c, pc, size, "GtE");
  const seen = new Set<string>();
  for (const key of keys) {
    if (key._type === "Constant") {
      const id = mappingKeyId(key.value);
      if (seen.has(id)) c.error(`mapping pattern checks duplicate key (${reprConstant(key.value)})`, p);
      seen.add(id);
    } else if (key._type !== "Attribute" && key._type !== "UnaryOp" && key._type !== "BinOp") {
      c.error("mapping pattern keys may only match literals and attribute lookups", p);
    }
    compileExpr(c, key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS); // [subject, keys, values or None]
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    compileSubpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (p.rest !== null) {
    // rest = dict(subject); del rest[k] for every matched key
    c.emit(Op.BUILD_MAP, 0); // [subject, keys, {}]
    c.emit(Op.SWAP, 3); // [{}, keys, subject]
    c.emit(Op.DICT_UPDATE, 2); // [copy, keys]
    c.emit(Op.UNPACK_SEQUENCE, size); // [copy, key...]
    for (let left = size; left > 0; left--) {
      c.emit(Op.COPY, 1 + left);
      c.emit(Op.SWAP, 2);
      c.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, p.rest, pc, p);
  } else {
    c.emit(Op.POP_TOP); // keys
    c.emit(Op.POP_TOP); // subject
  }
}

function compileClassPattern(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`, p);
  const seen = new Set<string>();
  p.kwd_attrs.forEach((attr, i) => {
    if (seen.has(attr)) c.error(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[i]!);
    seen.add(attr);
  });
  compileExpr(c, p.cls);
  c.loadConst(new ConstTuple(p.kwd_attrs));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.loadConst(null);
  c.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  [...p.patterns, ...p.kwd_patterns].forEach((q) => {
    pc.onTop--;
    if (isWildcard(q)) c.emit(Op.POP_TOP);
    else compileSubpattern(c, q, pc);
  });
}

/** The pattern CPython's compiler visited last inside `p` (where it reports or-pattern errors). */
function lastVisited(p: A.Pattern): A.Pattern {
  let children: readonly A.Pattern[] = [];
  switch (p._type) {
    case "MatchSequence":
    case "MatchOr":
    case "MatchMapping":
      children = p.patterns;
      break;
    case "MatchClass":
      children = [...p.patterns, ...p.kwd_patterns];
      break;
    case "MatchAs":
      children = p.pattern === null ? [] : [p.pattern];
      break;
    default:
      break;
  }
  const last = children[children.length - 1];
  return last === undefined ? p : lastVisited(last);
}

function compileOrPattern(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newLabel();
  const outer: PatternContext = { ...pc, stores: pc.stores, failPop: pc.failPop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    c.setPosition(alt);
    const inner: PatternContext = {
      stores: [],
      allowIrrefutable: i === p.patterns.length - 1 && outer.allowIrrefutable,
      failPop: [],
      onTop: 0,
    };
    c.emit(Op.COPY, 1);
    compilePattern(c, alt, inner);
    const stores = inner.stores;
    if (control === null) {
      control = [...stores];
    } else if (stores.length !== control.length) {
      c.error("alternative patterns bind different names", lastVisited(alt));
    } else {
      // Reorder this alternative's captures (on the stack and in `stores`) into control order.
      for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
        const istores = stores.indexOf(control[icontrol]!);
        if (istores < 0) c.error("alternative patterns bind different names", lastVisited(alt));
        if (istores === icontrol) continue;
        const rotations = istores + 1;
        const rotated = stores.splice(0, rotations);
        stores.splice(icontrol - istores, 0, ...rotated);
        for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
      }
    }
    c.emitJump(Op.JUMP_FORWARD, end);
    emitAndResetFailPop(c, inner);
  });
  // No alternative matched: drop the subject and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, outer, Op.JUMP_FORWARD);
  pc.failPop = outer.failPop;
  c.place(end);
  const names = control ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) c.error(`multiple assignments to name '${name}' in pattern`, p);
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP); // the subject
}
