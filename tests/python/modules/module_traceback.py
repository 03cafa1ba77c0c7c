# an uncaught error raised inside an imported module's function
from support import simple
import support.raiser
