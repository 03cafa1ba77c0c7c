# a syntax error in an imported module is a SyntaxError raised by the import
try:
    import support.badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("badsyntax.py"))
import sys
print("support.badsyntax" in sys.modules)
