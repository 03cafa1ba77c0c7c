# raytrace: a small ray tracer (spheres, a checkered plane, shadows, reflections) over vector objects.
# tier: 2
# size: 330
# checksum: 124983700 3434 75218 3416 2836 7370 16444 144 38
# test-size: 8
# test-checksum: 75198 1 45 1 1 8 8 0 0
import sys
import math

EPSILON = 1e-6


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def times(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def hit(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).unit()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, reflect):
        self.point = point
        self.normal = normal.unit()
        self.reflect = reflect

    def hit(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        light = (math.floor(p.x) + math.floor(p.z)) % 2 == 0
        return Vec(0.9, 0.9, 0.9) if light else Vec(0.2, 0.2, 0.3)


class Scene:
    def __init__(self, objects, light, ambient):
        self.objects = objects
        self.light = light
        self.ambient = ambient

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, p, to_light, distance):
        ray = Ray(p, to_light)
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vec(0.1, 0.15, 0.25)
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        colour = base * self.ambient
        to_light = self.light - p
        distance = to_light.length()
        to_light = to_light * (1.0 / distance)
        diffuse = n.dot(to_light)
        if diffuse > 0 and not self.in_shadow(p, to_light, distance):
            colour = colour + base * diffuse
            half = (to_light - ray.direction).unit()
            spec = n.dot(half)
            if spec > 0:
                colour = colour + Vec(1.0, 1.0, 1.0) * (spec ** 32)
        if depth > 0 and obj.reflect > 0:
            d = ray.direction
            reflected = d - n * (2 * d.dot(n))
            colour = colour * (1 - obj.reflect) + self.trace(Ray(p, reflected), depth - 1) * obj.reflect
        return colour


def render(size):
    scene = Scene(
        [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.2),
            Sphere(Vec(2.0, 0.5, 4.0), 0.5, Vec(0.3, 0.4, 0.95), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.25),
        ],
        Vec(-4.0, 6.0, -2.0),
        0.15,
    )
    eye = Vec(0.0, 1.6, -1.0)
    forward = (Vec(0.0, 0.9, 5.0) - eye).unit()
    right = forward.cross(Vec(0.0, 1.0, 0.0)).unit() * -1.0
    up = right.cross(forward) * -1.0
    total = 0
    histogram = [0] * 8
    for row in range(size):
        for col in range(size):
            sx = (col + 0.5) / size * 2 - 1
            sy = 1 - (row + 0.5) / size * 2
            direction = (forward + right * sx + up * sy).unit()
            c = scene.trace(Ray(eye, direction), 2)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            total += r * 3 + g * 5 + b * 7
            histogram[(r + g + b) // 96] += 1
    return total, histogram


def main():
    size = int(sys.argv[1])
    total, histogram = render(size)
    print(total, " ".join(str(h) for h in histogram))


main()
