# the io module's names
import io
import os
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
s = io.StringIO("x")
print(isinstance(s, io.StringIO), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)
path = f"/tmp/pypyts_io_module_{os.getpid()}.txt"
f = io.open(path, "w")
print(type(f).__name__, isinstance(f, io.TextIOWrapper))
f.close()
f = open(path, "rb")
print(type(f).__name__, isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase))
f.close()
f = open(path, "wb")
print(type(f).__name__)
f.close()
os.remove(path)
print(issubclass(io.UnsupportedOperation, OSError))
