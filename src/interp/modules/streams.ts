/*
 * streams.ts — the state behind Python file objects, in plain JS (no heap references).
 *
 * A Stream is text (contents are a JS string, positions are UTF-16 indexes, counts are code
 * points) or binary (a growable Uint8Array). Where its data lives:
 *   memory   StringIO / BytesIO: the contents are the object;
 *   file     a real file. Modes without '+' are simple: 'r' reads the whole file at open
 *            and serves reads from memory; 'w'/'a'/'x' collect writes and append them to the
 *            file descriptor when flushed (flush(), close(), a full buffer, program exit).
 *            '+' modes keep the whole file in memory and write it back when flushed.
 *   console  sys.stdin/stdout/stderr: writes go to the interpreter's output sinks, reads
 *            come from file descriptor 0 (line by line, on demand).
 * Errors are thrown as StreamError(kind, message); io.ts turns them into Python exceptions.
 */

import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { output } from "../output.js";

export class StreamError extends Error {
  constructor(
    readonly kind: "ValueError" | "UnsupportedOperation" | "OSError" | "UnicodeDecodeError",
    message: string,
    readonly node?: unknown,
  ) {
    super(message);
  }
}

export type Backing = "memory" | "file" | "stdout" | "stderr" | "stdin";

const FLUSH_AT = 1 << 16;

export class Stream {
  closed = false;
  /** Text contents (text streams held in memory). */
  text = "";
  /** Binary contents (binary streams held in memory): bytes [0, length). */
  bytes: Uint8Array = new Uint8Array(0);
  length = 0;
  pos = 0;
  /** Write-only files: text or bytes written but not yet handed to the descriptor. */
  pending: (string | Uint8Array)[] = [];
  pendingSize = 0;
  /** Bytes handed to the descriptor so far (tell() of a write-only file). */
  written = 0;
  /** '+' files: the memory copy differs from the file. */
  dirty = false;
  fd: number | null = null;
  /** stdin: bytes read from fd 0 and not consumed yet. */
  private inBuf = "";
  private inEof = false;
  lineBuffering = false;
  /** The encoding as open() was given it (repr and .encoding show it); UTF-8 by default. */
  encoding = "UTF-8";

  constructor(
    readonly binary: boolean,
    readonly backing: Backing,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly name: string | number,
    readonly mode: string,
    readonly append = false,
  ) {}

  /** Write-only file: writes stream out instead of being kept. */
  get streamsOut(): boolean {
    return this.backing === "file" && !this.readable;
  }

  /** A binary file (CPython's Buffered* objects word their errors differently). */
  private get bufferedFile(): boolean {
    return this.binary && this.backing === "file";
  }

  checkOpen(): void {
    // StringIO says it without the full stop
    if (this.closed) throw new StreamError("ValueError", this.backing === "memory" && !this.binary ? "I/O operation on closed file" : "I/O operation on closed file.");
  }

  checkReadable(): void {
    if (this.bufferedFile && !this.readable) throw new StreamError("UnsupportedOperation", "read");
    this.checkOpen();
    if (!this.readable) throw new StreamError("UnsupportedOperation", "not readable");
  }

  checkWritable(): void {
    if (this.bufferedFile && !this.writable) throw new StreamError("UnsupportedOperation", "write");
    if (this.closed && this.bufferedFile) throw new StreamError("ValueError", "write to closed file");
    this.checkOpen();
    if (!this.writable) throw new StreamError("UnsupportedOperation", "not writable");
  }

  // ---- reading

  /** Makes sure stdin has a whole line (or EOF) buffered. */
  private fillLine(all: boolean): void {
    const buf = Buffer.alloc(4096);
    while (!this.inEof && (all || !this.inBuf.includes("\n"))) {
      let n = 0;
      try {
        n = readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EOF") n = 0;
        else throw e;
      }
      if (n === 0) this.inEof = true;
      else this.inBuf += buf.toString("utf8", 0, n);
    }
  }

  private readStdin(n: number, line: boolean): string {
    this.fillLine(n < 0 && !line);
    let end = this.inBuf.length;
    if (line) {
      const nl = this.inBuf.indexOf("\n");
      if (nl >= 0) end = nl + 1;
    }
    if (n >= 0) end = Math.min(end, cpIndex(this.inBuf, 0, n));
    const s = this.inBuf.slice(0, end);
    this.inBuf = this.inBuf.slice(end);
    return s;
  }

  /** read(n): n < 0 reads to the end. Text: a string; binary: bytes. */
  read(n: number): string | Uint8Array {
    this.checkReadable();
    this.flushForRead();
    if (this.backing === "stdin") return this.readStdin(n, false);
    if (this.binary) {
      const end = n < 0 ? this.length : Math.min(this.length, this.pos + n);
      const out = this.bytes.slice(Math.min(this.pos, this.length), end);
      this.pos = Math.max(this.pos, end);
      return out;
    }
    const end = n < 0 ? this.text.length : cpIndex(this.text, this.pos, n);
    const out = this.text.slice(this.pos, end);
    this.pos = Math.max(this.pos, end);
    return out;
  }

