// Parser corpus, differential against CPython: parses every .py file under CPython's installed
// standard library with both, compares our --ast output with CPython's ast.dump byte for byte,
// and reports counts and parse speed (lines per second, each side timing its parse alone).
//
//   node scripts/parse-corpus.mjs [--attrs] [--compile] [--sample N] [--show K] [--dir PATH]
//
// --attrs    compare dumps with line/column attributes too
// --compile  also compile every file we parse, counting internal compiler errors
// --sample N a fixed sample: every (total/N)-th file of the sorted list
// --show K   print the first K mismatches (path and the first differing position)
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { compileModule, decodeSource, dumpAst, parseModule, PySyntaxError } from "../dist/frontend.mjs";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const attrs = flag("--attrs");
const compile = flag("--compile");
const show = Number(option("--show", "10"));
const dir = option("--dir", execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim());

function walk(d, out) {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && entry.name.endsWith(".py")) out.push(p);
  }
  return out;
}

let files = walk(dir, []).sort();
const sample = option("--sample", null);
if (sample !== null) {
  const step = Math.max(1, Math.floor(files.length / Number(sample)));
  files = files.filter((_, i) => i % step === 0);
}

// CPython answers in batches, so that the dumps held in memory at once stay small (the whole
// corpus dumped with attributes is over a gigabyte).
const BATCH = 400;
const pyScript = new URL("./cpython_ast_dump.py", import.meta.url).pathname;
const pyArgs = [pyScript, ...(attrs ? ["--attrs"] : []), ...(compile ? ["--compile"] : [])];
function cpythonBatch(batch) {
  const py = spawnSync("python3", pyArgs, { input: batch.join("\n"), maxBuffer: 1 << 30 });
  if (py.status !== 0) throw new Error(`python3 failed (status ${py.status}, signal ${py.signal}): ${py.stderr}`);
  const records = py.stdout.toString().trimEnd().split("\n").map((l) => JSON.parse(l));
  const totals = records.pop();
  return { expected: new Map(records.map((r) => [r.path, r])), totals };
}

const counts = { files: files.length, cpythonAccepts: 0, identical: 0, mismatched: 0, weRejectCpythonAccepts: 0, weAcceptCpythonRejects: 0, bothReject: 0, internalErrors: 0, compiled: 0, compileErrors: 0, compileDisagreements: 0, compileInternalErrors: 0 };
const pyTotals = { lines: 0, parse_seconds: 0, parse_cpu_seconds: 0 };
const problems = [];
let parseMs = 0;
let parseCpuUs = 0;
let compileMs = 0;
// Problem reports keep copies, not slices: a slice would pin a multi-megabyte dump in memory.
const fragment = (s, from, to) => Buffer.from(s.slice(from, to)).toString();

for (let start = 0; start < files.length; start += BATCH) {
  const batch = files.slice(start, start + BATCH);
  const { expected, totals } = cpythonBatch(batch);
  pyTotals.lines += totals.lines;
  pyTotals.parse_seconds += totals.parse_seconds;
  pyTotals.parse_cpu_seconds += totals.parse_cpu_seconds;
  for (const path of batch) checkFile(path, expected.get(path));
}

function checkFile(path, exp) {
  if (exp.ok) counts.cpythonAccepts++;
  const bytes = readFileSync(path);
  let module = null;
  let error = null;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    module = parseModule(decodeSource(bytes, path), path);
  } catch (e) {
    error = e;
  }
  const c1 = process.cpuUsage(c0);
  parseCpuUs += c1.user + c1.system;
  parseMs += performance.now() - t0;
  if (error !== null && !(error instanceof PySyntaxError)) {
    counts.internalErrors++;
    problems.push(`${path}: internal error: ${error?.stack ?? error}`);
    return;
  }
  if (module === null) {
    if (exp.ok) {
      counts.weRejectCpythonAccepts++;
      problems.push(`${path}: we reject (${error.type}: ${error.msg} line ${error.lineno}), CPython accepts`);
    } else counts.bothReject++;
    return;
  }
  if (!exp.ok) {
    counts.weAcceptCpythonRejects++;
    problems.push(`${path}: we accept, CPython rejects (${exp.error})`);
    return;
  }
  const ours = dumpAst(module, { includeAttributes: attrs });
  if (ours === exp.dump) counts.identical++;
  else {
    counts.mismatched++;
    let at = 0;
    while (at < ours.length && ours[at] === exp.dump[at]) at++;
    problems.push(`${path}: dump differs at ${at}:\n  ours:    ${fragment(ours, Math.max(0, at - 60), at + 80)}\n  cpython: ${fragment(exp.dump, Math.max(0, at - 60), at + 80)}`);
  }
  if (compile) {
    const source = decodeSource(bytes, path);
    const t1 = performance.now();
    try {
      compileModule(module, path, source);
      counts.compiled++;
      if (exp.compiles === false) counts.compileDisagreements++, problems.push(`${path}: compiler accepts, CPython rejects (${exp.compile_error})`);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        counts.compileErrors++;
        if (exp.compiles) counts.compileDisagreements++, problems.push(`${path}: compiler rejects (${e.type}: ${e.msg} line ${e.lineno}), CPython compiles`);
      }
      else {
        counts.compileInternalErrors++;
        problems.push(`${path}: compiler internal error: ${e?.stack ?? e}`);
      }
    }
    compileMs += performance.now() - t1;
  }
}

for (const p of problems.slice(0, show)) console.log(p);
if (problems.length > show) console.log(`... and ${problems.length - show} more`);
console.log(JSON.stringify(counts, null, 1));
const lines = pyTotals.lines;
console.log(`lines: ${lines}`);
const rate = (seconds) => Math.round(lines / seconds).toLocaleString("en");
const speed = (what, ours, theirs) =>
  console.log(`parse speed (${what}): pypy-ts ${rate(ours)} lines/s (${ours.toFixed(2)} s), CPython ast.parse ${rate(theirs)} lines/s (${theirs.toFixed(2)} s): pypy-ts is ${(theirs / ours).toFixed(2)}x as fast`);
speed("wall", parseMs / 1000, pyTotals.parse_seconds);
speed("CPU", parseCpuUs / 1e6, pyTotals.parse_cpu_seconds);
if (compile) console.log(`compile: ${(compileMs / 1000).toFixed(2)} s for ${counts.compiled} modules`);
const failed = counts.mismatched + counts.weRejectCpythonAccepts + counts.weAcceptCpythonRejects + counts.internalErrors + counts.compileInternalErrors + counts.compileDisagreements;
process.exitCode = failed === 0 ? 0 : 1;
