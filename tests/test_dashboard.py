"""The dashboard through Flask's test client over a seeded SQLite file: pages, filters, escaping, GET only."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from crawler.dashboard.app import create_app
from crawler.dashboard.server import is_loopback
from test_dashboard_data import (
    AIN_AL_ASAD, ARABIC_EVIDENCE, HOSTILE_ACTOR, HOSTILE_OUTLET, MARKUP_EVIDENCE, SCRIPT_TITLE, SCRIPT_URL, seed,
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(seed(tmp_path_factory.mktemp("dash") / "seed.db"), tile_url=None)
    yield app.test_client()
    app.extensions["basewatch_engine"].dispose()


class _Tags(HTMLParser):
    """Every start tag with its attributes, to check that no untrusted markup became a tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def incident_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr id="incident-(\d+)"', html)]


def ain_id(client) -> int:
    match = re.search(r'<tr id="incident-(\d+)" data-country="IQ" data-base="iq-ain-al-asad"', page(client, "/"))
    return int(match.group(1))


def test_index_lists_every_incident_newest_first(client):
    html = page(client, "/")
    assert len(incident_ids(html)) == 4
    assert '<strong id="incident-count">4</strong>' in html
    order = re.findall(r'<tr id="incident-\d+" data-country="([A-Z]*)" data-base="[^"]*"', html)
    assert order == ["SY", "IQ", "IQ", "JO"]
    assert re.findall(r'data-base="([^"]*)"', html)[1:3] == ["iq-erbil", "iq-ain-al-asad"]
    assert "1 without coordinates" in html


@pytest.mark.parametrize("query, expected", [
    ("country=JO", {"jo-tower-22"}),
    ("country=iq", {"iq-ain-al-asad", "iq-erbil"}),
    ("base=iq-erbil", {"iq-erbil"}),
    ("attack=rocket", {"iq-ain-al-asad", "iq-erbil"}),  # Ain al-Asad's second report was rockets
    ("attack=mortar", {""}),
    ("actor=saraya", {"jo-tower-22"}),
    ("actor=resistance+%3Cimg", {"iq-ain-al-asad"}),
    ("from=2026-03-01&to=2026-03-05", {"iq-ain-al-asad", "iq-erbil"}),
    ("to=2026-02-28", {"jo-tower-22"}),
    ("from=2026-03-02&to=2026-03-04", set()),  # Ain al-Asad was published on the 2nd but happened on the 1st
    ("country=SY&attack=drone", set()),
])
def test_filters(client, query, expected):
    html = page(client, "/?" + query)
    bases = set(re.findall(r'<tr id="incident-\d+" data-country="[A-Z]*" data-base="([^"]*)"', html))
    assert bases == expected
    assert f'<strong id="incident-count">{len(expected)}</strong>' in html


def test_a_bad_date_is_reported_and_ignored(client):
    html = page(client, "/?from=yesterday")
    assert "from: not a date" in html
    assert len(incident_ids(html)) == 4


def test_filter_menus_offer_only_what_the_database_holds(client):
    html = page(client, "/")
    assert '<option value="JO">Jordan</option>' in html
    assert '<option value="iq-erbil">Erbil Air Base</option>' in html
    assert '<option value="mortar">Mortar attack</option>' in html
    assert 'value="airstrike"' not in html


def test_untrusted_text_never_becomes_markup(client):
    pages = [page(client, "/"), page(client, f"/incidents/{ain_id(client)}"), page(client, "/sources")]
    for html in pages:
        found = tags(html)
        assert not [t for t, a in found if t in ("img", "b", "i") or (t == "script" and "src" not in a
                                                                            and a.get("type") != "application/json")]
        assert not [a for _, a in found if any(k.startswith("on") for k in a)]
    index, detail, sources = pages
    assert "Resistance &lt;img src=x onerror=alert(1)&gt; Front" in index
    assert "Drones over &lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Anbar" in detail
    assert "Three drones struck &lt;b&gt;Ain al-Asad&lt;/b&gt; air base" in detail
    assert "Gulf Wire &lt;i&gt;Desk&lt;/i&gt;" in sources
    assert SCRIPT_TITLE not in detail and HOSTILE_ACTOR not in index and HOSTILE_OUTLET not in sources


