// The bytecode instruction set: ONE table, everything else derives from it.
//
// Each row of OPCODE_TABLE says what an opcode is called, what its argument means (argKind),
// how it changes the value stack (stackEffect), how it affects control flow (flags) and what it
// does (doc). The `Op` numbering, `OP_NAMES`, `opStackEffect`, the compiler's max-stack walk and
// the disassembler are derived from the rows; the eval loop's dispatch array will be too. There
// is no second list to keep in sync (Wren's wren_opcodes.h, LuaJIT's IRDEF).
//
// Encoding. A code object's instructions are one Uint32Array; word = opcode | arg << 8, so an
// instruction is one load, the opcode is `w & 0xff` and the argument `w >>> 8` (0 .. 2^24-1).
// pc is an instruction index; jump arguments are absolute pcs. There is no EXTENDED_ARG (an
// argument that does not fit is an internal compiler error, not a prefix instruction) and no
// inline caches in the stream (CPython 3.11's CACHE entries serve its specializer; our caches
// will live beside the code object, indexed by pc). This keeps the green key of a trace simply
// (code object, pc) and lets the tracing JIT read the bytecode as a flat array.
//
// The set is CPython 3.11's where that is sane, simplified where its quirks only serve the
// specializer or C calling conventions:
//   * no PRECALL/KW_NAMES/RESUME/CACHE/EXTENDED_ARG/RETURN_GENERATOR/COPY_FREE_VARS/MAKE_CELL:
//     generator creation, cell creation and copying free variables happen at frame setup,
//     driven by the code object's flags, cellvars and freevars. A generator/coroutine frame
//     starts at pc 0 with an empty stack (the first send's None is not pushed); after a
//     YIELD_VALUE, the sent value replaces the yielded one on TOS;
//   * calls: the callee sits below a `self_or_null` slot, `[callable, self_or_null, args...]`
//     -> CALL n. LOAD_METHOD pushes (method, self) or (attribute, NULL); a plain call pushes
//     the function then PUSH_NULL. CALL_KW n takes a constant tuple of keyword names on top.
//     CALL_FUNCTION_EX takes `[callable, args_tuple, kwargs_dict?]`.
//   * deref arguments index cellvars ++ freevars (the cell/free area of the frame);
//   * unary operators are separate opcodes, binary ones one BINARY_OP with an operator argument
//     (BINARY_OPS below), comparisons one COMPARE_OP (COMPARE_OPS);
//   * only JUMP_BACKWARD (and JUMP_BACKWARD_NO_INTERRUPT, used by `yield from`/`await` loops
//     that are not user loops) may jump backwards. Every loop's back edge is a JUMP_BACKWARD,
//     so it is where the interpreter counts hotness and the JIT's loop headers are exactly its
//     targets. All conditional jumps go forward.
//
// Exceptions are "zero-cost" as in 3.11: no block stack at run time; a code object has an
// exception table of ranges [start, end) -> (handler pc, stack depth, push lasti?). The
// compiler marks try regions with the PSEUDO opcodes SETUP_FINALLY / SETUP_CLEANUP /
// SETUP_WITH / POP_BLOCK, which exist only between the compiler and the assembler: the
// max-stack walk treats a SETUP as a branch to its handler (with the values the unwinder
// pushes), then the assembler turns the regions into the table and drops the pseudo-ops.
//
// Stack effects are exact: for opcodes that branch, `stackEffect(arg, jumpTaken)` gives the
// effect along the taken and the fall-through edge. The compiler's depth walk fails loudly on
// a join with two different depths (a compiler bug, never the user's).

/** What an instruction's argument means (for the disassembler, and as documentation). */
export type ArgKind =
  | "none"
  | "const" // index into consts
  | "name" // index into names
  | "local" // index into varnames (fast locals)
  | "deref" // index into cellvars ++ freevars
  | "jump" // absolute target pc
  | "count" // a number of stack items / a depth
  | "compare" // index into COMPARE_OPS
  | "binop" // index into BINARY_OPS (+ BINARY_OPS.length for the in-place form)
  | "invert" // 0 or 1: `is not` / `not in`
  | "unpackEx" // before | after << 8
  | "format" // FORMAT_VALUE flags: conversion (FVC_*) | FVS_HAVE_SPEC
  | "makeFunction" // MAKE_FUNCTION flags (MF_*)
  | "callEx" // 1 when a kwargs mapping is on the stack
  | "awaitWhere" // 0 await, 1 after __aenter__, 2 after __aexit__
  | "reraise" // 1: set the frame's lasti from the stack before re-raising
  | "raise"; // RAISE_VARARGS: 0 re-raise, 1 exc, 2 exc from cause

