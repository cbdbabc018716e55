"""Turn world-atlas TopoJSON into the GeoJSON outline the map draws when tiles cannot load.

Example: python -m crawler.dashboard.world_outline countries-50m.json > static/vendor/world/countries.geojson
"""

from __future__ import annotations

import json
import sys
from typing import Any

Point = list[float]


def _arcs(topology: dict[str, Any], digits: int) -> list[list[Point]]:
    """Absolute coordinates of every arc (TopoJSON stores them quantized and delta-encoded)."""
    transform = topology.get("transform")
    decoded = []
    for arc in topology["arcs"]:
        if transform is None:
            decoded.append([[round(x, digits), round(y, digits)] for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, digits), round(y * sy + ty, digits)])
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[Point]]) -> list[Point]:
    """Join arcs into one ring; a negative index means the arc ~index reversed."""
    ring: list[Point] = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _geometry(geometry: dict[str, Any], arcs: list[list[Point]]) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        return {"type": "Polygon", "coordinates": [_ring(r, arcs) for r in geometry["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[_ring(r, arcs) for r in p] for p in geometry["arcs"]]}
    return None


def topology_to_geojson(topology: dict[str, Any], name: str = "countries", *, digits: int = 2) -> dict[str, Any]:
    """A FeatureCollection of the named object's polygons, coordinates rounded to `digits`."""
    arcs = _arcs(topology, digits)
    features = []
    for geometry in topology["objects"][name]["geometries"]:
        shape = _geometry(geometry, arcs)
        if shape is not None:
            features.append({"type": "Feature", "properties": {"name": (geometry.get("properties") or {}).get("name")},
                             "geometry": shape})
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    with open(args[0], encoding="utf-8") as handle:
        collection = topology_to_geojson(json.load(handle))
    json.dump(collection, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
