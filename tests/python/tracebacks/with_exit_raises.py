class Guard:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("cleanup failed")
with Guard():
    print("body ran")
