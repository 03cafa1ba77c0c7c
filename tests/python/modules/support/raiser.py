print("raiser: before")


def inner():
    return {}["missing"]


inner()
print("raiser: never")
