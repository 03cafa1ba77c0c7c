/*
 * exceptions.ts — the builtin exception hierarchy (one table) and raising from residual code.
 *
 * All exception instances share the layout py.Exception and carry their type; `args` is a
 * tuple. The traceback is a RefArray of tagged ints, (code id, line) pairs appended as the
 * exception leaves each frame (innermost first), printed by traceback.ts.
 */

import { allocFixed, initRef, loadRef, storeRef } from "../gc/index.js";
import { EXC_ARGS, EXC_TYPE, L_EXCEPTION } from "./layouts.js";
import { newStr } from "./objects/str.js";
import { newTuple, tupleGet, tupleLen } from "./objects/tuple.js";
import { errorHooks, throwPy } from "./state.js";
import { T_OBJECT, type TypeDesc, defineType, isSubtype } from "./types.js";

/** [name, base name] in an order where every base comes first (CPython 3.11's hierarchy). */
const HIERARCHY: readonly (readonly [string, string])[] = [
  ["BaseException", "object"],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["StopAsyncIteration", "Exception"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["UserWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["EncodingWarning", "Warning"],
];

export const EXC: Record<string, TypeDesc> = {};
for (const [name, base] of HIERARCHY) EXC[name] = defineType(name, base === "object" ? T_OBJECT : EXC[base]!);

export const E = {
  BaseException: EXC.BaseException!,
  Exception: EXC.Exception!,
  SystemExit: EXC.SystemExit!,
  StopIteration: EXC.StopIteration!,
  GeneratorExit: EXC.GeneratorExit!,
  ZeroDivisionError: EXC.ZeroDivisionError!,
  OverflowError: EXC.OverflowError!,
  AssertionError: EXC.AssertionError!,
  AttributeError: EXC.AttributeError!,
  IndexError: EXC.IndexError!,
  KeyError: EXC.KeyError!,
  MemoryError: EXC.MemoryError!,
  NameError: EXC.NameError!,
  UnboundLocalError: EXC.UnboundLocalError!,
  NotImplementedError: EXC.NotImplementedError!,
  RecursionError: EXC.RecursionError!,
  RuntimeError: EXC.RuntimeError!,
  TypeError: EXC.TypeError!,
  ValueError: EXC.ValueError!,
  ImportError: EXC.ImportError!,
  ModuleNotFoundError: EXC.ModuleNotFoundError!,
};

export function isExceptionType(t: TypeDesc): boolean {
  return isSubtype(t, E.BaseException);
}

/** A new exception instance of type t with the given args (a tuple is built). */
export function newException(t: TypeDesc, args: readonly number[]): number {
  const tup = newTuple(args);
  const e = allocFixed(L_EXCEPTION);
  initRef(e, EXC_TYPE, t.ref);
  initRef(e, EXC_ARGS, tup);
  return e;
}

export function excArgs(e: number): number {
  return loadRef(e, EXC_ARGS);
}

export function setExcArgs(e: number, args: number): void {
  storeRef(e, EXC_ARGS, args);
}

/** The single argument of a one-arg exception, or 0. */
export function excFirstArg(e: number): number {
  const a = loadRef(e, EXC_ARGS);
  return tupleLen(a) >= 1 ? tupleGet(a, 0) : 0;
}

/** OSError(errno, strerror, ...) picks the subclass for the errno, as CPython's OSError.__new__. */
const ERRNO_SUBCLASS: Record<number, string> = {
  1: "PermissionError", 2: "FileNotFoundError", 3: "ProcessLookupError", 4: "InterruptedError",
  10: "ChildProcessError", 11: "BlockingIOError", 13: "PermissionError", 17: "FileExistsError",
  20: "NotADirectoryError", 21: "IsADirectoryError", 32: "BrokenPipeError", 103: "ConnectionAbortedError",
  104: "ConnectionResetError", 110: "TimeoutError", 111: "ConnectionRefusedError", 114: "BlockingIOError",
  115: "BlockingIOError",
};

/** Calling a builtin exception class: a new instance (OSError may become a subclass). */
export function constructException(t: TypeDesc, args: readonly number[]): number {
  if (t === EXC.OSError && args.length >= 2 && (args[0]! & 1) === 1) {
    const sub = ERRNO_SUBCLASS[args[0]! >> 1];
    if (sub !== undefined) return newException(EXC[sub]!, args);
  }
  return newException(t, args);
}

/** Residual code: raise t(msg). Never returns. */
export function raise(t: TypeDesc, msg: string): never {
  throwPy(newException(t, [newStr(msg)]));
}

export function raiseWith(t: TypeDesc, arg: number): never {
  throwPy(newException(t, [arg]));
}

errorHooks.memoryError = () => newException(E.MemoryError, []);
errorHooks.recursionError = () => newException(E.RecursionError, [newStr("maximum recursion depth exceeded")]);
