"""The map of Vietnam's 63 provinces (before 1 July 2025): outlines, projection,
and the two archipelagos.

The outlines are a data file made from a registry package by
`tools/make_province_map.py` (source, licence and method: `hoptac/data/MAP.md`).
Hoàng Sa and Trường Sa are not in that data set; they are drawn from the known
positions of their main features, as Vietnamese maps show them.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

OUTLINES_FILE = Path(__file__).parent / "data" / "vn_provinces.json"

# Equirectangular, scaled by the cosine of 16°N (the country's middle), with the
# East Sea out to Trường Sa inside the frame: 420 × 550 map units.
PROJECTION = {
    "west": 102.1,
    "north": 23.45,
    "south": 7.6,
    "east": 114.7,
    "scale": 34.7,
    "x_factor": round(math.cos(math.radians(16)), 4),
}
WIDTH = round(
    (PROJECTION["east"] - PROJECTION["west"])
    * PROJECTION["scale"]
    * PROJECTION["x_factor"]
)
HEIGHT = round((PROJECTION["north"] - PROJECTION["south"]) * PROJECTION["scale"])


@dataclass(frozen=True)
class Outline:
    """One province's outline in map units, and where its label fits."""

    name: str
    d: str  # SVG path data
    label_x: float
    label_y: float
    room: float  # radius of the largest circle inside the province
    area: float


@dataclass(frozen=True)
class Archipelago:
    """An archipelago of a province, drawn from its features' coordinates."""

    name: str
    province: str
    islands: tuple[tuple[float, float], ...]  # (lon, lat)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.province})"


ARCHIPELAGOS = (
    Archipelago(
        "Quần đảo Hoàng Sa",
        "Đà Nẵng",
        (
            (111.61, 16.53),  # đảo Hoàng Sa
            (112.34, 16.83),  # đảo Phú Lâm
            (112.73, 16.67),  # đảo Linh Côn
            (111.20, 15.78),  # đảo Tri Tôn
            (112.27, 16.98),  # đảo Cây
            (111.71, 16.45),  # đảo Quang Hòa
            (111.75, 16.05),  # đá Bạch Quy
            (111.50, 17.08),  # đá Bắc
        ),
    ),
    Archipelago(
        "Quần đảo Trường Sa",
        "Khánh Hòa",
        (
            (114.33, 11.43),  # đảo Song Tử Tây
            (114.28, 11.05),  # đảo Thị Tứ
            (114.42, 10.68),  # đảo Loại Ta
            (114.36, 10.38),  # đảo Ba Bình
            (114.48, 10.37),  # đảo Sơn Ca
            (114.36, 10.18),  # đảo Nam Yết
            (114.33, 9.88),  # đảo Sinh Tồn
            (113.69, 8.97),  # đảo Phan Vinh
            (112.20, 8.85),  # đá Tây
            (111.92, 8.64),  # đảo Trường Sa
            (113.30, 8.17),  # đảo Thuyền Chài
            (112.92, 7.87),  # đảo An Bang
        ),
    ),
)


def project(lon: float, lat: float) -> tuple[float, float]:
    """Place a longitude and latitude on the map, in map units."""
    return (
        round(
            (lon - PROJECTION["west"]) * PROJECTION["scale"] * PROJECTION["x_factor"],
            1,
        ),
        round((PROJECTION["north"] - lat) * PROJECTION["scale"], 1),
    )


@lru_cache(maxsize=1)
def load_outlines() -> tuple[Outline, ...]:
    """Read the province outlines, once a process."""
    data = json.loads(OUTLINES_FILE.read_text("utf-8"))
    if data["projection"] != PROJECTION:
        # The paths were projected with other numbers: labels and the network
        # would not sit on them. Regenerate with tools/make_province_map.py.
        logger.warning("province_map: %s is stale (projection differs)", OUTLINES_FILE)
    return tuple(
        Outline(p["name"], p["d"], *p["label"], p["room"], p["area"])
        for p in data["provinces"]
    )
