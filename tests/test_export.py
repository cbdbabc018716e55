"""Exports: ACLED-like columns, CSV that round-trips, JSON that loads, GeoJSON with [lon, lat] points."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from crawler.cli.main import main
from pipelines import export
from pipelines.store import models as store
from test_dashboard_data import AIN_AL_ASAD, ARABIC_EVIDENCE, FORMULA_EVIDENCE, HOSTILE_ACTOR, MARKUP_EVIDENCE, seed

REQUIRED = {"event_date", "event_date_precision", "base", "base_id", "country", "latitude", "longitude",
            "attack_type", "actor", "fatalities", "injuries", "sources", "independent_sources", "first_seen",
            "links"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return seed(tmp_path_factory.mktemp("export") / "seed.db")


@pytest.fixture(scope="module")
def records(db):
    engine = store.open_engine(db)
    with store.session_factory(engine)() as session:
        rows = export.incident_records(session)
    engine.dispose()
    return rows


def _render(records, fmt: str) -> str:
    buffer = io.StringIO()
    export.write(records, fmt, buffer)
    return buffer.getvalue()


def by_base(rows, base_id):
    return next(r for r in rows if r["base_id"] == base_id)


def test_columns_are_the_acled_like_set():
    assert REQUIRED <= set(export.COLUMNS)


def test_records_are_oldest_event_first(records):
    assert [r.event_date for r in records] == sorted(r.event_date for r in records)
    assert len(records) == 4


def test_precision_is_day_when_stated_and_reported_otherwise(records):
    ain = next(r for r in records if r.base_id == "iq-ain-al-asad")
    erbil = next(r for r in records if r.base_id == "iq-erbil")
    assert (ain.event_date, ain.event_date_precision) == (date(2026, 3, 1), "day")
    assert (erbil.event_date, erbil.event_date_precision) == (date(2026, 3, 5), "reported")


def test_csv_round_trips_through_dictreader(records):
    rows = list(csv.DictReader(io.StringIO(_render(records, "csv"))))
    assert len(rows) == 4
    ain = by_base(rows, "iq-ain-al-asad")
    assert (float(ain["latitude"]), float(ain["longitude"])) == AIN_AL_ASAD
    assert ain["actor"] == HOSTILE_ACTOR
    assert ain["notes"] == MARKUP_EVIDENCE
    assert ain["links"].split(" ") == ["https://gulfwire.example/2026/03/drones-anbar",
                                       "https://rafidain.example/news/881"]
    assert ain["sources"] == "2" and ain["independent_sources"] == "2"
    assert ain["fatalities"] == "" and ain["injuries"] == "2"
    assert ain["first_seen"] == "2026-03-02T01:21:00Z"
    assert ain["attack_types"] == "drone; rocket"


def test_csv_defuses_spreadsheet_formulas_in_untrusted_text(records):
    rows = list(csv.DictReader(io.StringIO(_render(records, "csv"))))
    deir = next(r for r in rows if r["region"] == "Deir ez-Zor")
    assert deir["notes"] == "'" + FORMULA_EVIDENCE
    assert deir["latitude"] == "" and deir["base"] == ""


def test_json_loads_with_lists_and_nulls(records):
    rows = json.loads(_render(records, "json"))
    ain = by_base(rows, "iq-ain-al-asad")
    assert ain["links"][1] == "https://rafidain.example/news/881"
    assert ain["outlets"][1] == "أخبار الرافدين"
    assert ain["fatalities"] is None and ain["injuries"] == 2
    assert next(r for r in rows if r["region"] == "Deir ez-Zor")["latitude"] is None


def test_geojson_is_a_feature_collection_of_lon_lat_points(records):
    collection = json.loads(_render(records, "geojson"))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 4
    for item in collection["features"]:
        assert item["type"] == "Feature"
        assert set(item) >= {"type", "geometry", "properties"}
        geometry = item["geometry"]
        if geometry is not None:
            assert geometry["type"] == "Point"
            lon, lat = geometry["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    ain = next(f for f in collection["features"] if f["properties"]["base_id"] == "iq-ain-al-asad")
    assert ain["geometry"]["coordinates"] == [AIN_AL_ASAD[1], AIN_AL_ASAD[0]]  # longitude first
    assert ain["properties"]["event_date"] == "2026-03-01"
    deir = next(f for f in collection["features"] if f["properties"]["region"] == "Deir ez-Zor")
    assert deir["geometry"] is None


def test_since_keeps_incidents_on_or_after_the_date(db):
    engine = store.open_engine(db)
    with store.session_factory(engine)() as session:
        kept = export.incident_records(session, since=date(2026, 3, 1))
        none = export.incident_records(session, since=date(2027, 1, 1))
    engine.dispose()
    assert [r.base_id for r in kept] == ["iq-ain-al-asad", "iq-erbil", None]
    assert none == []


def test_unknown_format_is_refused(records):
    with pytest.raises(ValueError, match="unknown export format"):
        export.write(records, "xlsx", io.StringIO())


def test_cli_writes_geojson_to_a_file(db, tmp_path, capsys):
    out = tmp_path / "incidents.geojson"
    assert main(["--database", db, "export", "--format", "geojson", "--out", str(out), "--since", "2026-03-01"]) == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert len(collection["features"]) == 3
    assert "wrote 3 incident(s)" in capsys.readouterr().err


def test_cli_writes_csv_to_stdout_in_utf8(db, capsys):
    assert main(["--database", db, "export", "--format", "csv"]) == 0
    text = capsys.readouterr().out
    assert ARABIC_EVIDENCE not in text  # notes hold the first evidence sentence only
    assert "أخبار الرافدين" in text
    assert len(list(csv.DictReader(io.StringIO(text)))) == 4


@pytest.mark.parametrize("argv, message", [
    (["export", "--format", "csv", "--since", "last week"], "--since: not a date"),
    (["--database", "sqlite:///{tmp}/missing.db", "export", "--format", "json"], "no database at"),
])
def test_cli_errors_are_one_line_exit_2(tmp_path, capsys, argv, message):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "missing.db").exists()
