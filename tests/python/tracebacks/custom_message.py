raise RuntimeError("something went wrong: code 42")
