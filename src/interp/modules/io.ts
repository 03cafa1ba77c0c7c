/*
 * io.ts — file objects: open(), io.StringIO / io.BytesIO, sys.stdin/stdout/stderr, and the
 * `io` module. A file object is a small heap object (one layout per Python type) holding the
 * index of its JS-side Stream (streams.ts), which has no heap references, so file methods need
 * no rooting beyond the arguments they read before any allocation.
 *
 * Types follow CPython's names: TextIOWrapper (text files, sys streams), BufferedReader /
 * BufferedWriter / BufferedRandom (binary files by mode), StringIO, BytesIO. Methods live in
 * one table on a shared base type; `__getattr__` serves the data attributes (name, mode,
 * closed, encoding), `__repr__` CPython's repr.
 */

import { allocFixed, isTaggedInt, loadI32, storeI32 } from "../../gc/index.js";
import { callObject } from "../call.js";
import { E, EXC, newException, raise } from "../exceptions.js";
import { isFile as vfsIsFile } from "../fs.js";
import * as L from "../layouts.js";
import { defineBuiltinModule, functionTable, sysAttr } from "../modules.js";
import { bytesData, newBytes } from "../objects/bytes.js";
import { intValue, isIntLike, layoutOf, newInt } from "../objects/int.js";
import { newListFrom } from "../objects/list.js";
import { newStr, strToJs } from "../objects/str.js";
import { getAttrSlow } from "../ops/attrs.js";
import { iterToArray } from "../ops/iter.js";
import { reprJs } from "../ops/format.js";
import { isStdlibPath, stdlibRead } from "../libsources.js";
import { boolRef, noneRef, throwPy } from "../state.js";
import { T_OBJECT, type BuiltinFn, type KwArgs, type TypeDesc, addMethods, defineType, typeName } from "../types.js";
import { raiseFromNode } from "./oserror.js";
import { output } from "../output.js";
import { Stream, StreamError, openFile } from "./streams.js";
import { getHandle, popHandles, pushHandle } from "../../gc/index.js";

// ---- types

const T_IOBASE = defineType("_IOBase", T_OBJECT);
const T_TEXTIOBASE = defineType("_TextIOBase", T_IOBASE);
const T_BUFFEREDIOBASE = defineType("_BufferedIOBase", T_IOBASE);
export const T_TEXT_IO = defineType("TextIOWrapper", T_TEXTIOBASE, [L.L_TEXT_IO]);
export const T_STRING_IO = defineType("StringIO", T_TEXTIOBASE, [L.L_STRING_IO]);
const T_BUFFERED_READER = defineType("BufferedReader", T_BUFFEREDIOBASE, [L.L_BUFFERED_READER]);
const T_BUFFERED_WRITER = defineType("BufferedWriter", T_BUFFEREDIOBASE, [L.L_BUFFERED_WRITER]);
const T_BUFFERED_RANDOM = defineType("BufferedRandom", T_BUFFEREDIOBASE, [L.L_BUFFERED_RANDOM]);
export const T_BYTES_IO = defineType("BytesIO", T_BUFFEREDIOBASE, [L.L_BYTES_IO]);
/** io.UnsupportedOperation (CPython: OSError and ValueError; single inheritance here). */
const T_UNSUPPORTED = defineType("UnsupportedOperation", EXC.OSError!);

const STREAM_LAYOUTS = new Set([L.L_TEXT_IO, L.L_STRING_IO, L.L_BUFFERED_READER, L.L_BUFFERED_WRITER, L.L_BUFFERED_RANDOM, L.L_BYTES_IO]);

// ---- the stream table

const streams: Stream[] = [];

export function isStreamObject(w: number): boolean {
  return !isTaggedInt(w) && w !== 0 && STREAM_LAYOUTS.has(layoutOf(w));
}

function newStreamObject(layout: number, s: Stream): number {
  const o = allocFixed(layout);
  storeI32(o, L.STREAM_ID, streams.length);
  streams.push(s);
  return o;
}

function streamOf(w: number, what: string): Stream {
  if (!isStreamObject(w)) raise(E.TypeError, `descriptor '${what}' requires a file object but received a '${typeName(w)}'`);
  return streams[loadI32(w, L.STREAM_ID)]!;
}

