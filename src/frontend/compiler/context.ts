// The compiler's shared state: the stack of code units (one per scope being compiled), the
// symbol table, the source (for error messages) and the helpers every area of the compiler
// uses: emitting into the current unit, name resolution (LOAD_FAST vs LOAD_DEREF vs
// LOAD_GLOBAL vs LOAD_NAME, from the symbol table), source positions, and SyntaxErrors.
//
// The areas (expressions, statements, functions/classes, comprehensions, patterns,
// exceptions/with) are free functions `compileX(c, node)` in their own files taking this
// context; none keeps state of its own.

import type * as A from "../ast-table.js";
import type { CodeObject } from "../code.js";
import { Op } from "../opcodes.js";
import { mangle, Scope, type Block, type SymbolTable } from "../symtable.js";
import { InternalCompilerError, SourceInfo, type Loc } from "./diagnostics.js";
import { CodeUnit, Label, NO_POSITION, type FBlock, type FBlockKind, type Position, type ScopeKind } from "./unit.js";

export type NameCtx = "Load" | "Store" | "Del";

interface NameOps {
  readonly Load: number;
  readonly Store: number;
  readonly Del: number;
}

const FAST_OPS: NameOps = { Load: Op.LOAD_FAST, Store: Op.STORE_FAST, Del: Op.DELETE_FAST };
const DEREF_OPS: NameOps = { Load: Op.LOAD_DEREF, Store: Op.STORE_DEREF, Del: Op.DELETE_DEREF };
const GLOBAL_OPS: NameOps = { Load: Op.LOAD_GLOBAL, Store: Op.STORE_GLOBAL, Del: Op.DELETE_GLOBAL };
const NAME_OPS: NameOps = { Load: Op.LOAD_NAME, Store: Op.STORE_NAME, Del: Op.DELETE_NAME };

export class Compiler {
  private readonly units: CodeUnit[] = [];
  u!: CodeUnit;
  /** Line of the last `from __future__ import` at the top of the module (0: none). */
  futureLineno = 0;

  constructor(
    readonly info: SourceInfo,
    readonly symtable: SymbolTable,
    readonly futureFlags: number,
  ) {}

  get filename(): string {
    return this.info.filename;
  }

  error(msg: string, loc: Loc | null): never {
    throw this.info.error(msg, loc);
  }

  // ---- units

  blockOf(node: object): Block {
    const b = this.symtable.blocks.get(node);
    if (b === undefined) throw new InternalCompilerError("no symbol table block for a scope node");
    return b;
  }

  enterUnit(node: object, kind: ScopeKind, name: string, firstlineno: number): CodeUnit {
    const block = this.blockOf(node);
    const parent = this.units.length > 0 ? this.u : null;
    const qualname = parent === null ? name : this.qualnameFor(parent, kind, name);
    const privateName = kind === "class" ? name : parent?.privateName ?? null;
    const unit = new CodeUnit(block, kind, name, qualname, firstlineno, privateName);
    this.units.push(unit);
    this.u = unit;
    return unit;
  }

  exitUnit(): void {
    this.units.pop();
    this.u = this.units[this.units.length - 1]!;
  }

  get parentUnit(): CodeUnit | null {
    return this.units.length > 1 ? this.units[this.units.length - 2]! : null;
  }

  get depth(): number {
    return this.units.length;
  }

  private qualnameFor(parent: CodeUnit, kind: ScopeKind, name: string): string {
    if (kind === "function" || kind === "async_function" || kind === "class") {
      const scope = parent.block.scopeOf(mangle(parent.privateName, name));
      if (scope === Scope.GLOBAL_EXPLICIT) return name;
    }
    if (parent.scopeKind === "module") return name;
    const isFunctionLike = parent.scopeKind === "function" || parent.scopeKind === "async_function" || parent.scopeKind === "lambda";
    return isFunctionLike ? `${parent.qualname}.<locals>.${name}` : `${parent.qualname}.${name}`;
  }

  // ---- emitting

  emit(op: number, arg = 0): void {
    this.u.emit(op, arg);
  }

