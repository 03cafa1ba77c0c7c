# sys.stdout / sys.stderr are file objects; print() writes to whatever sys.stdout is now
import sys
import io
n = sys.stdout.write("direct write\n")
print(n)
sys.stdout.flush()
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stderr.name)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print("a", "b", sep="+", end="$", file=c)
print(c.parts)
print("to stderr", file=sys.stderr)
sys.stderr.write("last stderr line\n")
