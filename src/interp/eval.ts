"use rts";
/*
 * eval.ts — the eval loop: the JIT's portal (RTS, checked by `npm run check:rts`).
 *
 * evalLoop(pc, code, frame) runs one frame from pc until it returns or yields. Its green
 * variables are (pc, code): the trace key; its red variable is the frame. Everything the loop
 * keeps between bytecodes lives in the frame (a heap object the GC scans): fast locals, cells,
 * then the value stack; `sp` is the absolute slot index of the next free stack slot and is
 * written back to the frame wherever the loop may be left (calls, safepoints, errors, yields,
 * and canEnterJit, where the JIT may restart the portal from (pc, code, frame) alone).
 *
 * GC. Allocation never collects; collections happen only at safepoint() and inside residual
 * calls that run Python code. After any residual call the loop reloads its frame from
 * ROOT_FRAME (the frame may have moved); `code` and its constants are old and never move.
 *
 * Errors. A residual call that fails returns 0 (or -1 for int results) with the exception
 * pending in ROOT_EXC; the loop then calls unwind(), which consults the code object's
 * exception table and either gives a handler pc (with the stack already unwound and lasti /
 * the exception pushed) or -1: the frame returns 0 to its caller, which does the same.
 *
 * The fast paths here are the ones a trace should see without a call: locals, constants,
 * jumps, tagged-int arithmetic and comparisons, range iteration, truth of bools. Everything
 * else is a residual call into ordinary TypeScript (entry.ts).
 */

import { ARRAY_ITEMS, allocFixed, getRoot, loadF64, loadI32, loadRef, safepoint, setRoot, storeF64, storeI32, storeRef, varLength } from "../gc/index.js";
import { type Float, type Int, type Ref, canEnterJit, elidable, floatToInt, jitDriver, jitMergePoint } from "../jit/hints.js";
import {
  assertionErrorType,
  loadBuildClass,
  binaryOp,
  buildFromStack,
  callEx,
  callFromStack,
  sendFromStack,
  checkExcMatch,
  collectionAdd,
  compareOp,
  contains,
  formatValue,
  getAttr,
  getItem,
  getIter,
  importFrom,
  importName,
  importStar,
  iterNext,
  setupAnnotations,
  loadMethod,
  loadName,
  makeFunction,
  makeFunctionPops,
  newSlice,
  raiseVarargs,
  reraise,
  setAttr,
  setItem,
  storeName,
  truthValue,
  unaryOp,
  unboundDeref,
  unboundLocal,
  unpack,
  unsupportedOpcode,
  unwind,
} from "./entry.js";
import { beforeWith, withExceptStart } from "./entry-exc.js";
import {
  ATTR_CACHE_WAY_WORDS,
  ATTR_CACHE_WAYS,
  ATTR_CACHE_WORDS,
  CELL_VALUE,
  CODE_ATTR_CACHE,
  CODE_CONSTS,
  CODE_METHOD_CACHE,
  CODE_INSTRS,
  CODE_NAMES,
  CODE_NLOCALS,
  CODE_SP_AT,
  FRAME_PC,
  FRAME_SLOTS,
  FRAME_SP,
  FRAME_STATE,
  INST_MAP,
  INST_SLOTS,
  INST_TYPE,
  L_BOOL,
  L_INSTANCE,
  BOOL_VALUE,
  FLOAT_VALUE,
  INT_VALUE,
  L_FLOAT,
  L_INT,
  L_LIST,
  L_RANGE_ITER,
  LIST_LENGTH,
  LIST_STORAGE,
  LIST_STRATEGY,
  RITER_NEXT,
  RITER_STEP,
  RITER_STOP,
  S_FLOAT,
  S_INT,
  S_OBJECT,
  L_SEQ_ITER,
  L_TUPLE,
  SEQ_ITER_INDEX,
  SEQ_ITER_KIND,
  SEQ_ITER_SEQ,
  SEQ_LIST,
  SEQ_TUPLE,
  TUPLE_ITEMS,
  TYPE_VERSION,
} from "./layouts.js";
import {
  BEFORE_WITH,
  BINARY_OP,
  BINARY_SUBSCR,
  BUILD_CONST_KEY_MAP,
  BUILD_LIST,
  BUILD_MAP,
  BUILD_SET,
  BUILD_SLICE,
  BUILD_STRING,
  BUILD_TUPLE,
  CALL,
  CALL_FUNCTION_EX,
  CALL_KW,
  CHECK_EXC_MATCH,
  COMPARE_OP,
  CONTAINS_OP,
  COPY,
  DELETE_ATTR,
  DELETE_DEREF,
  DELETE_FAST,
  DELETE_GLOBAL,
  DELETE_NAME,
  DELETE_SUBSCR,
  DICT_MERGE,
  DICT_UPDATE,
  FORMAT_VALUE,
  FOR_ITER,
  GET_ITER,
  GET_YIELD_FROM_ITER,
  IMPORT_FROM,
  IMPORT_NAME,
  IMPORT_STAR,
  IS_OP,
  JUMP_BACKWARD,
  JUMP_BACKWARD_NO_INTERRUPT,
  JUMP_FORWARD,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  LIST_APPEND,
  LIST_EXTEND,
  LIST_TO_TUPLE,
  LOAD_ASSERTION_ERROR,
  LOAD_ATTR,
  LOAD_BUILD_CLASS,
  LOAD_CLASSDEREF,
  LOAD_CLOSURE,
  LOAD_CONST,
  LOAD_DEREF,
  LOAD_FAST,
  LOAD_FAST__LOAD_ATTR,
  LOAD_FAST__LOAD_CONST,
  LOAD_FAST__LOAD_FAST,
  LOAD_GLOBAL,
  LOAD_METHOD,
  LOAD_NAME,
  MAKE_FUNCTION,
  MAP_ADD,
  NOP,
  POP_EXCEPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  POP_JUMP_IF_TRUE,
  POP_TOP,
  PUSH_EXC_INFO,
  PUSH_NULL,
  RAISE_VARARGS,
  RERAISE,
  RETURN_VALUE,
  SET_ADD,
  SET_UPDATE,
  STORE_ATTR,
  STORE_DEREF,
  STORE_FAST,
  STORE_FAST__LOAD_FAST,
  STORE_GLOBAL,
  STORE_NAME,
  SETUP_ANNOTATIONS,
  STORE_SUBSCR,
  SWAP,
  UNARY_INVERT,
  UNARY_NEGATIVE,
  UNARY_NOT,
  UNARY_POSITIVE,
  UNPACK_EX,
  UNPACK_SEQUENCE,
  WITH_EXCEPT_START,
  SEND,
  YIELD_VALUE,
} from "./opnums.js";
import { ROOT_EXC, ROOT_FALSE, ROOT_FRAME, ROOT_HANDLED, ROOT_NONE, ROOT_TRUE } from "./state.js";

