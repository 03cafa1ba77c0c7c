"""Convert CPython 3.11's `ast` into the JSON shape of pypy-ts's AST (src/frontend/ast-table.ts).

Protocol: stdin is a JSON list of jobs {"filename", "source"} or {"filename", "path"} (a file to
read as bytes, decoded as CPython does). stdout is one JSON list with, per job, either
{"ast": <Module>, "source": <decoded text>, "compileError": null | <error>} or {"parseError": <error>}.
`compileError` says whether CPython's full compile() also rejects the source (errors that only the
compiler/symtable finds), so callers can compare our compiler's verdict with CPython's.

Node shape: {"_type": ClassName, field: value, ..., lineno, col_offset, end_lineno,
end_col_offset}; operator/context singletons become their class name ("Add", "Load").
Constants (Constant.value, MatchSingleton.value) are tagged so the TS side can rebuild exact
types: ints {"$int": "123"}, floats {"$float": repr}, complex {"$complex": [re, im]}, bytes
{"$bytes": hex}, Ellipsis {"$ellipsis": true}; None/bool/str stay plain JSON.
"""
import ast
import io
import json
import sys
import tokenize
import warnings

warnings.simplefilter("ignore")

ENUM_BASES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def float_tag(x):
    return {"$float": repr(x)}


def encode_const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"$int": str(v)}
    if isinstance(v, float):
        return float_tag(v)
    if isinstance(v, complex):
        return {"$complex": [repr(v.real), repr(v.imag)]}
    if isinstance(v, bytes):
        return {"$bytes": v.hex()}
    if v is Ellipsis:
        return {"$ellipsis": True}
    raise TypeError(f"unexpected constant {v!r}")


def encode(node):
    if isinstance(node, list):
        return [encode(x) for x in node]
    if isinstance(node, ENUM_BASES):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for field in node._fields:
        value = getattr(node, field, None)
        if field == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[field] = encode_const(value)
        else:
            out[field] = encode(value)
    for attr in node._attributes:
        out[attr] = getattr(node, attr, None)
    return out


def error_json(e):
    return {
        "type": type(e).__name__,
        "msg": e.msg,
        "lineno": e.lineno,
        "offset": e.offset,
        "text": e.text,
        "end_lineno": e.end_lineno,
        "end_offset": e.end_offset,
    }


def decode_source(data):
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def run(job):
    filename = job["filename"]
    try:
        if "path" in job:
            with open(job["path"], "rb") as f:
                data = f.read()
            source = decode_source(data)
            tree = ast.parse(data, filename)
        else:
            source = job["source"]
            tree = ast.parse(source, filename)
    except (SyntaxError, ValueError, UnicodeDecodeError, LookupError) as e:
        if isinstance(e, SyntaxError):
            return {"parseError": error_json(e)}
        return {"parseError": {"type": type(e).__name__, "msg": str(e)}}
    compile_error = None
    try:
        compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        compile_error = error_json(e)
    except (ValueError, RecursionError, MemoryError) as e:
        compile_error = {"type": type(e).__name__, "msg": str(e)}
    return {"ast": encode(tree), "source": source, "compileError": compile_error}


def main():
    sys.setrecursionlimit(20000)
    jobs = json.load(sys.stdin)
    results = []
    for job in jobs:
        try:
            results.append(run(job))
        except RecursionError as e:
            results.append({"parseError": {"type": "RecursionError", "msg": str(e)}})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
