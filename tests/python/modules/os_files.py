# os: directories, listing, renaming, stat, walk, and their errors
import os
base = f"/tmp/pypyts_os_files_{os.getpid()}"
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename == os.path.join(base, "a"))
os.mkdir(os.path.join(base, "c"))
f = open(os.path.join(base, "a", "file.txt"), "w")
f.write("12345")
f.close()
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "a", "b")))
p = os.path.join(base, "a", "file.txt")
print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.getsize(p), os.stat(p).st_size)
print(os.path.isdir(base), os.path.exists(base + "/nope"), os.path.isfile(base + "/nope"))
os.rename(p, os.path.join(base, "c", "moved.txt"))
print(os.listdir(os.path.join(base, "c")))
walked = [(top.replace(base, "BASE"), sorted(dirs), sorted(files)) for top, dirs, files in os.walk(base)]
print(sorted(walked))
print(walked[0][0], sorted(walked) == sorted((t.replace(base, "BASE"), sorted(d), sorted(f)) for t, d, f in os.walk(base, topdown=False)))
try:
    os.rmdir(os.path.join(base, "c"))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.listdir(base + "/nope")
except FileNotFoundError as e:
    print(e.strerror, e.filename == base + "/nope")
os.remove(os.path.join(base, "c", "moved.txt"))
os.rmdir(os.path.join(base, "c"))
os.rmdir(os.path.join(base, "a", "b"))
os.rmdir(os.path.join(base, "a"))
os.rmdir(base)
print(os.path.exists(base))
print(os.getenv("PYPYTS_SURELY_UNSET"), os.getenv("PYPYTS_SURELY_UNSET", "dflt"), "PATH" in os.environ)
print(type(os.getpid()).__name__, os.getcwd() == os.path.abspath(os.curdir))