/** Control-flow flags of an opcode. */
export const enum OpFlag {
  None = 0,
  /** The argument is a jump target pc. */
  JUMP = 1 << 0,
  /** A branch that may also fall through to pc + 1. */
  CONDITIONAL = 1 << 1,
  /** Never falls through to pc + 1 (returns, raises, unconditional jumps). */
  TERMINATOR = 1 << 2,
  /** Jumps backwards: the loop back edge where hotness is counted. */
  BACKWARD = 1 << 3,
  /** Compiler-only; removed by the assembler, never in a code object. */
  PSEUDO = 1 << 4,
  /** Marks the start of a try region (the jump target is its handler). */
  SETUP = 1 << 5,
  /**
   * An interpreter superinstruction: the loader (src/interp/quicken.ts) puts it in place of the
   * first of the two instructions its name joins (A__B), and the eval loop then runs both and
   * goes on after the second, which stays as it was (jumps to it still work). Never emitted by
   * the compiler, never in the frontend's code objects (dis shows what the compiler made).
   */
  SUPER = 1 << 6,
}

export type StackEffect = number | ((arg: number, jumpTaken: boolean) => number);

export interface OpcodeDef {
  readonly name: string;
  readonly argKind: ArgKind;
  readonly stackEffect: StackEffect;
  readonly flags: number;
  readonly doc: string;
}

const J = OpFlag.JUMP;
const COND = OpFlag.CONDITIONAL;
const TERM = OpFlag.TERMINATOR;
const BACK = OpFlag.BACKWARD;
const PSEUDO = OpFlag.PSEUDO;
const SETUP = OpFlag.SETUP;
const SUPER = OpFlag.SUPER;

function row(name: string, argKind: ArgKind, stackEffect: StackEffect, flags: number, doc: string): OpcodeDef {
  return { name, argKind, stackEffect, flags, doc };
}

/** Makes a branch's effect: `taken` along the jump, `fallThrough` otherwise. */
const branch = (taken: number, fallThrough: number) => (_arg: number, jump: boolean) => (jump ? taken : fallThrough);