def test_map_data_is_json_that_cannot_close_its_script_tag(client):
    html = page(client, "/")
    block = re.search(r'<script type="application/json" id="map-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block
    points = json.loads(block)
    ain = next(p for p in points if p["base"] == "Ain al-Asad Air Base")
    assert (ain["lat"], ain["lon"]) == AIN_AL_ASAD
    assert ain["incidents"][0]["actor"] == HOSTILE_ACTOR
    assert len(points) == 3  # Deir ez-Zor has no coordinates


def test_incident_page_has_reports_evidence_sources_and_timeline(client):
    html = page(client, f"/incidents/{ain_id(client)}")
    assert "Drone attack on <bdi>Ain al-Asad Air Base</bdi> (Iraq)" in html
    assert ARABIC_EVIDENCE in html
    evidence = [a for t, a in tags(html) if t == "blockquote"]
    assert len(evidence) == 2 and all(a.get("dir") == "auto" for a in evidence)
    assert '<bdi class="outlet">أخبار الرافدين</bdi>' in html
    # the installation as an article wrote it, in Latin letters too for a reader of English
    assert "named as <bdi>عين الأسد [`yn l&#39;sd]</bdi>" in html
    assert "named as <bdi>Ain al-Asad</bdi>" in html
    links = [a["href"] for t, a in tags(html) if t == "a" and a.get("target") == "_blank"]
    assert "https://rafidain.example/news/881" in links
    assert all(a.get("rel") == "noopener noreferrer" for t, a in tags(html) if t == "a" and a.get("target"))
    timeline = re.search(r'<ol class="timeline" id="timeline">(.*?)</ol>', html, re.S).group(1)
    steps = re.findall(r"<span>([^<]+)</span>", timeline)
    assert steps == ["Attack (date stated in a report)", "Reported by", "First seen by basewatch",
                     "Alert sent to 1 recipient", "Reported by", "Last report seen"]
    assert "33.7856, 42.4412" in html


def test_a_javascript_url_from_a_feed_is_not_a_link(client):
    index = page(client, "/?country=SY")
    deir = incident_ids(index)[0]
    html = page(client, f"/incidents/{deir}")
    hrefs = [a.get("href") for t, a in tags(html) if t == "a"]
    assert SCRIPT_URL.split(":")[0] not in " ".join(h for h in hrefs if h)
    assert "#" in hrefs
    assert "Fetched from" in html  # no publication time: the fetch time stands in
    assert "No coordinates for this incident." in html


def test_missing_incident_is_404(client):
    response = client.get("/incidents/999")
    assert response.status_code == 404
    assert "Not found" in response.get_data(as_text=True)


def test_sources_page_shows_health(client):
    html = page(client, "/sources")
    rows = re.findall(r'<tr id="source-\d+" class="state-([a-z-]+)">', html)
    assert rows == ["ok", "ok", "failing"]
    assert "HTTP 503 &lt;html&gt;maintenance&lt;/html&gt;" in html
    assert "1 (1 failing)" in html
    assert "3 sources · 1 failing" in html


def test_chart_is_inline_svg_with_a_bar_per_day_and_country(client):
    html = page(client, "/")
    bars = re.findall(r'<rect class="bar"[^>]*><title>([^<]+)</title>', html)
    assert sorted(bars) == ["2026-02-20: 1 in Jordan", "2026-03-01: 1 in Iraq", "2026-03-05: 1 in Iraq",
                            "2026-03-06: 1 in Syria"]
    assert "Iraq (2)" in html


@pytest.mark.parametrize("fmt", ["csv", "json", "geojson"])
def test_download_honours_the_filters(client, fmt):
    response = client.get(f"/export.{fmt}?country=IQ")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data(as_text=True)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
    elif fmt == "json":
        rows = json.loads(body)
    else:
        rows = [f["properties"] for f in json.loads(body)["features"]]
    assert {r["base_id"] for r in rows} == {"iq-ain-al-asad", "iq-erbil"}


def test_unknown_download_format_is_404(client):
    assert client.get("/export.xlsx").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/", "/incidents/1", "/sources", "/export.csv"])
def test_read_only_no_write_methods(client, method, url):
    assert getattr(client, method)(url, data={"x": "1"}).status_code == 405


def test_only_get_routes_exist(client):
    for rule in client.application.url_map.iter_rules():
        assert rule.methods <= {"GET", "HEAD", "OPTIONS"}, rule


def test_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_tile_host_is_allowed_only_when_tiles_are_on(tmp_path):
    app = create_app(seed(tmp_path / "t.db"), tile_url="https://tiles.example.org/{z}/{x}/{y}.png")
    response = app.test_client().get("/")
    assert "img-src 'self' data: https://tiles.example.org;" in response.headers["Content-Security-Policy"]
    assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png"' in response.get_data(as_text=True)
    app.extensions["basewatch_engine"].dispose()


def test_vendored_leaflet_and_outline_are_served_locally(client):
    html = page(client, "/")
    sources = [a["src"] for t, a in tags(html) if t == "script" and "src" in a]
    styles = [a["href"] for t, a in tags(html) if t == "link" and a.get("rel") == "stylesheet"]
    assert all(s.startswith("/static/") for s in sources + styles)
    for url in sources + styles + ["/static/vendor/world/countries-50m.geojson",
                                   "/static/vendor/leaflet/images/marker-icon.png"]:
        assert client.get(url).status_code == 200, url
    assert b"Leaflet 1.9.4" in client.get("/static/vendor/leaflet/leaflet.js").data


def test_empty_database_renders(tmp_path):
    from pipelines.store import models as store

    store.open_engine(f"sqlite:///{tmp_path / 'empty.db'}").dispose()
    app = create_app(f"sqlite:///{tmp_path / 'empty.db'}", tile_url=None)
    client = app.test_client()
    assert "No incidents" in page(client, "/")
    assert "Nothing to chart." in page(client, "/")
    assert "No sources in this database yet." in page(client, "/sources")
    app.extensions["basewatch_engine"].dispose()


def test_missing_database_file_is_an_error_not_a_new_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no database at"):
        create_app(f"sqlite:///{tmp_path / 'nope.db'}")
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                            ("0.0.0.0", False), ("192.0.2.10", False), ("example.org", False)])
def test_non_loopback_hosts_are_flagged(host, loopback):
    assert is_loopback(host) is loopback


