# a realistic context manager: an indented logger that records nested sections
class Section:
    depth = 0
    lines = []
    def __init__(self, title):
        self.title = title
    def __enter__(self):
        Section.lines.append("  " * Section.depth + "begin " + self.title)
        Section.depth += 1
        return self
    def log(self, msg):
        Section.lines.append("  " * Section.depth + msg)
    def __exit__(self, t, v, tb):
        Section.depth -= 1
        status = "ok" if t is None else f"failed ({t.__name__}: {v})"
        Section.lines.append("  " * Section.depth + f"end {self.title}: {status}")
        return t is ValueError

with Section("build") as s:
    s.log("compiling")
    with Section("tests") as t:
        t.log("running 3 tests")
        raise ValueError("1 failed")
    s.log("packaging")
    with Section("upload"):
        pass
print("\n".join(Section.lines))
