// The implementations the runner compares: CPython (the real binary behind any shim, the
// baseline), pypy-ts with the JIT off and on, and PyPy when installed. Each is detected once,
// with its version; an unavailable one is reported with the reason, never silently dropped.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pypyTsJitModes } from "./jit-coupling.js";
import type { ImplementationInfo } from "./results.js";

export const IMPLEMENTATION_IDS = ["cpython", "pypy-ts-nojit", "pypy-ts-jit", "pypy3"] as const;

export interface Implementation {
  info: ImplementationInfo;
  /** Ask it for a PYPYLOG jit-summary (it has a JIT). */
  jitLog: boolean;
}

interface Probe {
  ok: boolean;
  out: string;
  firstLine: string;
}

function probe(cmd: string, args: string[]): Probe {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 60_000 });
  const text = `${r.stdout ?? ""}\n${r.stderr ?? ""}`;
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  // The first line of a usage error says what was wrong ("unknown option --jit"); the last, where to get help.
  return { ok: r.status === 0, out: (r.stdout ?? "").trim(), firstLine: r.error ? r.error.message : (lines[0] ?? `exit code ${r.status}`) };
}

/** The path of the python3 on PATH after resolving shims such as pyenv's. */
export function realPython3(): string | null {
  const p = probe("python3", ["-c", "import sys;print(sys.executable)"]);
  return p.ok && p.out ? p.out : null;
}

function which(cmd: string): string | null {
  const p = probe("sh", ["-c", `command -v ${cmd}`]);
  return p.ok && p.out ? p.out : null;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

/** Detects every implementation (or those in `only`); `root` is the repository (for dist/pypy-ts.mjs). */
export function detectImplementations(root: string, only: readonly string[] = []): Implementation[] {
  const wanted = (id: string): boolean => only.length === 0 || only.includes(id) || id === "cpython";
  const out: Implementation[] = [];

  const python = realPython3();
  out.push({
    jitLog: false,
    info: python
      ? { id: "cpython", label: "CPython", available: true, note: null, version: oneLine(probe(python, ["--version"]).out), command: [python] }
      : { id: "cpython", label: "CPython", available: false, note: "python3 is not on PATH", version: null, command: [] },
  });

  const cli = join(root, "dist", "pypy-ts.mjs");
  if (wanted("pypy-ts-nojit") || wanted("pypy-ts-jit")) {
    const built = existsSync(cli);
    const version = built ? `${oneLine(probe(process.execPath, [cli, "--version"]).out)} on node ${process.version}` : null;
    const modes = built ? pypyTsJitModes((args) => probe(process.execPath, [cli, ...args])) : null;
    const mode = (id: string, label: string, m: { args: string[] | null; note: string | null } | undefined, jitLog: boolean): void => {
      if (!wanted(id)) return;
      const available = built && m !== undefined && m.args !== null;
      out.push({
        jitLog,
        info: {
          id,
          label,
          available,
          note: built ? (m?.note ?? null) : "dist/pypy-ts.mjs is not built (npm run build)",
          version,
          command: available ? [process.execPath, cli, ...m!.args!] : [],
        },
      });
    };
    mode("pypy-ts-nojit", "pypy-ts (JIT off)", modes?.off, false);
    mode("pypy-ts-jit", "pypy-ts (JIT on)", modes?.on, true);
  }

  if (wanted("pypy3")) {
    const pypy = which("pypy3");
    out.push({
      jitLog: true,
      info: pypy
        ? { id: "pypy3", label: "PyPy", available: true, note: null, version: oneLine(probe(pypy, ["--version"]).out), command: [pypy] }
        : { id: "pypy3", label: "PyPy", available: false, note: "pypy3 is not installed", version: null, command: [] },
    });
  }
  return out;
}