export const OPCODE_TABLE = [
  // ---- stack manipulation
  row("NOP", "none", 0, 0, "Does nothing."),
  row("POP_TOP", "none", -1, 0, "Pops TOS."),
  row("PUSH_NULL", "none", 1, 0, "Pushes NULL (the empty self slot of a call)."),
  row("COPY", "count", 1, 0, "Pushes a copy of the i-th item (1 = TOS)."),
  row("SWAP", "count", 0, 0, "Swaps TOS with the i-th item (2 = the one below TOS)."),

  // ---- constants and variables
  row("LOAD_CONST", "const", 1, 0, "Pushes consts[i]."),
  row("LOAD_FAST", "local", 1, 0, "Pushes local i; UnboundLocalError if unbound."),
  row("STORE_FAST", "local", -1, 0, "Pops into local i."),
  row("DELETE_FAST", "local", 0, 0, "Unbinds local i; UnboundLocalError if unbound."),
  row("LOAD_DEREF", "deref", 1, 0, "Pushes the contents of cell i; NameError/UnboundLocalError if empty."),
  row("LOAD_CLASSDEREF", "deref", 1, 0, "Class bodies: the locals mapping's entry if present, else cell i."),
  row("STORE_DEREF", "deref", -1, 0, "Pops into cell i."),
  row("DELETE_DEREF", "deref", 0, 0, "Empties cell i."),
  row("LOAD_CLOSURE", "deref", 1, 0, "Pushes cell i itself (to build a closure tuple)."),
  row("LOAD_NAME", "name", 1, 0, "Pushes names[i] looked up in locals, globals, builtins."),
  row("STORE_NAME", "name", -1, 0, "Pops into the locals mapping under names[i]."),
  row("DELETE_NAME", "name", 0, 0, "Deletes names[i] from the locals mapping."),
  row("LOAD_GLOBAL", "name", 1, 0, "Pushes names[i] looked up in globals, then builtins."),
  row("STORE_GLOBAL", "name", -1, 0, "Pops into globals under names[i]."),
  row("DELETE_GLOBAL", "name", 0, 0, "Deletes names[i] from globals."),

  // ---- attributes and subscripts
  row("LOAD_ATTR", "name", 0, 0, "TOS = getattr(TOS, names[i])."),
  row("STORE_ATTR", "name", -2, 0, "setattr(TOS, names[i], TOS1); pops both."),
  row("DELETE_ATTR", "name", -1, 0, "delattr(TOS, names[i])."),
  row("LOAD_METHOD", "name", 1, 0, "obj -> (method, obj) for an unbound method found on the type, else (getattr(obj, name), NULL)."),
  row("BINARY_SUBSCR", "none", -1, 0, "TOS = TOS1[TOS]."),
  row("STORE_SUBSCR", "none", -3, 0, "TOS1[TOS] = TOS2; pops three."),
  row("DELETE_SUBSCR", "none", -2, 0, "del TOS1[TOS]."),
  row("BUILD_SLICE", "count", (n) => 1 - n, 0, "slice(TOS1, TOS) or slice(TOS2, TOS1, TOS) for n = 2 / 3."),

  // ---- operators
  row("UNARY_POSITIVE", "none", 0, 0, "TOS = +TOS."),
  row("UNARY_NEGATIVE", "none", 0, 0, "TOS = -TOS."),
  row("UNARY_NOT", "none", 0, 0, "TOS = not TOS."),
  row("UNARY_INVERT", "none", 0, 0, "TOS = ~TOS."),
  row("BINARY_OP", "binop", -1, 0, "TOS = TOS1 <op> TOS, op = BINARY_OPS[i] (in-place forms from BINARY_OPS.length on)."),
  row("COMPARE_OP", "compare", -1, 0, "TOS = TOS1 <cmp> TOS, cmp = COMPARE_OPS[i] (rich comparisons only)."),
  row("IS_OP", "invert", -1, 0, "TOS = TOS1 is TOS (is not when i = 1)."),
  row("CONTAINS_OP", "invert", -1, 0, "TOS = TOS1 in TOS (not in when i = 1)."),

  // ---- building containers and strings
  row("BUILD_TUPLE", "count", (n) => 1 - n, 0, "Pops n items into a tuple."),
  row("BUILD_LIST", "count", (n) => 1 - n, 0, "Pops n items into a list."),
  row("BUILD_SET", "count", (n) => 1 - n, 0, "Pops n items into a set."),
  row("BUILD_MAP", "count", (n) => 1 - 2 * n, 0, "Pops n key/value pairs (key below value) into a dict."),
  row("BUILD_CONST_KEY_MAP", "count", (n) => -n, 0, "Pops a tuple of n keys (TOS) and n values into a dict."),
  row("BUILD_STRING", "count", (n) => 1 - n, 0, "Concatenates n strings."),
  row("LIST_APPEND", "count", -1, 0, "Pops TOS and appends it to the list that is then the i-th item (1 = TOS)."),
  row("SET_ADD", "count", -1, 0, "Pops TOS and adds it to the set that is then the i-th item."),
  row("MAP_ADD", "count", -2, 0, "Pops TOS1 (key) and TOS (value) into the dict that is then the i-th item."),
  row("LIST_EXTEND", "count", -1, 0, "Pops TOS (an iterable) into the list that is then the i-th item."),
  row("SET_UPDATE", "count", -1, 0, "Pops TOS (an iterable) into the set that is then the i-th item."),
  row("DICT_UPDATE", "count", -1, 0, "Pops TOS (a mapping) into the dict that is then the i-th item."),
  row("DICT_MERGE", "count", -1, 0, "Like DICT_UPDATE, but TypeError on duplicate keys (for **kwargs)."),
  row("LIST_TO_TUPLE", "none", 0, 0, "TOS = tuple(TOS) for a list."),
  row("UNPACK_SEQUENCE", "count", (n) => n - 1, 0, "Pops an iterable of exactly n items; pushes them, first item on top."),
  row("UNPACK_EX", "unpackEx", (a) => (a & 0xff) + (a >> 8), 0, "Starred unpack: before | after << 8; pushes after items, a list, before items (first on top)."),
  row("FORMAT_VALUE", "format", (a) => ((a & FVS_HAVE_SPEC) !== 0 ? -1 : 0), 0, "f-string field: converts (FVC_*) and formats TOS (with a spec below it when FVS_HAVE_SPEC)."),

  // ---- control flow
  row("JUMP_FORWARD", "jump", 0, J | TERM, "Jumps to the (later) target."),
  row("JUMP_BACKWARD", "jump", 0, J | TERM | BACK, "Loop back edge: counts hotness (a JIT loop header is its target) and jumps back."),
  row("JUMP_BACKWARD_NO_INTERRUPT", "jump", 0, J | TERM | BACK, "Back edge of an internal send/await loop; not a user loop, no hotness counting."),
  row("POP_JUMP_IF_FALSE", "jump", -1, J | COND, "Pops TOS; jumps if false."),
  row("POP_JUMP_IF_TRUE", "jump", -1, J | COND, "Pops TOS; jumps if true."),
  row("POP_JUMP_IF_NONE", "jump", -1, J | COND, "Pops TOS; jumps if it is None."),
  row("POP_JUMP_IF_NOT_NONE", "jump", -1, J | COND, "Pops TOS; jumps if it is not None."),
  row("JUMP_IF_FALSE_OR_POP", "jump", branch(0, -1), J | COND, "Jumps keeping TOS if false; else pops it."),
  row("JUMP_IF_TRUE_OR_POP", "jump", branch(0, -1), J | COND, "Jumps keeping TOS if true; else pops it."),

  // ---- iteration, generators, coroutines
  row("GET_ITER", "none", 0, 0, "TOS = iter(TOS)."),
  row("FOR_ITER", "jump", branch(-1, 1), J | COND, "Pushes next(TOS); when exhausted pops the iterator and jumps."),
  row("GET_YIELD_FROM_ITER", "none", 0, 0, "TOS = iter(TOS), unless TOS is a generator/coroutine (as `yield from` wants)."),
  row("GET_AWAITABLE", "awaitWhere", 0, 0, "TOS = the awaitable's iterator (__await__)."),
  row("GET_AITER", "none", 0, 0, "TOS = TOS.__aiter__()."),
  row("GET_ANEXT", "none", 1, 0, "Pushes the awaitable of TOS.__anext__() (keeps the async iterator)."),
  row("END_ASYNC_FOR", "none", -2, 0, "Exception handler of `async for`: StopAsyncIteration ends the loop (pops it and the iterator), others re-raise."),
  row("SEND", "jump", branch(-1, 0), J | COND, "[receiver, value]: sends value; a yielded value replaces TOS; on return pops both, pushes the result and jumps."),
  row("YIELD_VALUE", "none", 0, 0, "Suspends the frame yielding TOS; resumes with the sent value as TOS."),
  row("ASYNC_GEN_WRAP", "none", 0, 0, "Wraps TOS so an async generator's `yield` is told apart from an await's yield."),
  row("RETURN_VALUE", "none", -1, TERM, "Returns TOS from the frame."),

  // ---- exceptions
  row("RAISE_VARARGS", "raise", (n) => -n, TERM, "raise (n = 0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS)."),
  row("RERAISE", "reraise", -1, TERM, "Re-raises TOS; with i > 0 first sets the frame's lasti from the item at depth i + 1 (1 = TOS)."),
  row("PUSH_EXC_INFO", "none", 1, 0, "Handler entry: [exc] -> [previous handled exception, exc]; exc becomes the handled one."),
  row("POP_EXCEPT", "none", -1, 0, "Handler exit: pops the saved previous exception and restores it as the handled one."),
  row("CHECK_EXC_MATCH", "none", 0, 0, "[exc, type] -> [exc, isinstance(exc, type)]."),
  row("CHECK_EG_MATCH", "none", 0, 0, "except*: [eg, type] -> [rest, match] (match None when nothing matched)."),
  row("PREP_RERAISE_STAR", "none", -1, 0, "except*: [original, list of raised] -> the exception group to re-raise, or None."),
  row("LOAD_ASSERTION_ERROR", "none", 1, 0, "Pushes AssertionError."),
  row("BEFORE_WITH", "none", 1, 0, "[mgr] -> [bound __exit__, mgr.__enter__()]."),
  row("BEFORE_ASYNC_WITH", "none", 1, 0, "[mgr] -> [bound __aexit__, awaitable of mgr.__aenter__()]."),
  row("WITH_EXCEPT_START", "none", 1, 0, "[exit, lasti, prev, exc] -> [..., exit(type(exc), exc, tb)]."),

  // ---- functions, classes, modules
  row("MAKE_FUNCTION", "makeFunction", (f) => -popcount(f & 0xf), 0, "Pops the code object (TOS) and, by MF_* flags, closure, annotations, kw-defaults, defaults (pushed in that order below it); pushes a function."),
  row("CALL", "count", (n) => -(n + 1), 0, "[callable, self_or_null, n args] -> result; a non-NULL self_or_null is passed as the first argument (also used as `f(x)` with x in that slot, for decorators, comprehensions and __exit__)."),
  row("CALL_KW", "count", (n) => -(n + 2), 0, "[callable, self_or_null, n args, kwnames tuple]; the last len(kwnames) args are keywords."),
  row("CALL_FUNCTION_EX", "callEx", (f) => -1 - (f & 1), 0, "[callable, args iterable (a tuple when built here), kwargs mapping if i & 1] -> result."),
  row("LOAD_BUILD_CLASS", "none", 1, 0, "Pushes builtins.__build_class__."),
  row("SETUP_ANNOTATIONS", "none", 0, 0, "Creates __annotations__ in the locals mapping if missing."),
  row("IMPORT_NAME", "name", -1, 0, "[level, fromlist] -> __import__(names[i], globals, locals, fromlist, level)."),
  row("IMPORT_FROM", "name", 1, 0, "Pushes TOS.names[i] (falls back to sys.modules for submodules)."),
  row("IMPORT_STAR", "none", -1, 0, "from TOS import *, into the locals mapping."),
  row("PRINT_EXPR", "none", -1, 0, "Interactive mode: sys.displayhook(TOS)."),

  // ---- pattern matching
  row("MATCH_CLASS", "count", -2, 0, "[subject, cls, kwnames] -> tuple of i positional + the keyword attributes, or None."),
  row("MATCH_MAPPING", "none", 1, 0, "Pushes whether TOS is a mapping (for `case {...}`)."),
  row("MATCH_SEQUENCE", "none", 1, 0, "Pushes whether TOS is a sequence (for `case [...]`)."),
  row("MATCH_KEYS", "none", 1, 0, "[subject, keys] -> [subject, keys, tuple of values or None]."),
  row("GET_LEN", "none", 1, 0, "Pushes len(TOS)."),

  // ---- superinstructions (the interpreter's loader makes them from pairs; argument: the first's)
  row("LOAD_FAST__LOAD_FAST", "local", 2, SUPER, "LOAD_FAST i, then the next instruction's LOAD_FAST."),
  row("LOAD_FAST__LOAD_CONST", "local", 2, SUPER, "LOAD_FAST i, then the next instruction's LOAD_CONST."),
  row("STORE_FAST__LOAD_FAST", "local", 0, SUPER, "STORE_FAST i, then the next instruction's LOAD_FAST."),
  row("LOAD_FAST__LOAD_ATTR", "local", 1, SUPER, "LOAD_FAST i, then the next instruction's LOAD_ATTR when its cache answers."),

  // ---- pseudo-ops (compiler to assembler only)
  row("SETUP_FINALLY", "jump", branch(1, 0), J | COND | PSEUDO | SETUP, "Try region start; handler gets [..., exc]."),
  row("SETUP_CLEANUP", "jump", branch(2, 0), J | COND | PSEUDO | SETUP, "Try region start; handler gets [..., lasti, exc]."),
  row("SETUP_WITH", "jump", branch(1, 0), J | COND | PSEUDO | SETUP, "With-body start (enter result on TOS); handler gets [..., exit, lasti, exc]."),
  row("POP_BLOCK", "none", 0, PSEUDO, "Ends the innermost try region."),
] as const satisfies readonly OpcodeDef[];

