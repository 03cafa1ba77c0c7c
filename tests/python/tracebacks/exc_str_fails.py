class Weird(Exception):
    def __str__(self):
        return 1 / 0
raise Weird("x")