  /** readline(limit): up to and including the next '\n'. */
  readline(limit: number): string | Uint8Array {
    this.checkReadable();
    this.flushForRead();
    if (this.backing === "stdin") return this.readStdin(limit, true);
    if (this.binary) {
      let end = this.bytes.subarray(0, this.length).indexOf(10, this.pos);
      end = end < 0 ? this.length : end + 1;
      if (limit >= 0) end = Math.min(end, this.pos + limit);
      const out = this.bytes.slice(Math.min(this.pos, this.length), Math.max(end, this.pos));
      this.pos = Math.max(this.pos, end);
      return out;
    }
    let end = this.text.indexOf("\n", this.pos);
    end = end < 0 ? this.text.length : end + 1;
    if (limit >= 0) end = Math.min(end, cpIndex(this.text, this.pos, limit));
    const out = this.text.slice(this.pos, Math.max(end, this.pos));
    this.pos = Math.max(this.pos, end);
    return out;
  }

  // ---- writing

  /** write(data): returns the count CPython returns (code points for text, bytes for binary). */
  write(data: string | Uint8Array): number {
    this.checkWritable();
    const count = typeof data === "string" ? cpCount(data) : data.length;
    switch (this.backing) {
      case "stdout":
      case "stderr": {
        const s = typeof data === "string" ? data : Buffer.from(data).toString("utf8");
        (this.backing === "stdout" ? output.stdout : output.stderr)(s);
        return count;
      }
      case "stdin":
        throw new StreamError("UnsupportedOperation", "not writable");
    }
    if (this.streamsOut) {
      this.pending.push(data);
      this.pendingSize += data.length;
      if (this.pendingSize >= FLUSH_AT || (this.lineBuffering && typeof data === "string" && data.includes("\n"))) this.flush();
      return count;
    }
    if (typeof data === "string") {
      if (this.append) this.pos = this.text.length;
      this.text = this.pos >= this.text.length ? this.text + data : this.text.slice(0, this.pos) + data + this.text.slice(this.pos + data.length);
      this.pos += data.length;
    } else {
      if (this.append) this.pos = this.length;
      this.ensure(this.pos + data.length);
      this.bytes.set(data, this.pos);
      this.pos += data.length;
      this.length = Math.max(this.length, this.pos);
    }
    this.dirty = true;
    return count;
  }

  private ensure(n: number): void {
    if (n <= this.bytes.length) return;
    if (this.pos > this.length) this.bytes.fill(0, this.length, this.pos);
    const b = new Uint8Array(Math.max(n, this.bytes.length * 2, 64));
    b.set(this.bytes.subarray(0, this.length));
    this.bytes = b;
  }

  truncate(size: number | null): number {
    if (!this.writable) throw new StreamError("UnsupportedOperation", "truncate");
    this.checkWritable();
    this.flushForRead();
    const n = size ?? (this.binary ? this.pos : this.pos);
    if (this.binary) this.length = Math.min(this.length, n);
    else this.text = this.text.slice(0, n);
    this.dirty = true;
    return n;
  }

  flush(): void {
    if (this.closed) {
      if (this.backing === "memory" && !this.binary) return;
      throw new StreamError("ValueError", this.bufferedFile ? "flush of closed file" : "I/O operation on closed file.");
    }
    if (this.backing === "stdout" || this.backing === "stderr") output.flush();
    if (this.backing !== "file" || this.fd === null) return;
    try {
      if (this.streamsOut) {
        if (this.pending.length === 0) return;
        const data = this.binary ? Buffer.concat(this.pending as Uint8Array[]) : Buffer.from((this.pending as string[]).join(""), "utf8");
        this.pending = [];
        this.pendingSize = 0;
        writeAll(this.fd, data);
        this.written += data.length;
        return;
      }
      if (!this.dirty || !this.writable) return;
      const data = this.binary ? this.bytes.subarray(0, this.length) : Buffer.from(this.text, "utf8");
      ftruncateSync(this.fd, 0);
      writeAll(this.fd, data, 0);
      this.dirty = false;
    } catch (e) {
      throw new StreamError("OSError", String(e), e);
    }
  }

  /** A reader sees its own unflushed writes (nothing to do for the memory copy). */
  private flushForRead(): void {}

  close(): void {
    if (this.closed) return;
    try {
      if (!(this.backing === "memory" && !this.binary)) this.flush();
    } finally {
      this.closed = true;
      if (this.fd !== null) closeSync(this.fd);
      this.fd = null;
    }
  }

  // ---- positioning

