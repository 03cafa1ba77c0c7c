def read(path):
    try:
        f = open(path)
    except OSError as e:
        return None
    else:
        with f:
            return f.read()
    finally:
        print("done")
