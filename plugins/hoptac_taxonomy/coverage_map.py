"""The coverage map: province outlines coloured by article count, built once a build.

Templates draw `hoptac.coverage_map` (a `CoverageMap`) with the `coverage_map`
macro; the cooperation network uses its outlines as background.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from hoptac.gazetteer import ProvinceGazetteer
from hoptac.province_map import ARCHIPELAGOS, HEIGHT, WIDTH, load_outlines, project

logger = logging.getLogger(__name__)

# Labels are drawn this size (map units); a province gets one when it fits.
LABEL_SIZE = 7.5
# Average advance of a Vietnamese letter at LABEL_SIZE, in map units.
LETTER_WIDTH = 0.5 * LABEL_SIZE
CLASSES = 4  # coloured classes beside "no article"
# Labels on narrow screens: site.css's `.map-labels text.large` size / LABEL_SIZE.
PHONE_SCALE = 1.4


@dataclass
class MapShape:
    """One province on the map."""

    name: str
    slug: str
    d: str
    entry: object  # Entry, or None when no article names the province
    count: int
    level: int  # 0 (no article) .. CLASSES
    label_x: float
    label_y: float
    labelled: bool
    labelled_large: bool = False

    @property
    def accessible_name(self) -> str:
        return (
            f"{self.name}: {self.count} bài"
            if self.count
            else f"{self.name}: chưa có bài"
        )


@dataclass
class ArchipelagoMark:
    """An archipelago drawn as its islands, labelled with its province."""

    label: str
    name: str
    province: str
    shape: MapShape  # its province (link, colour)
    dots: list[tuple[float, float]]
    label_x: float
    label_y: float


@dataclass
class LegendItem:
    level: int
    text: str


@dataclass
class CoverageMap:
    width: int = WIDTH
    height: int = HEIGHT
    shapes: list[MapShape] = field(default_factory=list)
    archipelagos: list[ArchipelagoMark] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)

    @property
    def covered(self) -> int:
        return sum(1 for s in self.shapes if s.count)


def class_bounds(top: int) -> list[int]:
    """Lower bounds of the coloured classes: geometric steps from 1 to `top`.

    >>> class_bounds(100)
    [1, 3, 10, 32]
    >>> class_bounds(2)
    [1, 2]
    """
    return sorted({max(1, round(top ** (k / CLASSES))) for k in range(CLASSES)})


def build_coverage_map(gazetteer: ProvinceGazetteer, provinces: dict) -> CoverageMap:
    """Colour each outline by its province's article count; label those that fit."""
    top = max((e.count for e in provinces.values()), default=0)
    bounds = class_bounds(top) if top else []
    # The darkest class always stands for the most covered provinces.
    offset = CLASSES - len(bounds)

    def level(count: int) -> int:
        if not count:
            return 0
        return offset + sum(1 for b in bounds if count >= b)

    coverage = CoverageMap()
    by_name = {}
    for outline in load_outlines():
        province = gazetteer[outline.name]
        entry = provinces.get(province.name)
        count = entry.count if entry else 0
        # `room` is the width of the province's widest band a line of text high;
        # the label's halo may spill a little over the border.
        fits = len(province.name) * LETTER_WIDTH <= 1.35 * outline.room
        # On a phone the map is drawn smaller and its labels larger (CSS): only
        # names that still fit then are kept.
        fits_large = (
            len(province.name) * LETTER_WIDTH * PHONE_SCALE <= 1.35 * outline.room
        )
        shape = MapShape(
            province.name,
            province.slug,
            outline.d,
            entry,
            count,
            level(count),
            outline.label_x,
            round(outline.label_y + LABEL_SIZE * 0.35, 1),  # baseline: centre the text
            fits,
            fits_large,
        )
        coverage.shapes.append(shape)
        by_name[province.name] = shape
    coverage.legend = [LegendItem(0, "Chưa có bài")]
    for i, low in enumerate(bounds):
        high = bounds[i + 1] - 1 if i + 1 < len(bounds) else top
        text = f"{low} bài" if low == high else f"{low}–{high} bài"
        coverage.legend.append(LegendItem(offset + i + 1, text))
    for archipelago in ARCHIPELAGOS:
        dots = [project(lon, lat) for lon, lat in archipelago.islands]
        left = min(x for x, _ in dots)
        top_y = min(y for _, y in dots)
        coverage.archipelagos.append(
            ArchipelagoMark(
                archipelago.label,
                archipelago.name,
                archipelago.province,
                by_name[archipelago.province],
                dots,
                round(left - 4, 1),
                round(top_y - 8, 1),
            )
        )
    return coverage
