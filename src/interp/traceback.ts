/*
 * traceback.ts — recording where an exception passed and printing it as CPython 3.11 does.
 *
 * As an exception leaves a frame (unwind in entry.ts) the frame's (code id, pc) is appended
 * to the exception's traceback, a RefArray of tagged ints grown by copying (innermost entry
 * first). Printing follows CPython's default hook: the chain of causes and contexts, oldest
 * first, joined by "The above exception was the direct cause..." / "During handling of the
 * above exception..."; per exception `Traceback (most recent call last):`, outermost entry
 * first: `  File "f.py", line N, in name`, the stripped source line and, when the failing
 * expression does not span the whole line, a caret line (`~~^~~` for binary operators and
 * subscripts, as traceback.py anchors them); three identical entries in a row, then
 * `[Previous line repeated N more times]`; finally `Type: message`.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocVar, getHandle, handleMark, loadI32, loadRef, popHandles, pushHandle, storeRef, varLength } from "../gc/index.js";
import type { CodeObject } from "../frontend/code.js";
import { parseModule } from "../frontend/parser.js";
import { codeInfos } from "./code.js";
import * as L from "./layouts.js";
import { strJs } from "./ops/format.js";
import { PENDING, ROOT_EXC } from "./state.js";
import { isInstance, typeOf } from "./types.js";
import { PySyntaxError, formatSyntaxError } from "../frontend/errors.js";
import { EXC } from "./exceptions.js";
import { dictGet } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";
import { setRoot } from "../gc/index.js";

/** Source text by filename, for the source lines of tracebacks. */
export const sourceLines = new Map<string, string[]>();

export function addTraceback(exc: number, code: number, pc: number): void {
  if (exc === 0) return;
  const old = loadRef(exc, L.EXC_TRACEBACK);
  const n = old === 0 ? 0 : varLength(old);
  const arr = allocVar(REF_ARRAY, n + 2);
  const src = loadRef(exc, L.EXC_TRACEBACK);
  for (let i = 0; i < n; i++) storeRef(arr, ARRAY_ITEMS + 4 * i, loadRef(src, ARRAY_ITEMS + 4 * i));
  storeRef(arr, ARRAY_ITEMS + 4 * n, (loadI32(code, L.CODE_ID) << 1) | 1);
  storeRef(arr, ARRAY_ITEMS + 4 * (n + 1), (pc << 1) | 1);
  storeRef(exc, L.EXC_TRACEBACK, arr);
}

const CAUSE_MESSAGE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE = "\nDuring handling of the above exception, another exception occurred:\n\n";
const RECURSIVE_CUTOFF = 3;

/** The full report of an uncaught exception with its chain (may run Python code: __str__). */
export function formatException(exc: number): string {
  const mark = handleMark();
  try {
    // the chain, newest first: [message leading to the next older one, exception]
    const chain: { msg: string | null; h: number }[] = [];
    const seen = new Set<number>();
    for (let e = exc; e !== 0; ) {
      seen.add(e);
      const cause = loadRef(e, L.EXC_CAUSE);
      const context = loadRef(e, L.EXC_CONTEXT);
      let msg: string | null = null;
      let next = 0;
      if (cause !== 0) [msg, next] = [CAUSE_MESSAGE, cause];
      else if (context !== 0 && loadI32(e, L.EXC_SUPPRESS_CONTEXT) === 0) [msg, next] = [CONTEXT_MESSAGE, context];
      if (next !== 0 && seen.has(next)) [msg, next] = [null, 0];
      chain.push({ msg, h: pushHandle(e) });
      e = next;
    }
    let out = "";
    for (let i = chain.length - 1; i >= 0; i--) {
      if (chain[i]!.msg !== null) out += chain[i]!.msg;
      out += formatTracebackEntries(loadRef(getHandle(chain[i]!.h), L.EXC_TRACEBACK));
      out += formatExceptionOnly(getHandle(chain[i]!.h));
    }
    return out;
  } finally {
    popHandles(mark);
  }
}

/** `Type: message` (the last line of a report; a compile-time SyntaxError also shows where). */
export function formatExceptionOnly(exc: number): string {
  const name = typeOf(exc).name;
  let msg: string;
  const h = pushHandle(exc);
  try {
    const syntax = syntaxErrorOf(h);
    if (syntax !== null) return formatSyntaxError(syntax);
    msg = strJs(getHandle(h));
  } catch (e) {
    if (e !== PENDING) throw e;
    setRoot(ROOT_EXC, 0);
    msg = "<exception str() failed>";
  } finally {
    popHandles(h);
  }
  return msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
}