export const pyDriver = jitDriver({ name: "python", greens: ["pc", "code"], reds: ["frame"], virtualizables: ["frame"] });

export const SMALL_MIN = -1073741824;
export const SMALL_MAX = 1073741823;
export const BOX_MAX = 9007199254740991;

/** The instruction word at pc (pure: bytecode never changes). */
export const fetch = elidable(function fetch(code: Ref, pc: Int): Int {
  return loadI32(loadRef(code, CODE_INSTRS), ARRAY_ITEMS + 4 * pc);
});

export const constAt = elidable(function constAt(code: Ref, i: Int): Ref {
  return loadRef(loadRef(code, CODE_CONSTS), ARRAY_ITEMS + 4 * i);
});

/** The value stack's top before the instruction at pc: static (the compiler's depth analysis). */
export const spAt = elidable(function spAt(code: Ref, pc: Int): Int {
  return loadI32(loadRef(code, CODE_SP_AT), ARRAY_ITEMS + 4 * pc);
});

export const nameAt = elidable(function nameAt(code: Ref, i: Int): Ref {
  return loadRef(loadRef(code, CODE_NAMES), ARRAY_ITEMS + 4 * i);
});

function slot(frame: Ref, i: Int): Ref {
  return loadRef(frame, FRAME_SLOTS + 4 * i);
}

function setSlot(frame: Ref, i: Int, v: Ref): void {
  storeRef(frame, FRAME_SLOTS + 4 * i, v);
}

/** A machine int as a Python int: tagged when it fits, else boxed (|n| < 2^53 here). */
function boxInt(n: Int): Ref {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  const r: Ref = allocFixed(L_INT);
  storeF64(r, INT_VALUE, n);
  return r;
}

/** Is w an int below 2^53 (tagged, or boxed in one f64)? */
function isMachineInt(w: Ref): Int {
  if ((w & 1) === 1) return 1;
  if ((loadI32(w, 0) & 0xffff) === L_INT) return 1;
  return 0;
}

function machineIntValue(w: Ref): Int {
  if ((w & 1) === 1) return w >> 1;
  return floatToInt(loadF64(w, INT_VALUE));
}

/**
 * Truth of a bool, None or tagged int: 1 or 0; UNKNOWN_TRUTH for anything else, whose truth is
 * the residual truthValue (which may run Python code: the caller then reloads its frame; on
 * the fast path it doesn't, so a trace keeps knowing the frame it has).
 */
const UNKNOWN_TRUTH = 2;
function quickTruth(v: Ref): Int {
  if (v === getRoot(ROOT_TRUE)) return 1;
  if (v === getRoot(ROOT_FALSE)) return 0;
  if (v === getRoot(ROOT_NONE)) return 0;
  if ((v & 1) === 1) {
    if (v === 1) return 0;
    return 1;
  }
  if ((loadI32(v, 0) & 0xffff) === L_BOOL) return loadI32(v, BOOL_VALUE);
  return UNKNOWN_TRUTH;
}

/** int <op> int with both operands machine ints; 0 when the fast path does not apply. */
function intFastPath(op: Int, a: Ref, b: Ref): Ref {
  if (isMachineInt(a) === 0 || isMachineInt(b) === 0) return 0;
  const x = machineIntValue(a);
  const y = machineIntValue(b);
  const o = op >= 13 ? op - 13 : op; // the in-place forms compute the same for ints
  let r = 0;
  if (o === 0) r = x + y;
  else if (o === 1) r = x - y;
  else if (o === 2) r = x * y; // a -0 product boxes as 0: (-0 << 1) | 1 === 1
  else if (o === 5 || o === 6) {
    // floor division and modulo: the result takes the divisor's sign
    if (y === 0) return 0;
    let m = x % y;
    if (m !== 0 && (m < 0 ? y > 0 : y < 0)) m += y;
    if (o === 6) return boxInt(m);
    return boxInt(floatToInt((x - m) / y));
  } else if (o === 10 || o === 11 || o === 12) {
    if (x < SMALL_MIN || x > SMALL_MAX || y < SMALL_MIN || y > SMALL_MAX) return 0;
    if (o === 10) return boxInt(x & y);
    if (o === 11) return boxInt(x | y);
    return boxInt(x ^ y);
  } else return 0;
  if (r < 0 - BOX_MAX || r > BOX_MAX) return 0;
  return boxInt(r);
}

