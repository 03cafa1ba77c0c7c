# the message names the module's file
from support.simple import missing_name
