"""CPython's side of the parser corpus: for each file listed on stdin, ast.parse its bytes and
write one JSON line: {"path", "ok", "dump"} or {"path", "ok": false, "error": "Type: msg"}.
The last line is {"parse_seconds": T, "parse_cpu_seconds": C, "lines": N}: wall and CPU time
spent in ast.parse alone, over the same files, for the speed comparison (CPU time is the
steadier figure on a loaded machine). With --attrs, dumps include line and column attributes.
"""
import ast, json, sys, time, warnings

warnings.simplefilter("ignore")
attrs = "--attrs" in sys.argv
check_compile = "--compile" in sys.argv
total = 0.0
total_cpu = 0.0
lines = 0
out = sys.stdout
for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    with open(path, "rb") as f:
        data = f.read()
    lines += data.count(b"\n")
    t0 = time.perf_counter()
    c0 = time.process_time()
    try:
        tree = ast.parse(data, filename=path)
    except (SyntaxError, ValueError) as e:
        total_cpu += time.process_time() - c0
        total += time.perf_counter() - t0
        out.write(json.dumps({"path": path, "ok": False, "error": f"{type(e).__name__}: {e}"}) + "\n")
        continue
    except RecursionError as e:
        total_cpu += time.process_time() - c0
        total += time.perf_counter() - t0
        out.write(json.dumps({"path": path, "ok": False, "error": "RecursionError"}) + "\n")
        continue
    total_cpu += time.process_time() - c0
    total += time.perf_counter() - t0
    record = {"path": path, "ok": True, "dump": ast.dump(tree, include_attributes=attrs)}
    if check_compile:
        try:
            compile(tree, path, "exec")
            record["compiles"] = True
        except SyntaxError as e:
            record["compiles"] = False
            record["compile_error"] = f"{type(e).__name__}: {e.msg}"
    out.write(json.dumps(record) + "\n")
out.write(json.dumps({"parse_seconds": total, "parse_cpu_seconds": total_cpu, "lines": lines}) + "\n")