/** Is w a float object? */
function isFloatObject(w: Ref): Int {
  if ((w & 1) === 1) return 0;
  if ((loadI32(w, 0) & 0xffff) === L_FLOAT) return 1;
  return 0;
}

/** A float operand's value (a float object or a tagged int). */
function floatOperand(w: Ref): Float {
  if ((w & 1) === 1) return machineIntValue(w);
  return loadF64(w, FLOAT_VALUE);
}

export function newFloatValue(x: Float): Ref {
  const r: Ref = allocFixed(L_FLOAT);
  storeF64(r, FLOAT_VALUE, x);
  return r;
}

/** + - * / on floats (or a float and a tagged int); 0 when the fast path does not apply. */
function floatFastPath(op: Int, a: Ref, b: Ref): Ref {
  const fa = isFloatObject(a);
  const fb = isFloatObject(b);
  if (fa === 0 && (fb === 0 || (a & 1) === 0)) return 0;
  if (fb === 0 && (b & 1) === 0) return 0;
  const fx: Float = floatOperand(a);
  const fy: Float = floatOperand(b);
  const o = op >= 13 ? op - 13 : op;
  let fr: Float = 0;
  if (o === 0) fr = fx + fy;
  else if (o === 1) fr = fx - fy;
  else if (o === 2) fr = fx * fy;
  else if (o === 4) {
    if (fy === 0) return 0; // ZeroDivisionError: residual
    fr = fx / fy;
  } else return 0;
  return newFloatValue(fr);
}

/** COMPARE_OP on two floats or a float and a tagged int; 0 when the fast path does not apply. */
function floatCompare(op: Int, a: Ref, b: Ref): Ref {
  const fa = isFloatObject(a);
  const fb = isFloatObject(b);
  if (fa === 0 && (fb === 0 || (a & 1) === 0)) return 0;
  if (fb === 0 && (b & 1) === 0) return 0;
  const fx: Float = floatOperand(a);
  const fy: Float = floatOperand(b);
  let c = 0;
  if (op === 0) c = fx < fy ? 1 : 0;
  else if (op === 1) c = fx <= fy ? 1 : 0;
  else if (op === 2) c = fx === fy ? 1 : 0;
  else if (op === 3) c = fx !== fy ? 1 : 0;
  else if (op === 4) c = fx > fy ? 1 : 0;
  else c = fx >= fy ? 1 : 0;
  if (c === 1) return getRoot(ROOT_TRUE);
  return getRoot(ROOT_FALSE);
}

/** Item i (0 <= i < length) of a list, boxed as its strategy requires. */
function listItem(l: Ref, i: Int): Ref {
  const st = loadI32(l, LIST_STRATEGY);
  if (st === S_INT) return boxInt(loadI32(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 4 * i));
  if (st === S_FLOAT) return newFloatValue(loadF64(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 8 * i));
  return loadRef(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 4 * i);
}

