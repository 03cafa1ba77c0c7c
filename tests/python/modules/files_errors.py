# file errors: CPython's exception types and messages
import os
import io
try:
    open("/nonexistent_dir_pypyts/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError), e.args)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)
for mode in ["rw", "rr", "z", "bt", ""]:
    try:
        open("/tmp/x", mode)
    except ValueError as e:
        print(repr(mode), e)
try:
    open("/tmp/x", "rb", encoding="utf-8")
except ValueError as e:
    print(e)
path = f"/tmp/pypyts_files_err_{os.getpid()}.txt"
f = open(path, "w")
try:
    f.write(42)
except TypeError as e:
    print(e)
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    f.read()
except ValueError as e:
    print(e)
f = open(path, "rb")
try:
    f.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
f.close()
fb = open(path, "wb")
try:
    fb.write("text")
except TypeError as e:
    print(e)
fb.close()
try:
    open(42.5)
except TypeError as e:
    print(e)
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
