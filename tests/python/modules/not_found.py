# ModuleNotFoundError: message and name, for top-level and dotted names
for name in ["no_such_module", "support.no_such", "support.simple.sub", "no_such_pkg.sub"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, "|", e, "|", e.name)
try:
    import support.simple.sub
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
try:
    from support import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
