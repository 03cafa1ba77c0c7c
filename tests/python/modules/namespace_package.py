# a folder without __init__.py is a namespace package
import support.ns.portion.mod as mod
import support.ns.portion as portion
print(mod.WHERE)
print(hasattr(portion, "__file__") and portion.__file__)