/** Runs a stream operation, turning StreamError into the Python exception. */
function io<T>(f: () => T, filename: string | number | null = null): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof StreamError)) throw e;
    switch (e.kind) {
      case "ValueError":
        return raise(E.ValueError, e.message);
      case "UnsupportedOperation":
        return raise(T_UNSUPPORTED, e.message);
      case "UnicodeDecodeError":
        return raise(EXC.UnicodeDecodeError!, e.message);
      case "OSError":
        return raiseFromNode(e.node, filename);
    }
  }
}

/** Flushes every open file (program exit: CPython flushes files as they are finalized). */
export function flushAllStreams(): void {
  for (const s of streams) {
    if (s.closed || s.backing !== "file") continue;
    try {
      s.flush();
    } catch {
      // nothing sensible to report at exit
    }
  }
}

/** Forgets the previous program's streams (closing its files) when a new heap boots. */
export function resetStreams(): void {
  flushAllStreams();
  for (const s of streams) if (s.backing === "file" && !s.closed) s.close();
  streams.length = 0;
}

// ---- argument helpers

function optInt(w: number | undefined, what: string): number {
  if (w === undefined || w === noneRef()) return -1;
  if (!isIntLike(w)) raise(E.TypeError, `argument should be integer or None, not '${typeName(w)}'`);
  void what;
  return Number(intValue(w));
}

function isStr(w: number): boolean {
  return !isTaggedInt(w) && layoutOf(w) === L.L_STR;
}

function isBytes(w: number): boolean {
  return !isTaggedInt(w) && layoutOf(w) === L.L_BYTES;
}

function result(s: Stream, v: string | Uint8Array): number {
  void s;
  return typeof v === "string" ? newStr(v) : newBytes(v);
}

function writeArg(s: Stream, w: number): string | Uint8Array {
  if (s.binary) {
    if (!isBytes(w)) raise(E.TypeError, `a bytes-like object is required, not '${typeName(w)}'`);
    return bytesData(w);
  }
  if (!isStr(w)) raise(E.TypeError, `write() argument must be str, not ${typeName(w)}`);
  return strToJs(w);
}

// ---- methods (shared by every file type)