  /** tell(): a byte offset (text streams too: UTF-8 has no decoder state to encode). */
  tell(): number {
    this.checkOpen();
    if (this.backing !== "memory" && this.backing !== "file") throw new StreamError("OSError", "[Errno 29] Illegal seek");
    if (this.streamsOut) return this.written + (this.binary ? this.pendingSize : Buffer.byteLength((this.pending as string[]).join(""), "utf8"));
    if (this.binary) return this.pos;
    return this.backing === "memory" ? this.pos : Buffer.byteLength(this.text.slice(0, this.pos), "utf8");
  }

  seek(offset: number, whence: number): number {
    if (this.closed && this.bufferedFile) throw new StreamError("ValueError", "seek of closed file");
    this.checkOpen();
    if (this.backing !== "memory" && this.backing !== "file") throw new StreamError("UnsupportedOperation", "underlying stream is not seekable");
    if (this.streamsOut) {
      this.flush();
      if (whence === 2 || (whence === 0 && offset === this.written)) return this.written;
      throw new StreamError("UnsupportedOperation", "seek on a write-only file is not supported yet");
    }
    if (!this.binary && whence !== 0 && offset !== 0) {
      throw new StreamError("UnsupportedOperation", whence === 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    }
    if (whence === 0 && offset < 0) throw new StreamError("ValueError", `negative seek position ${offset}`);
    const size = this.binary ? this.length : this.text.length;
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : size;
    if (!this.binary && this.backing === "file" && whence === 0) {
      // a text file's cookie is a byte offset
      this.pos = Buffer.from(this.text, "utf8").subarray(0, offset).toString("utf8").length;
      return offset;
    }
    this.pos = Math.max(0, base + offset);
    return this.pos;
  }
}

function writeAll(fd: number, data: Uint8Array, position: number | null = null): void {
  let off = 0;
  while (off < data.length) {
    const n = writeSync(fd, data, off, data.length - off, position === null ? null : position + off);
    off += n;
  }
}

/** The UTF-16 index `n` code points after `from` (clipped to the end). */
export function cpIndex(s: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

export function cpCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c < 0xe000 && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) < 0xdc00)) n++;
  }
  return n;
}

/** Universal newlines on input: '\r\n' and '\r' become '\n'. */
function translateNewlines(s: string): string {
  return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
}

/** Decodes UTF-8 strictly, with CPython's UnicodeDecodeError message on failure. */
export function decodeUtf8(b: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    let i = 0;
    while (i < b.length) {
      const c = b[i]!;
      const need = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
      if (need < 0) throw new StreamError("UnicodeDecodeError", `'utf-8' codec can't decode byte 0x${c.toString(16).padStart(2, "0")} in position ${i}: invalid start byte`);
      for (let k = 1; k <= need; k++) {
        if (i + k >= b.length) throw new StreamError("UnicodeDecodeError", `'utf-8' codec can't decode byte${k > 1 ? "s" : ""} in position ${i}${k > 1 ? `-${i + k - 1}` : ""}: unexpected end of data`);
        if ((b[i + k]! & 0xc0) !== 0x80) throw new StreamError("UnicodeDecodeError", `'utf-8' codec can't decode byte 0x${c.toString(16).padStart(2, "0")} in position ${i}: invalid continuation byte`);
      }
      i += need + 1;
    }
    return new TextDecoder("utf-8").decode(b);
  }
}

/** Opens a real file as CPython's open() would (mode already validated). */
export function openFile(path: string | number, mode: string, binary: boolean, lineBuffering: boolean, content: Uint8Array | null): Stream {
  const plus = mode.includes("+");
  const kind = mode.replace(/[bt+]/g, "");
  const readable = kind === "r" || plus;
  const writable = kind !== "r" || plus;
  const flags = kind === "r" ? (plus ? "r+" : "r") : kind === "w" ? (plus ? "w+" : "w") : kind === "a" ? (plus ? "a+" : "a") : plus ? "wx+" : "wx";
  const s = new Stream(binary, "file", readable, writable, path, mode, kind === "a");
  s.lineBuffering = lineBuffering;
  try {
    if (content !== null) {
      if (writable) throw Object.assign(new Error("EROFS"), { code: "EROFS" });
      s.fd = null;
      loadContents(s, content);
      return s;
    }
    s.fd = typeof path === "number" ? path : openSync(path, flags, 0o666);
    if (fstatSync(s.fd).isDirectory()) {
      closeSync(s.fd);
      throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    }
    if (readable) loadContents(s, readFileSync(s.fd));
    if (kind === "a" && plus) s.pos = binary ? s.length : s.text.length;
  } catch (e) {
    if (e instanceof StreamError) throw e;
    throw new StreamError("OSError", String(e), e);
  }
  return s;
}

function loadContents(s: Stream, data: Uint8Array): void {
  if (s.binary) {
    s.bytes = new Uint8Array(data);
    s.length = data.length;
  } else s.text = translateNewlines(decodeUtf8(data));
}