function popcount(x: number): number {
  let n = 0;
  for (; x !== 0; x &= x - 1) n++;
  return n;
}

type OpName = (typeof OPCODE_TABLE)[number]["name"];

/** Opcode numbers by name: Op.LOAD_FAST is the row index of LOAD_FAST. */
export const Op = Object.freeze(
  Object.fromEntries(OPCODE_TABLE.map((r, i) => [r.name, i])) as { readonly [K in OpName]: number },
);

export const OP_COUNT = OPCODE_TABLE.length;
export const OP_NAMES: readonly string[] = OPCODE_TABLE.map((r) => r.name);
export const OP_FLAGS: Uint8Array = Uint8Array.from(OPCODE_TABLE, (r) => r.flags);
export const OP_ARG_KINDS: readonly ArgKind[] = OPCODE_TABLE.map((r) => r.argKind);

/** The number of real (non-pseudo) opcodes; they are numbered first, 0 .. OP_REAL_COUNT-1. */
export const OP_REAL_COUNT = OPCODE_TABLE.filter((r) => (r.flags & PSEUDO) === 0).length;

export function opHasFlag(op: number, flag: OpFlag): boolean {
  return (OP_FLAGS[op]! & flag) !== 0;
}

/** The stack effect of `op` with `arg` along the taken (jump) or fall-through edge. */
export function opStackEffect(op: number, arg: number, jumpTaken: boolean): number {
  const effect = OPCODE_TABLE[op]!.stackEffect;
  return typeof effect === "number" ? effect : effect(arg, jumpTaken);
}

