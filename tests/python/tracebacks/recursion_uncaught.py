def deep(n):
    if n == 0:
        raise ValueError("bottom reached")
    deep(n - 1)
deep(30)
