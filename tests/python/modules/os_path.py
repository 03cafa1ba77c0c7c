# os.path (posixpath) string operations
import os.path
import os
from os.path import join, split, splitext, basename, dirname, normpath, relpath, isabs
print(join("a", "b", "c"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""))
print(split("/usr/lib/x.py"), split("x.py"), split("/"), split("a//b//"), split("//a"))
print(splitext("a/b.c.d"), splitext(".bashrc"), splitext("a/.b.c"), splitext("noext"), splitext("a.b/c"))
print(basename("/a/b/"), basename("/a/b"), dirname("/a/b"), dirname("a"), dirname("/"), dirname("//x"))
print(normpath("a//b/./c/../d"), normpath("/../x"), normpath(""), normpath("//a/b"), normpath("///a"), normpath("../.."))
print(relpath("/a/b/c", "/a"), relpath("/a", "/a/b/c"), relpath("/x/y", "/x/y"))
print(isabs("/x"), isabs("x"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.sep, os.sep, os.curdir, os.pardir, os.pathsep, os.linesep == "\n", os.name)
print(os.path is os.path, os.path.__name__)
try:
    join("a", 1)
except TypeError as e:
    print(e)
try:
    join(1)
except TypeError as e:
    print(e)
print(os.path.expanduser("~/x") == os.environ["HOME"] + "/x", os.path.expanduser("x~"))