/** "Traceback (most recent call last):" and the entries, outermost first ("" without any). */
export function formatTracebackEntries(tb: number): string {
  if (tb === 0) return "";
  let out = "Traceback (most recent call last):\n";
  const n = varLength(tb) / 2;
  let last = "";
  let count = 0;
  const flushRepeats = () => {
    if (count > RECURSIVE_CUTOFF) {
      const more = count - RECURSIVE_CUTOFF;
      out += `  [Previous line repeated ${more} more time${more > 1 ? "s" : ""}]\n`;
    }
  };
  for (let i = n - 1; i >= 0; i--) {
    const co = codeInfos[loadRef(tb, ARRAY_ITEMS + 8 * i) >> 1]!;
    const pc = loadRef(tb, ARRAY_ITEMS + 8 * i + 4) >> 1;
    const line = co.lineOf(pc);
    const key = `${co.filename}\0${line}\0${co.name}`;
    if (key !== last) {
      flushRepeats();
      last = key;
      count = 0;
    }
    count++;
    if (count > RECURSIVE_CUTOFF) continue;
    out += formatEntry(co, pc);
  }
  flushRepeats();
  return out;
}

function formatEntry(co: CodeObject, pc: number): string {
  const pos = co.positionOf(pc);
  let out = `  File "${co.filename}", line ${pos.lineno}, in ${co.name}\n`;
  // "<string>", "<stdin>": no file to read the line from, as in CPython
  const src = /^<[^>]*>$/.test(co.filename) ? undefined : sourceLines.get(co.filename)?.[pos.lineno - 1];
  if (src === undefined || src.trim() === "") return out;
  const stripped = src.trim();
  out += `    ${stripped}\n`;
  if (pos.col < 0 || pos.endCol < 0) return out;
  const carets = caretLine(src, stripped, pos);
  if (carets !== null) out += carets + "\n";
  return out;
}

/** Character offset of a UTF-8 byte offset within a line. */
function charOffset(line: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.slice(0, byteOffset)).length;
}

interface Anchors {
  leftEnd: number;
  rightStart: number;
}

/** The caret line under a source line, or null when the failing part spans all of it. */
function caretLine(line: string, stripped: string, pos: { lineno: number; col: number; endLineno: number; endCol: number }): string | null {
  const leading = line.length - line.trimStart().length;
  const start = charOffset(line, pos.col);
  let end = charOffset(line, pos.endCol);
  let anchors: Anchors | null = null;
  if (pos.lineno === pos.endLineno) anchors = caretAnchors(line.slice(start, end));
  else end = line.trimEnd().length;
  if (!(end - start < stripped.length || (anchors !== null && anchors.rightStart - anchors.leftEnd > 0))) return null;
  let out = "    " + " ".repeat(start - leading);
  if (anchors !== null) {
    out += "~".repeat(anchors.leftEnd) + "^".repeat(anchors.rightStart - anchors.leftEnd) + "~".repeat(end - start - anchors.rightStart);
  } else out += "^".repeat(end - start);
  return out;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Where the operator of a binary operation or the brackets of a subscript are in `segment`. */
function caretAnchors(segment: string): Anchors | null {
  let mod;
  try {
    mod = parseModule(segment, "<segment>");
  } catch {
    return null;
  }
  if (mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt._type !== "Expr") return null;
  const expr = stmt.value;
  const norm = (byteOffset: number) => charOffset(segment, byteOffset);
  if (expr._type === "BinOp") {
    const opStart = norm(expr.left.end_col_offset!);
    const opStr = segment.slice(opStart, norm(expr.right.col_offset));
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !isSpace(opStr[opOffset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || segment[left] === ")" || segment[left] === "#")) {
      left++;
      right++;
    }
    return { leftEnd: left, rightStart: right };
  }
  if (expr._type === "Subscript") {
    let left = norm(expr.value.end_col_offset!);
    let right = norm(expr.slice.end_col_offset! + 1);
    while (left < segment.length && segment[left] !== "[") left++;
    while (right < segment.length && segment[right] !== "]") right++;
    if (right < segment.length) right++;
    return { leftEnd: left, rightStart: right };
  }
  return null;
}

/** A SyntaxError raised by compiling a module (it has its location attributes), as the frontend's. */
function syntaxErrorOf(hExc: number): PySyntaxError | null {
  const exc = getHandle(hExc);
  if (loadRef(exc, L.EXC_DICT) === 0 || !isInstance(exc, EXC.SyntaxError!)) return null;
  const get = (k: string) => {
    const key = newStr(k); // may collect: the dict is re-read after it
    return dictGet(loadRef(getHandle(hExc), L.EXC_DICT), key);
  };
  const str = (w: number) => (w !== 0 && (w & 1) === 0 && layoutOf(w) === L.L_STR ? strToJs(w) : null);
  const int = (w: number) => (w !== 0 && (w & 1) === 1 ? w >> 1 : 0);
  const filename = str(get("filename"));
  const msg = str(get("msg"));
  if (filename === null || msg === null) return null;
  const type = typeOf(getHandle(hExc)).name as PySyntaxError["type"];
  return new PySyntaxError(type, msg, filename, int(get("lineno")), int(get("offset")), str(get("text")), int(get("end_lineno")), int(get("end_offset")));
}
