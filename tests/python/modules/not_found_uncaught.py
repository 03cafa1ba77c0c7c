print("before")
import support.definitely_missing
