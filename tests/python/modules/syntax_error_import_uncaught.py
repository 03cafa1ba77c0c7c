print("importing")
from support import badsyntax