const METHODS: Record<string, BuiltinFn> = {
  read: ([self, n]) => {
    const s = streamOf(self!, "read");
    return result(s, io(() => s.read(optInt(n, "read"))));
  },
  readline: ([self, n]) => {
    const s = streamOf(self!, "readline");
    return result(s, io(() => s.readline(optInt(n, "readline"))));
  },
  readlines: ([self, hint]) => {
    const s = streamOf(self!, "readlines");
    const limit = optInt(hint, "readlines");
    const lines: (string | Uint8Array)[] = [];
    let total = 0;
    for (;;) {
      const line = io(() => s.readline(-1));
      if (line.length === 0) break;
      lines.push(line);
      total += line.length;
      if (limit > 0 && total >= limit) break;
    }
    return newListFrom(lines.map((l) => result(s, l)));
  },
  write: ([self, data]) => {
    const s = streamOf(self!, "write");
    if (data === undefined) raise(E.TypeError, "write() takes exactly one argument (0 given)");
    const v = writeArg(s, data);
    return newInt(io(() => s.write(v), s.name));
  },
  writelines: ([self, lines]) => {
    const h = pushHandle(self!);
    try {
      const items = iterToArray(lines!);
      const s = streamOf(getHandle(h), "writelines");
      const parts = items.map((w) => writeArg(s, w));
      io(() => parts.forEach((p) => s.write(p)), s.name);
      return noneRef();
    } finally {
      popHandles(h);
    }
  },
  close: ([self]) => {
    const s = streamOf(self!, "close");
    io(() => s.close(), s.name);
    return noneRef();
  },
  flush: ([self]) => {
    const s = streamOf(self!, "flush");
    io(() => s.flush(), s.name);
    return noneRef();
  },
  seek: ([self, offset, whence]) => {
    const s = streamOf(self!, "seek");
    if (offset === undefined || !isIntLike(offset)) raise(E.TypeError, `an integer is required`);
    const wh = whence === undefined ? 0 : Number(intValue(whence));
    if (wh < 0 || wh > 2) raise(E.ValueError, `invalid whence (${wh}, should be 0, 1 or 2)`);
    return newInt(io(() => s.seek(Number(intValue(offset)), wh)));
  },
  tell: ([self]) => {
    const s = streamOf(self!, "tell");
    return newInt(io(() => s.tell()));
  },
  truncate: ([self, size]) => {
    const s = streamOf(self!, "truncate");
    const n = size === undefined || size === noneRef() ? null : Number(intValue(size));
    return newInt(io(() => s.truncate(n)));
  },
  readable: ([self]) => {
    const s = streamOf(self!, "readable");
    io(() => s.checkOpen());
    return boolRef(s.readable);
  },
  writable: ([self]) => {
    const s = streamOf(self!, "writable");
    io(() => s.checkOpen());
    return boolRef(s.writable);
  },
  seekable: ([self]) => {
    const s = streamOf(self!, "seekable");
    io(() => s.checkOpen());
    return boolRef(s.backing === "memory" || s.backing === "file");
  },
  isatty: ([self]) => {
    const s = streamOf(self!, "isatty");
    io(() => s.checkOpen());
    const fd = s.backing === "stdin" ? 0 : s.backing === "stdout" ? 1 : s.backing === "stderr" ? 2 : -1;
    return boolRef(fd >= 0 && isTty(fd));
  },
  fileno: ([self]) => {
    const s = streamOf(self!, "fileno");
    io(() => s.checkOpen());
    const fd = s.backing === "stdin" ? 0 : s.backing === "stdout" ? 1 : s.backing === "stderr" ? 2 : s.fd;
    if (fd === null) raise(T_UNSUPPORTED, "fileno");
    return newInt(fd);
  },
  getvalue: ([self]) => {
    const s = streamOf(self!, "getvalue");
    if (s.backing !== "memory") raise(E.AttributeError, `'${typeName(self!)}' object has no attribute 'getvalue'`);
    io(() => s.checkOpen());
    return s.binary ? newBytes(s.bytes.slice(0, s.length)) : newStr(s.text);
  },
  __enter__: ([self]) => {
    io(() => streamOf(self!, "__enter__").checkOpen());
    return self!;
  },
  __exit__: ([self]) => {
    const s = streamOf(self!, "__exit__");
    io(() => s.close(), s.name);
    return noneRef();
  },
  __iter__: ([self]) => {
    io(() => streamOf(self!, "__iter__").checkOpen());
    return self!;
  },
  __next__: ([self]) => {
    const s = streamOf(self!, "__next__");
    const line = io(() => s.readline(-1));
    if (line.length === 0) throwPy(newException(E.StopIteration, []));
    return result(s, line);
  },
  __repr__: ([self]) => newStr(streamRepr(self!)),
  __getattr__: ([self, name]) => streamAttr(self!, strToJs(name!)),
};

function isTty(fd: number): boolean {
  try {
    return require_tty(fd);
  } catch {
    return false;
  }
}

import { isatty } from "node:tty";
function require_tty(fd: number): boolean {
  return isatty(fd);
}

addMethods(T_IOBASE, METHODS);

/** The data attributes: name, mode, closed, encoding, errors, newlines, line_buffering. */
function streamAttr(self: number, n: string): number {
  const s = streamOf(self, "__getattr__");
  switch (n) {
    case "closed":
      return boolRef(s.closed);
    case "name":
      if (s.backing !== "memory") return typeof s.name === "number" ? newInt(s.name) : newStr(s.name);
      break;
    case "mode":
      if (s.backing === "file") return newStr(s.mode);
      if (s.backing !== "memory") return newStr(s.backing === "stdin" ? "r" : "w");
      break;
    case "encoding":
      if (!s.binary && s.backing !== "memory") return newStr(s.encoding);
      break;
    case "errors":
      if (!s.binary && s.backing !== "memory") return newStr("strict");
      break;
    case "line_buffering":
      if (!s.binary) return boolRef(s.lineBuffering);
      break;
    case "newlines":
      if (!s.binary) return noneRef();
      break;
  }
  return raise(E.AttributeError, `'${typeName(self)}' object has no attribute '${n}'`);
}

function streamRepr(self: number): string {
  const s = streamOf(self, "__repr__");
  const t = typeName(self);
  if (s.backing === "memory") return `<_io.${t} object at 0x${(self >>> 0).toString(16)}>`;
  const name = typeof s.name === "number" ? String(s.name) : reprJs(newStr(s.name));
  if (s.binary) return `<_io.${t} name=${name}>`;
  return `<_io.${t} name=${name} mode='${s.backing === "file" ? s.mode : s.backing === "stdin" ? "r" : "w"}' encoding='${s.encoding}'>`;
}

