raise ValueError("x") from "not an exception"
