/*
 * fs.ts — the filesystem as the interpreter sees it: the real one, plus the embedded standard
 * library under STDLIB_DIR (stdlib.ts), which is read-only and never touches the disk.
 * The import system, open() and os/os.path go through these so lib/ modules behave like files.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { isStdlibPath, stdlibIsDir, stdlibIsFile, stdlibListDir, stdlibRead } from "./libsources.js";

export function isFile(path: string): boolean {
  if (isStdlibPath(path)) return stdlibIsFile(path);
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

export function isDir(path: string): boolean {
  if (isStdlibPath(path)) return stdlibIsDir(path);
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** A file's bytes (throws the Node error for a real file that can't be read). */
export function readBytes(path: string): Uint8Array {
  if (isStdlibPath(path)) {
    const src = stdlibRead(path);
    if (src === null) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return new TextEncoder().encode(src);
  }
  return readFileSync(path);
}

export function listDir(path: string): string[] {
  if (isStdlibPath(path)) return stdlibListDir(path);
  return readdirSync(path);
}
