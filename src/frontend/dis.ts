// A readable disassembler, in the spirit of CPython's `dis` (not byte-identical):
//
//   2           0 LOAD_FAST                0 (x)
//               1 LOAD_CONST               1 (1)
//               2 BINARY_OP                0 (+)
//          >>   3 RETURN_VALUE
//
// Columns: source line (at the first instruction of each line), `>>` on jump targets, pc,
// opcode name, raw argument, and the argument resolved through the code object (constant
// repr, name, local, cell, jump target `to N`, operator...). How an argument is resolved is
// driven by the opcode table's argKind, so a new opcode needs no change here. Each code
// object's exception table follows its instructions, then nested code objects, recursively.

import { CodeObject } from "./code.js";
import { reprConstant } from "./constants.js";
import {
  AWAIT_WHERE,
  COMPARE_OPS,
  FVC_MASK,
  FVS_HAVE_SPEC,
  MF_ANNOTATIONS,
  MF_CLOSURE,
  MF_DEFAULTS,
  MF_KWDEFAULTS,
  OP_ARG_KINDS,
  OP_NAMES,
  Op,
  binaryOpName,
  instrArg,
  instrOp,
} from "./opcodes.js";

function codeRepr(code: CodeObject): string {
  return `<code object ${code.name}, file "${code.filename}", line ${code.firstlineno}>`;
}

const CONVERSIONS = ["", "str", "repr", "ascii"] as const;
const MAKE_FUNCTION_FLAGS: ReadonlyArray<readonly [number, string]> = [
  [MF_DEFAULTS, "defaults"],
  [MF_KWDEFAULTS, "kwdefaults"],
  [MF_ANNOTATIONS, "annotations"],
  [MF_CLOSURE, "closure"],
];

/** The argument of an instruction resolved for humans, or "" when the raw number says it all. */
export function resolveArg(code: CodeObject, op: number, arg: number): string {
  switch (OP_ARG_KINDS[op]) {
    case "const": {
      const v = code.consts[arg];
      if (v === undefined) return "?";
      return v instanceof CodeObject ? codeRepr(v) : reprConstant(v);
    }
    case "name":
      return code.names[arg] ?? "?";
    case "local":
      return code.varnames[arg] ?? "?";
    case "deref":
      return (arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length]) ?? "?";
    case "jump":
      return `to ${arg}`;
    case "compare":
      return COMPARE_OPS[arg]?.symbol ?? "?";
    case "binop":
      return binaryOpName(arg);
    case "invert":
      if (op === Op.IS_OP) return arg ? "is not" : "is";
      return arg ? "not in" : "in";
    case "unpackEx":
      return `${arg & 0xff} before, ${arg >> 8} after`;
    case "format": {
      const parts: string[] = [];
      if ((arg & FVC_MASK) !== 0) parts.push(CONVERSIONS[arg & FVC_MASK]!);
      if ((arg & FVS_HAVE_SPEC) !== 0) parts.push("with format");
      return parts.join(", ");
    }
    case "makeFunction":
      return MAKE_FUNCTION_FLAGS.filter(([bit]) => (arg & bit) !== 0)
        .map(([, name]) => name)
        .join(", ");
    case "callEx":
      return arg & 1 ? "with kwargs" : "";
    case "awaitWhere":
      return arg === 0 ? "" : AWAIT_WHERE[arg] ?? "?";
    default:
      return "";
  }
}

/** Disassembles one code object's instructions and exception table (no nested code). */
export function disassembleOne(code: CodeObject): string {
  const n = code.instructions.length;
  const targets = new Set<number>();
  for (let pc = 0; pc < n; pc++) {
    const w = code.instructions[pc]!;
    if (OP_ARG_KINDS[instrOp(w)] === "jump") targets.add(instrArg(w));
  }
  for (const e of code.exceptionTable) targets.add(e.handler);
  const pcWidth = Math.max(String(n).length, 3);
  const lines: string[] = [];
  let lastLine = -2;
  for (let pc = 0; pc < n; pc++) {
    const w = code.instructions[pc]!;
    const op = instrOp(w);
    const arg = instrArg(w);
    const lineno = code.lineOf(pc);
    let lineCol = "";
    if (lineno !== lastLine && lineno >= 0) {
      if (pc > 0) lines.push("");
      lineCol = String(lineno);
      lastLine = lineno;
    }
    const marker = targets.has(pc) ? ">>" : "  ";
    let text = `${lineCol.padStart(4)}     ${marker} ${String(pc).padStart(pcWidth)} ${OP_NAMES[op]!}`;
    if (OP_ARG_KINDS[op] !== "none") {
      text = `${text.padEnd(pcWidth + 41)} ${String(arg).padStart(3)}`;
      const resolved = resolveArg(code, op, arg);
      if (resolved !== "") text += ` (${resolved})`;
    }
    lines.push(text.trimEnd());
  }
  if (code.exceptionTable.length > 0) {
    lines.push("ExceptionTable:");
    for (const e of code.exceptionTable) {
      lines.push(`  ${e.start} to ${e.end} -> ${e.handler} [${e.depth}]${e.pushLasti ? " lasti" : ""}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** Disassembles a code object and, after it, every code object nested in its constants. */
export function disassemble(code: CodeObject): string {
  let out = disassembleOne(code);
  for (const c of code.consts) {
    if (c instanceof CodeObject) out += `\nDisassembly of ${codeRepr(c)}:\n${disassemble(c)}`;
  }
  return out;
}
