/*
 * traceback.ts — recording where an exception passed and printing it as CPython does.
 *
 * As an exception leaves a frame (unwind in entry.ts) the frame's (code id, line) is appended
 * to the exception's traceback, a RefArray of tagged ints grown by copying; printing walks it
 * outermost first: `Traceback (most recent call last):`, `  File "f.py", line N, in name`,
 * the stripped source line, then `Type: message`. CPython 3.11's `~~^~~` caret lines are not
 * printed yet.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocVar, loadI32, loadRef, storeRef, varLength } from "../gc/index.js";
import { codeInfos } from "./code.js";
import * as L from "./layouts.js";
import { strJs } from "./ops/format.js";
import { isInstance, typeOf } from "./types.js";
import { PySyntaxError, formatSyntaxError } from "../frontend/errors.js";
import { EXC } from "./exceptions.js";
import { dictGet } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";

/** Source text by filename, for the source lines of tracebacks. */
export const sourceLines = new Map<string, string[]>();

export function addTraceback(exc: number, code: number, pc: number): void {
  if (exc === 0) return;
  const old = loadRef(exc, L.EXC_TRACEBACK);
  const n = old === 0 ? 0 : varLength(old);
  const arr = allocVar(REF_ARRAY, n + 2);
  for (let i = 0; i < n; i++) storeRef(arr, ARRAY_ITEMS + 4 * i, loadRef(old, ARRAY_ITEMS + 4 * i));
  const id = loadI32(code, L.CODE_ID);
  const line = codeInfos[id]!.lineOf(pc);
  storeRef(arr, ARRAY_ITEMS + 4 * n, (id << 1) | 1);
  storeRef(arr, ARRAY_ITEMS + 4 * (n + 1), (line << 1) | 1);
  storeRef(exc, L.EXC_TRACEBACK, arr);
}

export function formatException(exc: number): string {
  let out = "";
  const tb = loadRef(exc, L.EXC_TRACEBACK);
  if (tb !== 0) {
    out += "Traceback (most recent call last):\n";
    const n = varLength(tb) / 2;
    for (let i = n - 1; i >= 0; i--) {
      const co = codeInfos[loadRef(tb, ARRAY_ITEMS + 8 * i) >> 1]!;
      const line = loadRef(tb, ARRAY_ITEMS + 8 * i + 4) >> 1;
      out += `  File "${co.filename}", line ${line}, in ${co.name}\n`;
      // "<string>", "<stdin>": no file to read the line from, as in CPython
      const src = /^<[^>]*>$/.test(co.filename) ? undefined : sourceLines.get(co.filename)?.[line - 1];
      if (src !== undefined && src.trim() !== "") out += `    ${src.trim()}\n`;
    }
  }
  const syntax = syntaxErrorOf(exc);
  if (syntax !== null) return out + formatSyntaxError(syntax);
  const msg = strJs(exc);
  out += msg === "" ? `${typeOf(exc).name}\n` : `${typeOf(exc).name}: ${msg}\n`;
  return out;
}

/** A SyntaxError raised by compiling a module (it has its location attributes), as the frontend's. */
function syntaxErrorOf(exc: number): PySyntaxError | null {
  const d = loadRef(exc, L.EXC_DICT);
  if (d === 0 || !isInstance(exc, EXC.SyntaxError!)) return null;
  const get = (k: string) => dictGet(d, newStr(k));
  const str = (w: number) => (w !== 0 && (w & 1) === 0 && layoutOf(w) === L.L_STR ? strToJs(w) : null);
  const int = (w: number) => (w !== 0 && (w & 1) === 1 ? w >> 1 : 0);
  const filename = str(get("filename"));
  const msg = str(get("msg"));
  if (filename === null || msg === null) return null;
  const type = typeOf(exc).name as PySyntaxError["type"];
  return new PySyntaxError(type, msg, filename, int(get("lineno")), int(get("offset")), str(get("text")), int(get("end_lineno")), int(get("end_offset")));
}