  emitJump(op: number, target: Label): void {
    this.u.emitJump(op, target);
  }

  /** The last instruction, when what is emitted next follows it in one basic block (unit.ts). */
  lastInBlock(): { op: number; arg: number } | null {
    return this.u.lastInBlock();
  }

  /** A forward jump after a body, left out when the body cannot fall through (it returned). */
  jumpForwardIfReachable(target: Label): void {
    if (!this.u.lastIsTerminator()) this.u.emitJump(Op.JUMP_FORWARD, target);
  }

  newLabel(): Label {
    return new Label();
  }

  place(label: Label): void {
    this.u.placeLabel(label);
  }

  loadConst(value: Parameters<CodeUnit["addConst"]>[0]): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(value));
  }

  /** Emits an instruction naming `name` in co_names, private-mangled (as CPython's ADDOP_NAME). */
  emitName(op: number, name: string): void {
    this.emit(op, this.u.addName(this.mangle(name)));
  }

  /** Runs `body` with the unit's source position set to `node` (restored afterwards). */
  at<T>(node: Loc | null, body: () => T): T {
    const saved = this.u.pos;
    this.u.pos = node === null ? NO_POSITION : positionOf(node);
    try {
      return body();
    } finally {
      this.u.pos = saved;
    }
  }

  setPosition(node: Loc | null): void {
    this.u.pos = node === null ? NO_POSITION : positionOf(node);
  }

  get position(): Position {
    return this.u.pos;
  }

  set position(p: Position) {
    this.u.pos = p;
  }

  // ---- names

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  /** Loads, stores or deletes a variable, choosing the opcode family from its scope. */
  nameOp(name: string, ctx: NameCtx): void {
    if (name === "__debug__") {
      // Always true without -O; a constant, as CPython's AST optimizer makes it.
      if (ctx === "Load") return this.loadConst(true);
      const [lineno, col, endLineno, endCol] = this.u.pos;
      const what = ctx === "Store" ? "assign to" : "delete";
      this.error(`cannot ${what} __debug__`, { lineno, col_offset: col, end_lineno: endLineno, end_col_offset: endCol });
    }
    const mangled = this.mangle(name);
    const u = this.u;
    const scope = u.block.scopeOf(mangled);
    const inFunction = u.block.type === "function";
    switch (scope) {
      case Scope.FREE:
      case Scope.CELL: {
        const index = u.derefIndex(mangled, scope === Scope.CELL);
        const op = ctx === "Load" && u.block.type === "class" ? Op.LOAD_CLASSDEREF : DEREF_OPS[ctx];
        this.emit(op, index);
        return;
      }
      case Scope.LOCAL:
        if (inFunction) {
          this.emit(FAST_OPS[ctx], u.addVarname(mangled));
          return;
        }
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (inFunction) {
          this.emitName(GLOBAL_OPS[ctx], mangled);
          return;
        }
        break;
      case Scope.GLOBAL_EXPLICIT:
        this.emitName(GLOBAL_OPS[ctx], mangled);
        return;
      case Scope.UNKNOWN:
        break;
    }
    this.emitName(NAME_OPS[ctx], mangled);
  }

  // ---- frame blocks

  pushFBlock(kind: FBlockKind, start: Label | null, exit: Label | null, datum: unknown = null): FBlock {
    const fb: FBlock = { kind, start, exit, datum };
    this.u.fblocks.push(fb);
    return fb;
  }

  popFBlock(kind: FBlockKind): void {
    const fb = this.u.fblocks.pop();
    if (fb === undefined || fb.kind !== kind) throw new InternalCompilerError(`fblock mismatch: expected ${kind}, got ${fb?.kind}`);
  }

  // ---- scope questions

  get scopeKind(): ScopeKind {
    return this.u.scopeKind;
  }

  assembleUnit(flags: number): CodeObject {
    return this.u.assemble(this.filename, flags);
  }
}

export function positionOf(node: Loc): Position {
  return [node.lineno, node.col_offset, node.end_lineno ?? node.lineno, node.end_col_offset ?? node.col_offset];
}

export type { A };
