# binary files and BytesIO
import os
import io
path = f"/tmp/pypyts_files_bin_{os.getpid()}.bin"
f = open(path, "wb")
try:
    print(f.write(b"\x00\x01\x02abc\n"), f.write("é".encode()))
finally:
    f.close()
f = open(path, "rb")
try:
    data = f.read()
    print(data, len(data), type(data).__name__)
    f.seek(0)
    print(f.read(2), f.readline(), f.tell())
    f.seek(-2, 2)
    print(f.read())
finally:
    f.close()
b = io.BytesIO(b"hello\nworld\n")
print(b.readline(), b.read(), b.getvalue())
b.seek(0, 2)
b.write(b"more")
print(b.getvalue(), b.tell())
os.remove(path)
