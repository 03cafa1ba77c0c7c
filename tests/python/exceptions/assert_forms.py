# assert with and without messages, caught
def check(x):
    assert x > 0, f"expected positive, got {x}"
    assert x != 5
    return x
for v in [1, -1, 5]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