// ---- open()

const ENCODINGS = new Set(["utf-8", "utf8", "utf_8", "u8", "utf", "ascii", "us-ascii"]);

/** Validates open()'s mode as CPython does; returns [binary, plus, kind]. */
function parseMode(mode: string): { binary: boolean; kind: string; plus: boolean } {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwaxbt+".includes(c) || seen.has(c)) raise(E.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ["r", "w", "a", "x"].filter((k) => seen.has(k));
  if (seen.has("b") && seen.has("t")) raise(E.ValueError, "can't have text and binary mode at once");
  if (kinds.length === 0) raise(E.ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (kinds.length > 1) raise(E.ValueError, "must have exactly one of create/read/write/append mode");
  return { binary: seen.has("b"), kind: kinds[0]!, plus: seen.has("+") };
}

const OPEN_PARAMS = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

function bindArgs(fname: string, params: string[], args: number[], kw: KwArgs | null): (number | undefined)[] {
  if (args.length > params.length) raise(E.TypeError, `${fname}() takes at most ${params.length} arguments (${args.length} given)`);
  const out: (number | undefined)[] = params.map((_, i) => args[i]);
  for (const [k, v] of kw ?? []) {
    const i = params.indexOf(k);
    if (i < 0) raise(E.TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== undefined) raise(E.TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

export function openBuiltin(args: number[], kw: KwArgs | null): number {
  const [file, modeW, buffering, encoding, , newline] = bindArgs("open", OPEN_PARAMS, args, kw);
  if (file === undefined) raise(E.TypeError, "open() missing required argument 'file' (pos 1)");
  let path: string | number;
  if (isStr(file)) path = strToJs(file);
  else if (isIntLike(file)) path = Number(intValue(file));
  else return raise(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(file)}`);
  const mode = modeW === undefined ? "r" : isStr(modeW) ? strToJs(modeW) : raise(E.TypeError, `open() argument 'mode' must be str, not ${typeName(modeW)}`);
  const { binary, kind, plus } = parseMode(mode);
  const enc = encoding === undefined || encoding === noneRef() ? null : isStr(encoding) ? strToJs(encoding) : raise(E.TypeError, `open() argument 'encoding' must be str or None, not ${typeName(encoding)}`);
  if (binary && enc !== null) raise(E.ValueError, "binary mode doesn't take an encoding argument");
  if (binary && newline !== undefined && newline !== noneRef()) raise(E.ValueError, "binary mode doesn't take a newline argument");
  if (enc !== null && !ENCODINGS.has(enc.toLowerCase())) raise(EXC.LookupError!, `unknown encoding: ${enc}`);
  const buf = buffering === undefined ? -1 : Number(intValue(buffering));
  if (buf === 0 && !binary) raise(E.ValueError, "can't have unbuffered text I/O");
  let content: Uint8Array | null = null;
  if (typeof path === "string" && isStdlibPath(path)) {
    if (!vfsIsFile(path)) raiseFromNode(Object.assign(new Error("ENOENT"), { code: "ENOENT" }), path);
    content = new TextEncoder().encode(stdlibRead(path)!);
  }
  const s = io(() => openFile(path, mode, binary, buf === 1, content), path);
  if (enc !== null) s.encoding = enc;
  const layout = !binary ? L.L_TEXT_IO : plus ? L.L_BUFFERED_RANDOM : kind === "r" ? L.L_BUFFERED_READER : L.L_BUFFERED_WRITER;
  return newStreamObject(layout, s);
}

// ---- StringIO / BytesIO

function newStringIO(args: number[], kw: KwArgs | null): number {
  const [initial] = bindArgs("StringIO", ["initial_value", "newline"], args, kw);
  const s = new Stream(false, "memory", true, true, "", "");
  if (initial !== undefined && initial !== noneRef()) {
    if (!isStr(initial)) raise(E.TypeError, `initial_value must be str or None, not ${typeName(initial)}`);
    s.text = strToJs(initial);
  }
  return newStreamObject(L.L_STRING_IO, s);
}

function newBytesIO(args: number[], kw: KwArgs | null): number {
  const [initial] = bindArgs("BytesIO", ["initial_bytes"], args, kw);
  const s = new Stream(true, "memory", true, true, "", "");
  if (initial !== undefined && initial !== noneRef()) {
    if (!isBytes(initial)) raise(E.TypeError, `a bytes-like object is required, not '${typeName(initial)}'`);
    s.bytes = bytesData(initial);
    s.length = s.bytes.length;
  }
  return newStreamObject(L.L_BYTES_IO, s);
}

T_STRING_IO.construct = newStringIO;
T_BYTES_IO.construct = newBytesIO;

// ---- the console streams (sys.stdin/stdout/stderr)

export function newConsoleStreams(): { stdin: number; stdout: number; stderr: number } {
  const console = (backing: "stdin" | "stdout" | "stderr") => {
    const s = new Stream(false, backing, backing === "stdin", backing !== "stdin", `<${backing}>`, backing === "stdin" ? "r" : "w");
    s.encoding = "utf-8";
    return newStreamObject(L.L_TEXT_IO, s);
  };
  const stdin = console("stdin");
  const stdout = console("stdout");
  const stderr = console("stderr");
  return { stdin, stdout, stderr };
}

/** True when w is the console stream object for `which` (print's fast path). */
export function isConsole(w: number, which: "stdout" | "stderr"): boolean {
  return isStreamObject(w) && streams[loadI32(w, L.STREAM_ID)]!.backing === which;
}

/** Writes text to a file-like object: console streams directly, anything else through .write(). */
export function writeTo(file: number, text: string): void {
  if (isStreamObject(file)) {
    const s = streams[loadI32(file, L.STREAM_ID)]!;
    if (!s.binary) {
      io(() => s.write(text), s.name);
      return;
    }
  }
  const write = getAttrSlow(file, newStr("write"));
  callObject(write, [newStr(text)], null);
}

/** sys.stdout (or stderr) as print() and the REPL see it now. */
export function currentStd(which: "stdout" | "stderr"): number {
  const f = sysAttr(which);
  if (f === 0 || f === noneRef()) raise(E.RuntimeError, `lost sys.${which}`);
  return f;
}

/** Pushes the console's buffered output out (before input() blocks). */
export function flushStd(): void {
  output.flush();
}

/** One line from sys.stdin for input(): without its newline; EOFError at end of input. */
export function readInputLine(): string {
  const f = sysAttr("stdin");
  if (f === 0 || f === noneRef()) raise(E.RuntimeError, "input(): lost sys.stdin");
  let line: string;
  if (isStreamObject(f)) {
    const s = streams[loadI32(f, L.STREAM_ID)]!;
    const v = io(() => s.readline(-1));
    line = typeof v === "string" ? v : new TextDecoder().decode(v);
  } else {
    const r = callObject(getAttrSlow(f, newStr("readline")), [], null);
    line = isStr(r) ? strToJs(r) : "";
  }
  if (line === "") raise(EXC.EOFError!, "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}

// ---- the io module

const ioFunctions = functionTable({ open: openBuiltin });

defineBuiltinModule({
  name: "io",
  unshadowable: false,
  init: (d) => {
    ioFunctions(d);
    const set = (k: string, t: TypeDesc) => dictSetStr(d, k, t.ref);
    set("StringIO", T_STRING_IO);
    set("BytesIO", T_BYTES_IO);
    set("TextIOWrapper", T_TEXT_IO);
    set("BufferedReader", T_BUFFERED_READER);
    set("BufferedWriter", T_BUFFERED_WRITER);
    set("BufferedRandom", T_BUFFERED_RANDOM);
    set("IOBase", T_IOBASE);
    set("TextIOBase", T_TEXTIOBASE);
    set("BufferedIOBase", T_BUFFEREDIOBASE);
    set("UnsupportedOperation", T_UNSUPPORTED);
    dictSetStr(d, "SEEK_SET", newInt(0));
    dictSetStr(d, "SEEK_CUR", newInt(1));
    dictSetStr(d, "SEEK_END", newInt(2));
    dictSetStr(d, "DEFAULT_BUFFER_SIZE", newInt(8192));
  },
});

import { dictSet } from "../objects/dict.js";
function dictSetStr(d: number, k: string, v: number): void {
  dictSet(d, newStr(k), v);
}