def test_world_outline_decodes_quantized_delta_arcs():
    from crawler.dashboard.world_outline import topology_to_geojson

    topology = {"type": "Topology", "transform": {"scale": [0.5, 0.25], "translate": [40, 30]},
                "arcs": [[[0, 0], [4, 0], [0, 4]], [[4, 4], [-4, 0], [0, -4]]],
                "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Squareland"}},
                    {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "properties": {"name": "Mirror"}}]}}}
    square, mirror = topology_to_geojson(topology)["features"]
    assert square["properties"]["name"] == "Squareland"
    assert square["geometry"]["coordinates"] == [[[40, 30], [42, 30], [42, 31], [40, 31], [40, 30]]]
    assert mirror["geometry"]["coordinates"] == [[[[40, 30], [40, 31], [42, 31], [42, 30], [40, 30]]]]


def _why(html: str) -> list[str]:
    return [re.sub(r"\s+", " ", block) for block in re.findall(r'<details class="why">(.*?)</details>', html, re.S)]


def test_incident_page_says_why_each_report_was_flagged(client):
    """The alias, attack words, score and date rule behind each report, as `detect --explain` gives them."""
    erbil = re.search(r'<tr id="incident-(\d+)" data-country="IQ" data-base="iq-erbil"', page(client, "/")).group(1)
    (why,) = _why(page(client, f"/incidents/{erbil}"))
    assert "“Erbil air base”, an installation the gazetteer names, gazetteer entry iq-erbil." in why
    assert "“rockets” (rocket)" in why
    assert re.search(r"Score \d\.\d\d against the threshold \d\.\d\d\.", why)
    assert "Date: no date in the text: the publication time stands in." in why
    ain = _why(page(client, f"/incidents/{ain_id(client)}"))
    assert len(ain) == 2 and all("counted back from 2026-03-02" in block for block in ain)


def test_a_report_the_current_detector_would_not_make_says_so(client):
    """A report stored by an older rule or gazetteer is not explained with reasons it no longer has."""
    deir = incident_ids(page(client, "/?country=SY"))[0]
    (why,) = _why(page(client, f"/incidents/{deir}"))
    assert "The current detector would not report this installation from this article" in why
    assert "Score" not in why