/** list[i] for a tagged int i in range; 0 when it does not apply. */
function listGetFast(l: Ref, key: Ref): Ref {
  if ((l & 1) === 1 || (key & 1) === 0) return 0;
  if ((loadI32(l, 0) & 0xffff) !== L_LIST) return 0;
  const n = loadI32(l, LIST_LENGTH);
  let i = machineIntValue(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return 0;
  return listItem(l, i);
}

/** Is it an iterator over a list or a tuple that is not exhausted yet (seqIterNext applies)? */
function isListOrTupleIter(it: Ref): Int {
  if ((it & 1) === 1) return 0;
  if ((loadI32(it, 0) & 0xffff) !== L_SEQ_ITER) return 0;
  if (loadI32(it, SEQ_ITER_KIND) > SEQ_TUPLE) return 0;
  if (loadRef(it, SEQ_ITER_SEQ) === 0) return 0;
  return 1;
}

/** The next item of a list or tuple iterator, or 0 when it is exhausted (it then drops the sequence). */
function seqIterNext(it: Ref): Ref {
  const seq: Ref = loadRef(it, SEQ_ITER_SEQ);
  const i = loadI32(it, SEQ_ITER_INDEX);
  let v: Ref = 0;
  if (loadI32(it, SEQ_ITER_KIND) === SEQ_LIST) {
    if (i < loadI32(seq, LIST_LENGTH)) v = listItem(seq, i);
  } else if (i < varLength(seq)) v = loadRef(seq, TUPLE_ITEMS + 4 * i);
  if (v === 0) {
    storeRef(it, SEQ_ITER_SEQ, 0);
    return 0;
  }
  storeI32(it, SEQ_ITER_INDEX, i + 1);
  return v;
}

/** UNPACK_SEQUENCE of a tuple of exactly n items: pushes them (first on top); 0 when it does not apply. */
function unpackTupleFast(frame: Ref, sp: Int, n: Int): Int {
  const t: Ref = slot(frame, sp - 1);
  if ((t & 1) === 1) return 0;
  if ((loadI32(t, 0) & 0xffff) !== L_TUPLE) return 0;
  if (varLength(t) !== n) return 0;
  for (let i = 0; i < n; i++) setSlot(frame, sp - 1 + n - 1 - i, loadRef(t, TUPLE_ITEMS + 4 * i));
  return 1;
}

/**
 * list[i] = v for a tagged int i in range, on an OBJECT list, an INT list given a tagged int or
 * a FLOAT list given a float (the strategy stays); 0 when it does not apply (the residual setItem then does it all).
 */
function listSetFast(l: Ref, key: Ref, v: Ref): Int {
  if ((l & 1) === 1 || (key & 1) === 0) return 0;
  if ((loadI32(l, 0) & 0xffff) !== L_LIST) return 0;
  const n = loadI32(l, LIST_LENGTH);
  let i = machineIntValue(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return 0;
  const st = loadI32(l, LIST_STRATEGY);
  if (st === S_INT) {
    if ((v & 1) === 0) return 0;
    storeI32(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 4 * i, v >> 1);
    return 1;
  }
  if (st === S_OBJECT) {
    storeRef(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 4 * i, v);
    return 1;
  }
  if (st === S_FLOAT) {
    if (isFloatObject(v) === 0) return 0;
    storeF64(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 8 * i, loadF64(v, FLOAT_VALUE));
    return 1;
  }
  return 0;
}

/** Word k of way `way` of the attribute cache of the instruction at pc (layouts.ts CODE_ATTR_CACHE). */
function attrCacheWord(code: Ref, pc: Int, way: Int, k: Int): Int {
  return loadI32(loadRef(code, CODE_ATTR_CACHE), ARRAY_ITEMS + 4 * (ATTR_CACHE_WORDS * pc + ATTR_CACHE_WAY_WORDS * way + k));
}

/** Way `way`'s reference of the instruction at pc: a class attribute's value or a method. */
function attrCacheRef(code: Ref, pc: Int, way: Int): Ref {
  return loadRef(loadRef(code, CODE_METHOD_CACHE), ARRAY_ITEMS + 4 * (ATTR_CACHE_WAYS * pc + way));
}

/**
 * The way of the instruction's cache that answers for obj, or -1: for an instance, the way with
 * its map and its type's version; for an object of a builtin type (whose methods never change),
 * the way keyed -1 - layout with version 0.
 */
function attrCacheWay(code: Ref, pc: Int, obj: Ref): Int {
  if ((obj & 1) === 1) return -1;
  const layout = loadI32(obj, 0) & 0xffff;
  let map = 0 - 1 - layout;
  let version = 0;
  if (layout === L_INSTANCE) {
    map = loadI32(obj, INST_MAP);
    version = loadI32(loadRef(obj, INST_TYPE), TYPE_VERSION);
  }
  for (let way = 0; way < ATTR_CACHE_WAYS; way++) {
    if (map === attrCacheWord(code, pc, way, 0)) {
      if (version === attrCacheWord(code, pc, way, 1)) return way;
    }
  }
  return -1;
}

/** LOAD_ATTR obj.name from the instruction's cache: the value, or 0 when the cache does not answer. */
function loadAttrFast(code: Ref, pc: Int, obj: Ref): Ref {
  const way = attrCacheWay(code, pc, obj);
  if (way < 0) return 0;
  const i = attrCacheWord(code, pc, way, 2);
  if (i < 0) return attrCacheRef(code, pc, way);
  return loadRef(loadRef(obj, INST_SLOTS), ARRAY_ITEMS + 4 * i);
}

/** STORE_ATTR obj.name = v from the instruction's cache: 1 when done, 0 when it does not apply. */
function storeAttrFast(code: Ref, pc: Int, obj: Ref, v: Ref): Int {
  const way = attrCacheWay(code, pc, obj);
  if (way < 0) return 0;
  const i = attrCacheWord(code, pc, way, 2);
  const next = attrCacheWord(code, pc, way, 3);
  const slots: Ref = loadRef(obj, INST_SLOTS);
  if (slots === 0) return 0;
  if (next !== 0) {
    // the store adds the attribute: only when the slot array already has room for it
    if (varLength(slots) <= i) return 0;
    storeRef(slots, ARRAY_ITEMS + 4 * i, v);
    storeI32(obj, INST_MAP, next);
    return 1;
  }
  storeRef(slots, ARRAY_ITEMS + 4 * i, v);
  return 1;
}

/** The next int of a range iterator, or 0 when it is exhausted. */
function rangeIterNext(it: Ref): Ref {
  const rnext: Float = loadF64(it, RITER_NEXT);
  const rstep: Float = loadF64(it, RITER_STEP);
  const rstop: Float = loadF64(it, RITER_STOP);
  if (rstep > 0) {
    if (rnext >= rstop) return 0;
  } else if (rnext <= rstop) return 0;
  storeF64(it, RITER_NEXT, rnext + rstep);
  return boxInt(floatToInt(rnext));
}

/** COMPARE_OP on machine ints; 0 when the fast path does not apply. */
function compareFastPath(op: Int, a: Ref, b: Ref): Ref {
  if (isMachineInt(a) === 0 || isMachineInt(b) === 0) return floatCompare(op, a, b);
  const x = machineIntValue(a);
  const y = machineIntValue(b);
  let c = 0;
  if (op === 0) c = x < y ? 1 : 0;
  else if (op === 1) c = x <= y ? 1 : 0;
  else if (op === 2) c = x === y ? 1 : 0;
  else if (op === 3) c = x !== y ? 1 : 0;
  else if (op === 4) c = x > y ? 1 : 0;
  else c = x >= y ? 1 : 0;
  if (c === 1) return getRoot(ROOT_TRUE);
  return getRoot(ROOT_FALSE);
}

/**
 * The portal. Returns the frame's result (also for a yield: FRAME_STATE tells which), or 0
 * with an exception pending.
 */
export function evalLoop(pc: Int, code: Ref, frame: Ref): Ref {
  // not loadI32(frame, FRAME_SP): the JIT restarts the portal at a merge point with only
  // (pc, code, frame), and sp is not stored at every instruction
  let sp = spAt(code, pc);
  while (true) {
    jitMergePoint(pyDriver, pc, code, frame);
    const word = fetch(code, pc);
    const op = word & 255;
    const arg = word >>> 8;
    let err = 0;
    switch (op) {
      case NOP:
        pc += 1;
        break;
      case POP_TOP:
        sp -= 1;
        pc += 1;
        break;
      case PUSH_NULL:
        setSlot(frame, sp, 0);
        sp += 1;
        pc += 1;
        break;
      case COPY:
        setSlot(frame, sp, slot(frame, sp - arg));
        sp += 1;
        pc += 1;
        break;
      case SWAP: {
        const t: Ref = slot(frame, sp - 1);
        setSlot(frame, sp - 1, slot(frame, sp - arg));
        setSlot(frame, sp - arg, t);
        pc += 1;
        break;
      }
      case LOAD_CONST:
        setSlot(frame, sp, constAt(code, arg));
        sp += 1;
        pc += 1;
        break;
      case LOAD_FAST: {
        const v: Ref = slot(frame, arg);
        if (v === 0) {
          unboundLocal(code, arg);
          err = 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case STORE_FAST:
        sp -= 1;
        setSlot(frame, arg, slot(frame, sp));
        pc += 1;
        break;
      // superinstructions (quicken.ts): the second instruction's argument is in the next word;
      // when the second part would raise or misses its cache, only the first part runs here and
      // the plain second instruction runs at pc + 1
      case LOAD_FAST__LOAD_FAST:
      case LOAD_FAST__LOAD_CONST:
      case LOAD_FAST__LOAD_ATTR: {
        const v: Ref = slot(frame, arg);
        if (v === 0) {
          unboundLocal(code, arg);
          err = 1;
          break;
        }
        const arg2 = fetch(code, pc + 1) >>> 8;
        let v2: Ref = 0;
        if (op === LOAD_FAST__LOAD_FAST) v2 = slot(frame, arg2);
        else if (op === LOAD_FAST__LOAD_CONST) v2 = constAt(code, arg2);
        else v2 = loadAttrFast(code, pc + 1, v);
        if (v2 === 0) {
          setSlot(frame, sp, v);
          sp += 1;
          pc += 1;
          break;
        }
        if (op === LOAD_FAST__LOAD_ATTR) {
          setSlot(frame, sp, v2);
          sp += 1;
        } else {
          setSlot(frame, sp, v);
          setSlot(frame, sp + 1, v2);
          sp += 2;
        }
        pc += 2;
        break;
      }
      case STORE_FAST__LOAD_FAST: {
        sp -= 1;
        setSlot(frame, arg, slot(frame, sp));
        const v: Ref = slot(frame, fetch(code, pc + 1) >>> 8);
        if (v === 0) {
          pc += 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 2;
        break;
      }
      case DELETE_FAST:
        if (slot(frame, arg) === 0) {
          unboundLocal(code, arg);
          err = 1;
          break;
        }
        setSlot(frame, arg, 0);
        pc += 1;
        break;
      case LOAD_DEREF:
      case LOAD_CLASSDEREF: {
        const cell: Ref = slot(frame, loadI32(code, CODE_NLOCALS) + arg);
        const v: Ref = loadRef(cell, CELL_VALUE);
        if (v === 0) {
          unboundDeref(code, arg);
          err = 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case STORE_DEREF:
        sp -= 1;
        storeRef(slot(frame, loadI32(code, CODE_NLOCALS) + arg), CELL_VALUE, slot(frame, sp));
        pc += 1;
        break;
      case DELETE_DEREF:
        storeRef(slot(frame, loadI32(code, CODE_NLOCALS) + arg), CELL_VALUE, 0);
        pc += 1;
        break;
      case LOAD_CLOSURE:
        setSlot(frame, sp, slot(frame, loadI32(code, CODE_NLOCALS) + arg));
        sp += 1;
        pc += 1;
        break;
      case LOAD_NAME:
      case LOAD_GLOBAL: {
        const v: Ref = loadName(frame, nameAt(code, arg), op === LOAD_GLOBAL ? 1 : 0);
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case STORE_NAME:
      case STORE_GLOBAL:
      case DELETE_NAME:
      case DELETE_GLOBAL: {
        let v: Ref = 0;
        if (op === STORE_NAME || op === STORE_GLOBAL) {
          sp -= 1;
          v = slot(frame, sp);
        }
        const ok = storeName(frame, nameAt(code, arg), v, op === STORE_GLOBAL || op === DELETE_GLOBAL ? 1 : 0);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        pc += 1;
        break;
      }
      case LOAD_ATTR: {
        const obj: Ref = slot(frame, sp - 1);
        let v: Ref = loadAttrFast(code, pc, obj);
        if (v === 0) {
          v = getAttr(code, pc, obj, nameAt(code, arg));
          frame = getRoot(ROOT_FRAME);
          if (v === 0) {
            err = 1;
            break;
          }
        }
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case STORE_ATTR:
      case DELETE_ATTR: {
        let v: Ref = 0;
        if (op === STORE_ATTR) {
          v = slot(frame, sp - 2);
          if (storeAttrFast(code, pc, slot(frame, sp - 1), v) === 1) {
            sp -= 2;
            pc += 1;
            break;
          }
        }
        const ok = setAttr(code, pc, slot(frame, sp - 1), nameAt(code, arg), v);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp -= op === STORE_ATTR ? 2 : 1;
        pc += 1;
        break;
      }
      case LOAD_METHOD: {
        const obj: Ref = slot(frame, sp - 1);
        const way = attrCacheWay(code, pc, obj);
        if (way >= 0) {
          const m: Ref = attrCacheRef(code, pc, way);
          if (m !== 0) {
            setSlot(frame, sp - 1, m);
            setSlot(frame, sp, obj);
            sp += 1;
            pc += 1;
            break;
          }
        }
        storeI32(frame, FRAME_SP, sp);
        const ok = loadMethod(frame, sp, code, pc, nameAt(code, arg));
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp += 1;
        pc += 1;
        break;
      }
      case BINARY_SUBSCR: {
        let v: Ref = listGetFast(slot(frame, sp - 2), slot(frame, sp - 1));
        if (v === 0) {
          v = getItem(slot(frame, sp - 2), slot(frame, sp - 1));
          frame = getRoot(ROOT_FRAME);
          if (v === 0) {
            err = 1;
            break;
          }
        }
        sp -= 1;
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case STORE_SUBSCR: {
        let ok = listSetFast(slot(frame, sp - 2), slot(frame, sp - 1), slot(frame, sp - 3));
        if (ok === 0) {
          ok = setItem(slot(frame, sp - 2), slot(frame, sp - 1), slot(frame, sp - 3));
          frame = getRoot(ROOT_FRAME);
          if (ok === 0) {
            err = 1;
            break;
          }
        }
        sp -= 3;
        pc += 1;
        break;
      }
      case DELETE_SUBSCR: {
        const ok = setItem(slot(frame, sp - 2), slot(frame, sp - 1), 0);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp -= 2;
        pc += 1;
        break;
      }
      case BUILD_SLICE: {
        let step: Ref = getRoot(ROOT_NONE);
        if (arg === 3) {
          sp -= 1;
          step = slot(frame, sp);
        }
        const v: Ref = newSlice(slot(frame, sp - 2), slot(frame, sp - 1), step);
        sp -= 1;
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case UNARY_POSITIVE:
      case UNARY_NEGATIVE:
      case UNARY_INVERT: {
        const v: Ref = unaryOp(op === UNARY_POSITIVE ? 0 : op === UNARY_NEGATIVE ? 1 : 3, slot(frame, sp - 1));
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case UNARY_NOT: {
        const v: Ref = slot(frame, sp - 1);
        let t = quickTruth(v);
        if (t === UNKNOWN_TRUTH) {
          t = truthValue(v);
          frame = getRoot(ROOT_FRAME);
        }
        if (t < 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp - 1, t === 1 ? getRoot(ROOT_FALSE) : getRoot(ROOT_TRUE));
        pc += 1;
        break;
      }
      case BINARY_OP: {
        const a: Ref = slot(frame, sp - 2);
        const b: Ref = slot(frame, sp - 1);
        let v: Ref = intFastPath(arg, a, b);
        if (v === 0) v = floatFastPath(arg, a, b);
        if (v === 0) {
          v = binaryOp(arg, a, b);
          frame = getRoot(ROOT_FRAME);
          if (v === 0) {
            err = 1;
            break;
          }
        }
        sp -= 1;
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case COMPARE_OP: {
        const a: Ref = slot(frame, sp - 2);
        const b: Ref = slot(frame, sp - 1);
        let v: Ref = compareFastPath(arg, a, b);
        if (v === 0) {
          v = compareOp(arg, a, b);
          frame = getRoot(ROOT_FRAME);
          if (v === 0) {
            err = 1;
            break;
          }
        }
        sp -= 1;
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case IS_OP: {
        let same = slot(frame, sp - 2) === slot(frame, sp - 1) ? 1 : 0;
        if (arg === 1) same = 1 - same;
        sp -= 1;
        setSlot(frame, sp - 1, same === 1 ? getRoot(ROOT_TRUE) : getRoot(ROOT_FALSE));
        pc += 1;
        break;
      }
      case CONTAINS_OP: {
        let r = contains(slot(frame, sp - 1), slot(frame, sp - 2));
        frame = getRoot(ROOT_FRAME);
        if (r < 0) {
          err = 1;
          break;
        }
        if (arg === 1) r = 1 - r;
        sp -= 1;
        setSlot(frame, sp - 1, r === 1 ? getRoot(ROOT_TRUE) : getRoot(ROOT_FALSE));
        pc += 1;
        break;
      }
      case BUILD_TUPLE:
      case BUILD_LIST:
      case BUILD_SET:
      case BUILD_MAP:
      case BUILD_CONST_KEY_MAP:
      case BUILD_STRING:
      case LIST_TO_TUPLE: {
        const n = op === BUILD_MAP ? 2 * arg : op === BUILD_CONST_KEY_MAP ? arg + 1 : op === LIST_TO_TUPLE ? 1 : arg;
        const v: Ref = buildFromStack(frame, sp - n, arg, op);
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        sp -= n;
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case LIST_APPEND:
      case SET_ADD:
      case LIST_EXTEND:
      case SET_UPDATE:
      case DICT_UPDATE:
      case DICT_MERGE: {
        const ok = collectionAdd(slot(frame, sp - 1 - arg), slot(frame, sp - 1), 0, op);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp -= 1;
        pc += 1;
        break;
      }
      case MAP_ADD: {
        const ok = collectionAdd(slot(frame, sp - 2 - arg), slot(frame, sp - 2), slot(frame, sp - 1), op);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp -= 2;
        pc += 1;
        break;
      }
      case UNPACK_SEQUENCE:
      case UNPACK_EX: {
        if (op === UNPACK_SEQUENCE && unpackTupleFast(frame, sp, arg) === 1) {
          sp = sp - 1 + arg;
          pc += 1;
          break;
        }
        storeI32(frame, FRAME_SP, sp);
        const pushed = unpack(frame, sp, arg, op === UNPACK_EX ? 1 : 0);
        frame = getRoot(ROOT_FRAME);
        if (pushed < 0) {
          err = 1;
          break;
        }
        sp = sp - 1 + pushed;
        pc += 1;
        break;
      }
      case FORMAT_VALUE: {
        let spec: Ref = 0;
        if ((arg & 4) !== 0) {
          sp -= 1;
          spec = slot(frame, sp);
        }
        const v: Ref = formatValue(slot(frame, sp - 1), spec, arg & 3);
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp - 1, v);
        pc += 1;
        break;
      }
      case JUMP_FORWARD:
        pc = arg;
        break;
      case JUMP_BACKWARD:
      case JUMP_BACKWARD_NO_INTERRUPT:
        pc = arg;
        storeI32(frame, FRAME_SP, sp);
        // a no-op store (the running frame is ROOT_FRAME): in a trace, where the safepoint is a
        // guard and nothing collects, the reload below folds to `frame` through it, so the
        // frame stays one value around the loop (opt/vable.ts needs that)
        setRoot(ROOT_FRAME, frame);
        safepoint();
        frame = getRoot(ROOT_FRAME);
        if (op === JUMP_BACKWARD) {
          canEnterJit(pyDriver, pc, code, frame);
        }
        break;
      case POP_JUMP_IF_FALSE:
      case POP_JUMP_IF_TRUE:
      case JUMP_IF_FALSE_OR_POP:
      case JUMP_IF_TRUE_OR_POP: {
        const v: Ref = slot(frame, sp - 1);
        let t = quickTruth(v);
        if (t === UNKNOWN_TRUTH) {
          t = truthValue(v);
          frame = getRoot(ROOT_FRAME);
        }
        if (t < 0) {
          err = 1;
          break;
        }
        const jumpIf = op === POP_JUMP_IF_TRUE || op === JUMP_IF_TRUE_OR_POP ? 1 : 0;
        const keep = op === JUMP_IF_FALSE_OR_POP || op === JUMP_IF_TRUE_OR_POP ? 1 : 0;
        if (t === jumpIf) {
          pc = arg;
          if (keep === 0) sp -= 1;
        } else {
          pc += 1;
          sp -= 1;
        }
        break;
      }
      case POP_JUMP_IF_NONE:
      case POP_JUMP_IF_NOT_NONE: {
        sp -= 1;
        let isNone = slot(frame, sp) === getRoot(ROOT_NONE) ? 1 : 0;
        if (op === POP_JUMP_IF_NOT_NONE) isNone = 1 - isNone;
        if (isNone === 1) pc = arg;
        else pc += 1;
        break;
      }
      case GET_ITER:
      case GET_YIELD_FROM_ITER: {
        const it: Ref = getIter(slot(frame, sp - 1));
        frame = getRoot(ROOT_FRAME);
        if (it === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp - 1, it);
        pc += 1;
        break;
      }
      case FOR_ITER: {
        const it: Ref = slot(frame, sp - 1);
        let v: Ref = 0;
        if ((it & 1) === 0 && (loadI32(it, 0) & 0xffff) === L_RANGE_ITER) {
          v = rangeIterNext(it);
        } else if (isListOrTupleIter(it) === 1) {
          v = seqIterNext(it);
        } else {
          storeI32(frame, FRAME_SP, sp);
          v = iterNext(it);
          frame = getRoot(ROOT_FRAME);
          if (v === 0 && getRoot(ROOT_EXC) !== 0) {
            err = 1;
            break;
          }
        }
        if (v === 0) {
          sp -= 1;
          pc = arg;
        } else {
          setSlot(frame, sp, v);
          sp += 1;
          pc += 1;
        }
        break;
      }
      case SEND: {
        storeI32(frame, FRAME_PC, pc);
        storeI32(frame, FRAME_SP, sp);
        const sent: Int = sendFromStack(frame, sp);
        frame = getRoot(ROOT_FRAME);
        if (sent === 0) {
          err = 1;
          break;
        }
        if (sent === 1) {
          pc += 1; // on to YIELD_VALUE with the receiver's value as TOS
        } else {
          sp -= 1; // the receiver's slot now holds its return value
          pc = arg;
        }
        break;
      }
      case YIELD_VALUE:
        storeI32(frame, FRAME_PC, pc + 1);
        storeI32(frame, FRAME_SP, sp);
        storeI32(frame, FRAME_STATE, 1);
        return slot(frame, sp - 1);
      case RETURN_VALUE:
        storeI32(frame, FRAME_STATE, 2);
        storeI32(frame, FRAME_SP, sp - 1);
        return slot(frame, sp - 1);
      case RAISE_VARARGS:
        storeI32(frame, FRAME_SP, sp);
        raiseVarargs(frame, sp, arg);
        frame = getRoot(ROOT_FRAME);
        err = 1;
        break;
      case RERAISE: {
        // The handler is looked up at the RERAISE itself, as CPython does (its `lasti`
        // operand only restores the traceback's line, and reraise() adds no traceback entry):
        // looking up at lasti would find this cleanup handler again, forever.
        const exc: Ref = slot(frame, sp - 1);
        sp -= 1;
        reraise(exc);
        err = 1;
        break;
      }
      case PUSH_EXC_INFO: {
        const exc: Ref = slot(frame, sp - 1);
        let prev: Ref = getRoot(ROOT_HANDLED);
        if (prev === 0) prev = getRoot(ROOT_NONE);
        setSlot(frame, sp - 1, prev);
        setSlot(frame, sp, exc);
        sp += 1;
        setRoot(ROOT_HANDLED, exc);
        pc += 1;
        break;
      }
      case POP_EXCEPT: {
        sp -= 1;
        let prev: Ref = slot(frame, sp);
        if (prev === getRoot(ROOT_NONE)) prev = 0;
        setRoot(ROOT_HANDLED, prev);
        pc += 1;
        break;
      }
      case CHECK_EXC_MATCH: {
        const r = checkExcMatch(slot(frame, sp - 2), slot(frame, sp - 1));
        frame = getRoot(ROOT_FRAME);
        if (r < 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp - 1, r === 1 ? getRoot(ROOT_TRUE) : getRoot(ROOT_FALSE));
        pc += 1;
        break;
      }
      case LOAD_ASSERTION_ERROR:
        setSlot(frame, sp, assertionErrorType());
        sp += 1;
        pc += 1;
        break;
      case LOAD_BUILD_CLASS: {
        const v: Ref = loadBuildClass();
        if (v === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case MAKE_FUNCTION: {
        const npop = makeFunctionPops(arg);
        const f: Ref = makeFunction(frame, sp - 1 - npop, arg);
        frame = getRoot(ROOT_FRAME);
        sp -= npop + 1;
        setSlot(frame, sp, f);
        sp += 1;
        pc += 1;
        break;
      }
      case CALL:
      case CALL_KW: {
        storeI32(frame, FRAME_PC, pc);
        const nkw = op === CALL_KW ? 1 : 0;
        const base = sp - arg - 2 - nkw;
        storeI32(frame, FRAME_SP, sp);
        const v: Ref = callFromStack(frame, base, arg, nkw);
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        sp = base;
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case CALL_FUNCTION_EX: {
        storeI32(frame, FRAME_PC, pc);
        const base = sp - 2 - (arg & 1);
        storeI32(frame, FRAME_SP, sp);
        const v: Ref = callEx(frame, base, arg & 1);
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        sp = base;
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case IMPORT_NAME: {
        storeI32(frame, FRAME_PC, pc);
        const m: Ref = importName(frame, nameAt(code, arg), slot(frame, sp - 1), slot(frame, sp - 2));
        frame = getRoot(ROOT_FRAME);
        if (m === 0) {
          err = 1;
          break;
        }
        sp -= 1;
        setSlot(frame, sp - 1, m);
        pc += 1;
        break;
      }
      case IMPORT_STAR: {
        storeI32(frame, FRAME_PC, pc);
        const r: Ref = importStar(frame, slot(frame, sp - 1));
        frame = getRoot(ROOT_FRAME);
        if (r === 0) {
          err = 1;
          break;
        }
        sp -= 1;
        pc += 1;
        break;
      }
      case SETUP_ANNOTATIONS: {
        const r: Ref = setupAnnotations(frame);
        frame = getRoot(ROOT_FRAME);
        if (r === 0) {
          err = 1;
          break;
        }
        pc += 1;
        break;
      }
      case IMPORT_FROM: {
        const v: Ref = importFrom(slot(frame, sp - 1), nameAt(code, arg));
        frame = getRoot(ROOT_FRAME);
        if (v === 0) {
          err = 1;
          break;
        }
        setSlot(frame, sp, v);
        sp += 1;
        pc += 1;
        break;
      }
      case BEFORE_WITH:
      case WITH_EXCEPT_START: {
        // BEFORE_WITH: [mgr] -> [bound __exit__, mgr.__enter__()]
        // WITH_EXCEPT_START: [exit, lasti, prev, exc] -> [..., exit(type(exc), exc, tb)]
        storeI32(frame, FRAME_PC, pc);
        storeI32(frame, FRAME_SP, sp);
        let ok = 0;
        if (op === BEFORE_WITH) ok = beforeWith(frame, sp);
        else ok = withExceptStart(frame, sp);
        frame = getRoot(ROOT_FRAME);
        if (ok === 0) {
          err = 1;
          break;
        }
        sp += 1;
        pc += 1;
        break;
      }
      default:
        storeI32(frame, FRAME_PC, pc);
        unsupportedOpcode(op);
        err = 1;
    }
    if (err !== 0) {
      storeI32(frame, FRAME_SP, sp);
      const handler = unwind(frame, pc);
      frame = getRoot(ROOT_FRAME);
      if (handler < 0) {
        storeI32(frame, FRAME_STATE, 2);
        return 0;
      }
      pc = handler;
      sp = loadI32(frame, FRAME_SP);
    }
  }
}
