# sys.displayhook shows a value the interactive way: repr on stdout, None skipped, builtins._ set
import sys
import builtins
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("text")
print(builtins._)
sys.displayhook([1, None])
print(builtins._, sys.__displayhook__ is sys.displayhook)
