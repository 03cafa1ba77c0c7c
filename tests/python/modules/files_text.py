# text files: write, append, read, readline, readlines, iteration, seek/tell, attributes
import os
path = f"/tmp/pypyts_files_text_{os.getpid()}.txt"
f = open(path, "w")
try:
    print(f.name == path, f.mode, f.closed, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
finally:
    f.close()
print(f.closed)
f = open(path, "a", encoding="utf-8")
try:
    f.write("\nfifth: héllo wörld ✓\n")
finally:
    f.close()
f = open(path)
try:
    print(repr(f.readline()))
    print(repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    print(len(f.read()))
finally:
    f.close()
f = open(path, "r")
try:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
finally:
    f.close()
f = open(path, "r+")
try:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
finally:
    f.close()
f = open(path, "w")
f.close()
f = open(path)
print(repr(f.read()))
f.close()
f = open(path, "w")
print("printed", 1, 2, sep=",", file=f)
print("end", end="!", file=f)
f.close()
f = open(path)
print(repr(f.read()))
f.close()
os.remove(path)
print(os.path.exists(path))