// ---- instruction words

export const ARG_BITS = 24;
export const MAX_ARG = (1 << ARG_BITS) - 1;

export function encodeInstr(op: number, arg: number): number {
  return (op | (arg << 8)) >>> 0;
}
export function instrOp(word: number): number {
  return word & 0xff;
}
export function instrArg(word: number): number {
  return word >>> 8;
}

// ---- operator argument tables

/** BINARY_OP's argument: index into this table; in-place forms are index + BINARY_OPS.length. */
export const BINARY_OPS = [
  { ast: "Add", symbol: "+" },
  { ast: "Sub", symbol: "-" },
  { ast: "Mult", symbol: "*" },
  { ast: "MatMult", symbol: "@" },
  { ast: "Div", symbol: "/" },
  { ast: "FloorDiv", symbol: "//" },
  { ast: "Mod", symbol: "%" },
  { ast: "Pow", symbol: "**" },
  { ast: "LShift", symbol: "<<" },
  { ast: "RShift", symbol: ">>" },
  { ast: "BitAnd", symbol: "&" },
  { ast: "BitOr", symbol: "|" },
  { ast: "BitXor", symbol: "^" },
] as const;

export function binaryOpName(arg: number): string {
  const n = BINARY_OPS.length;
  return arg < n ? BINARY_OPS[arg]!.symbol : `${BINARY_OPS[arg - n]!.symbol}=`;
}

/** COMPARE_OP's argument (identity and membership have IS_OP / CONTAINS_OP). */
export const COMPARE_OPS = [
  { ast: "Lt", symbol: "<" },
  { ast: "LtE", symbol: "<=" },
  { ast: "Eq", symbol: "==" },
  { ast: "NotEq", symbol: "!=" },
  { ast: "Gt", symbol: ">" },
  { ast: "GtE", symbol: ">=" },
] as const;

// FORMAT_VALUE flags
export const FVC_MASK = 0x3;
export const FVC_NONE = 0x0;
export const FVC_STR = 0x1;
export const FVC_REPR = 0x2;
export const FVC_ASCII = 0x3;
export const FVS_HAVE_SPEC = 0x4;

// MAKE_FUNCTION flags (the values below the code object, pushed in increasing flag order)
export const MF_DEFAULTS = 0x1;
export const MF_KWDEFAULTS = 0x2;
export const MF_ANNOTATIONS = 0x4;
export const MF_CLOSURE = 0x8;

/** GET_AWAITABLE's argument: where the await is (for error messages). */
export const AWAIT_WHERE = ["await", "__aenter__", "__aexit__"] as const;
