// What a result records besides times: the machine, the commit and the tools' versions.

import { spawnSync } from "node:child_process";
import { cpus, hostname, loadavg, release, totalmem } from "node:os";
import type { BenchResults } from "./results.js";

function git(root: string, args: string[]): string {
  const r = spawnSync("git", args, { cwd: root, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "";
}

export function commitInfo(root: string): BenchResults["commit"] {
  const hash = git(root, ["rev-parse", "HEAD"]) || "unknown";
  return {
    hash,
    short: hash.slice(0, 7),
    subject: git(root, ["log", "-1", "--format=%s"]),
    date: git(root, ["log", "-1", "--format=%cI"]),
    dirty: git(root, ["status", "--porcelain", "--untracked-files=no"]) !== "",
  };
}

export function machineInfo(): BenchResults["machine"] {
  const cs = cpus();
  return {
    hostname: hostname(),
    platform: process.platform,
    release: release(),
    arch: process.arch,
    cpuModel: cs[0]?.model.trim() ?? "unknown",
    cpus: cs.length,
    memoryMB: Math.round(totalmem() / 2 ** 20),
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
