# float_points: many small Point objects with float fields and methods (allocation, attribute access, operator methods).
# tier: 2
# size: 600000
# checksum: Point(0.894427, 1.000000, 0.447214) Point(0.000002, -0.000000, 0.159546) 0.986897945
# test-size: 100
# test-checksum: Point(0.893876, 1.000000, 0.447179) Point(0.009394, -0.005273, 0.164512) 0.990310762
import sys
import math


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, k):
        return Point(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalize(self):
        n = self.length()
        self.x /= n
        self.y /= n
        self.z /= n

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self

    def __repr__(self):
        return f"Point({self.x:.6f}, {self.y:.6f}, {self.z:.6f})"


def make_points(n):
    points = []
    for i in range(n):
        x = math.sin(i)
        points.append(Point(x, math.cos(i) * 3, x * x / 2))
    return points


def main():
    n = int(sys.argv[1])
    points = make_points(n)
    for p in points:
        p.normalize()
    top = points[0]
    for p in points[1:]:
        top = top.maximize(p)
    # A running centroid with operator methods, then the mean distance to it.
    centre = Point(0.0, 0.0, 0.0)
    for p in points:
        centre = centre + p
    centre = centre.scaled(1.0 / n)
    spread = 0.0
    for p in points:
        spread += (p - centre).length()
    print(f"{top!r} {centre!r} {spread / n:.9f}")


main()
