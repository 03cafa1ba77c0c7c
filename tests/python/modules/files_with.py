# file objects as context managers: closed on leaving the block, also by an exception
import os
import io
path = f"/tmp/pypyts_files_with_{os.getpid()}.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\n")
    print(f.closed)
print(f.closed)
with open(path) as f:
    print(f.read().split())
try:
    with open(path) as g:
        raise RuntimeError("inside")
except RuntimeError as e:
    print(e, g.closed)
with open(path, "rb") as fb, io.StringIO() as s:
    s.write(repr(fb.read()))
    print(s.getvalue())
print(fb.closed, s.closed)
os.remove(path)
