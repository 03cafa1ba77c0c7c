/*
 * libsources.ts — the project's own pure-Python standard library (the repo's top-level `lib/`),
 * seen by the import system as one read-only directory, STDLIB_DIR, on sys.path.
 *
 * The CLI is one self-contained bundle: scripts/build.mjs embeds every lib/**.py file as the
 * compile-time constant __PYPYTS_STDLIB__ (relative path -> source). Unbundled (vitest, tsx),
 * the constant is absent and the files are read from the repo's lib/ folder on first use, so
 * editing a lib module needs no build step while testing.
 *
 * Paths under STDLIB_DIR never touch the real filesystem: `stdlibRead`, `stdlibIsFile` and
 * `stdlibIsDir` answer for them (the import system, open() and os.path go through these).
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

declare const __PYPYTS_STDLIB__: Record<string, string> | undefined;

/** The sys.path entry of the embedded library, and the prefix of its modules' __file__. */
export const STDLIB_DIR = "<pypy-ts>/lib";

let files: Map<string, string> | null = null;
let dirs: Set<string> | null = null;

/** Reads lib/ from the repo (unbundled runs only). */
function readRepoLib(): Record<string, string> {
  const root = fileURLToPath(new URL("../../lib", import.meta.url));
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith(".py")) out[r] = readFileSync(join(root, r), "utf8");
    }
  };
  walk("");
  return out;
}

function load(): Map<string, string> {
  if (files !== null) return files;
  const src = typeof __PYPYTS_STDLIB__ !== "undefined" ? __PYPYTS_STDLIB__ : readRepoLib();
  files = new Map(Object.entries(src));
  dirs = new Set([""]);
  for (const rel of files.keys()) {
    const parts = rel.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return files;
}

/** The path relative to STDLIB_DIR, or null when `path` is not inside it. */
function relative(path: string): string | null {
  if (path === STDLIB_DIR) return "";
  if (!path.startsWith(STDLIB_DIR + "/")) return null;
  return path.slice(STDLIB_DIR.length + 1).replace(/\/+$/, "");
}

export function isStdlibPath(path: string): boolean {
  return relative(path) !== null;
}

export function stdlibIsFile(path: string): boolean {
  const rel = relative(path);
  return rel !== null && load().has(rel);
}

export function stdlibIsDir(path: string): boolean {
  const rel = relative(path);
  load();
  return rel !== null && dirs!.has(rel);
}

/** The source of a library file, or null. */
export function stdlibRead(path: string): string | null {
  const rel = relative(path);
  return rel === null ? null : (load().get(rel) ?? null);
}

/** The names directly inside a library directory (files and subdirectories). */
export function stdlibListDir(path: string): string[] {
  const rel = relative(path);
  if (rel === null || !stdlibIsDir(path)) return [];
  const prefix = rel === "" ? "" : rel + "/";
  const names = new Set<string>();
  for (const p of [...load().keys(), ...dirs!]) {
    if (p !== "" && p.startsWith(prefix) && p !== rel) names.add(p.slice(prefix.length).split("/")[0]!);
  }
  return [...names].sort();
}
