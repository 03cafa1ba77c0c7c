# a syntax error in an imported module is a SyntaxError raised by the import
try:
    import support.badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("badsyntax.py"))
import sys
print("support.badsyntax" in sys.modules)
try:
    import support.badsyntax
except SyntaxError as e:
    print(str(e))
    print(e.args[0], e.args[1][1:], e.offset, e.text)
