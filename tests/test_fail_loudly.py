"""Every everyday mistake and outage is named in one line with the right exit code, never a traceback.

Each config case breaks a fresh copy of the shipped config/; outages use real local servers and
closed ports on 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from rich.console import Console

from conftest import write_config
from crawler.cli.main import main
from faults.helpers import closed_port
from pipelines.store import models as store
from pipelines.config_models import DEFAULT_CONFIG_DIR
from pipelines.config import load_config

CONFIG_FILES = ("settings.yaml", "sources.yaml", "alerts.yaml", "bases.yaml", "places.yaml")


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """The command in this process: exit code, stdout, stderr (argparse's exit included)."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def shipped(tmp_path) -> Path:
    """A fresh copy of the shipped config, to break."""
    target = tmp_path / "config"
    target.mkdir()
    for name in CONFIG_FILES:
        shutil.copy(DEFAULT_CONFIG_DIR / name, target / name)
    return target


def _edit(directory: Path, name: str, old: str, new: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in the shipped {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(directory: Path, name: str, needle: str) -> int:
    lines = (directory / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


RULE = "    min_confidence: 0.5\n"

# (case, file, text in the shipped file, its replacement, line holding the fault, words of the message)
CONFIG_CASES = [
    ("unknown base id", "alerts.yaml", RULE, RULE + "    bases: [iq-ain-al-asd]\n", "iq-ain-al-asd",
     "entry 'watch-officer@example.org': field 'bases': unknown base id 'iq-ain-al-asd' (did you mean iq-ain-al-asad?)"),
    ("unknown country", "alerts.yaml", RULE, RULE + "    countries: [XX]\n", "[XX]",
     "field 'countries': unknown country 'XX' (an ISO 3166 alpha-2 code such as IQ)"),
    ("country name", "alerts.yaml", RULE, RULE + "    countries: [Iraq]\n", "[Iraq]",
     "unknown country 'Iraq' (did you mean IQ?)"),
    ("unknown attack type", "alerts.yaml", RULE, RULE + "    attack_types: [drones]\n", "[drones]",
     "unknown attack type 'drones' (did you mean 'drone'?)"),
    ("misspelt rule key", "alerts.yaml", RULE, RULE + "    countires: [IQ]\n", "countires",
     "field 'countires': unknown key 'countires' (did you mean 'countries'?)"),
    ("misspelt top-level key in alerts", "alerts.yaml", "recipients:\n", "recipient:\n", "recipient:",
     "unknown top-level key 'recipient' (did you mean 'recipients'?)"),
    ("misspelt top-level key in sources", "sources.yaml", "\nsources:\n", "\nsource:\n", "source:",
     "unknown top-level key 'source' (did you mean 'sources'?)"),
    ("misspelt top-level key in settings", "settings.yaml", "\nsmtp:\n", "\nsmpt:\n", "smpt:",
     "field 'smpt': unknown key 'smpt' (did you mean 'smtp'?)"),
    ("misspelt nested key in settings", "settings.yaml", "  tls: none", "  tsl: none", "tsl:",
     "field 'smtp.tsl': unknown key 'tsl' (did you mean 'tls'?)"),
    ("bad value in settings", "settings.yaml", "  port: 25\n", "  port: 250000\n", "port: 250000",
     "field 'smtp.port': Input should be less than or equal to 65535"),
]


@pytest.mark.parametrize("case, name, old, new, needle, message", CONFIG_CASES, ids=[c[0] for c in CONFIG_CASES])
def test_config_mistake_is_one_line_with_its_line_number(shipped, tmp_path, capsys, case, name, old, new, needle,
                                                         message):
    _edit(shipped, name, old, new)
    code, out, err = run(["--config", str(shipped), "--database", f"sqlite:///{tmp_path / 'db.sqlite'}", "sources"],
                         capsys)
    assert code == 2
    line = _line_of(shipped, name, needle)
    assert err.strip().splitlines() == [f"basewatch: config error: {shipped / name}:{line}: " + err.split(
        f"{name}:{line}: ", 1)[1].strip()]
    assert message in err
    assert not (tmp_path / "db.sqlite").exists()


def test_every_problem_in_every_file_at_once(shipped, tmp_path, capsys):
    _edit(shipped, "alerts.yaml", RULE, RULE + "    countries: [XX]\n    bases: [iq-ain-al-asd]\n"
                                              "  - email: second@example.org\n    mode: sometimes\n")
    _edit(shipped, "settings.yaml", "\nsmtp:\n", "\nsmpt:\n")
    code, _out, err = run(["--config", str(shipped), "incidents"], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("basewatch: config error: ") for line in lines)
    assert [re.search(r"/(\w+\.yaml):(\d+):", line).groups() for line in lines] == [
        ("settings.yaml", str(_line_of(shipped, "settings.yaml", "smpt:"))),
        ("alerts.yaml", str(_line_of(shipped, "alerts.yaml", "[XX]"))),
        ("alerts.yaml", str(_line_of(shipped, "alerts.yaml", "iq-ain-al-asd"))),
        ("alerts.yaml", str(_line_of(shipped, "alerts.yaml", "sometimes"))),
    ]


def test_every_bad_gazetteer_entry_at_once(shipped, tmp_path, capsys):
    _edit(shipped, "bases.yaml", "lat: 33.786,", "lat: 333,")
    _edit(shipped, "bases.yaml", "id: iq-erbil, name: Erbil Air Base, country: IQ,",
          "id: iq-erbil, name: Erbil Air Base, country: Iraq,")
    _edit(shipped, "places.yaml", "{name: Duhok, country: IQ,", "{name: Duhok, country: Iraq,")
    code, _out, err = run(["--config", str(shipped), "--database", f"sqlite:///{tmp_path / 'db.sqlite'}", "run"],
                          capsys)
    assert code == 2
    assert [re.search(r"/(\w+\.yaml):(\d+): entry '([\w-]+)': field '(\w+)'", line).groups()
            for line in err.strip().splitlines()] == [
        ("bases.yaml", str(_line_of(shipped, "bases.yaml", "lat: 333,")), "iq-ain-al-asad", "lat"),
        ("bases.yaml", str(_line_of(shipped, "bases.yaml", "country: Iraq")), "iq-erbil", "country"),
        ("places.yaml", str(_line_of(shipped, "places.yaml", "country: Iraq")), "Duhok", "country"),
    ]
    assert not (tmp_path / "db.sqlite").exists()


def test_country_codes_in_any_case_are_upper_case(shipped):
    _edit(shipped, "alerts.yaml", RULE, RULE + "    countries: [iq, Sy]\n")
    _edit(shipped, "sources.yaml", "    country: IQ\n", "    country: iq\n")
    config = load_config(shipped)
    assert config.recipients[0].countries == ("IQ", "SY")
    assert "iq" not in {source.country for source in config.sources}


def test_unknown_source_country_is_named(shipped, capsys):
    _edit(shipped, "sources.yaml", "    country: IQ\n", "    country: XX\n")
    code, _out, err = run(["--config", str(shipped), "sources"], capsys)
    line = _line_of(shipped, "sources.yaml", "country: XX")
    assert code == 2 and f"sources.yaml:{line}: entry " in err
    assert "field 'country': unknown country 'XX' (an ISO 3166 alpha-2 code such as IQ)" in err


@pytest.mark.parametrize("verbose", [False, True])
def test_quiet_by_default(tmp_path, verbose):
    database = f"sqlite:///{tmp_path / 'db.sqlite'}"  # a new database: the schema is created
    done = subprocess.run([sys.executable, "-m", "crawler.cli", *(["-v"] if verbose else []), "--database", database,
                           "send"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == "alerts sent 0, failed 0, pending 0\n"
    assert ("alembic" in done.stderr) is verbose


# Files the crawl process reads: validated in the parent, before any cycle (and any database).
# (case, file, text in the shipped file, its replacement, line holding the fault or None, message)
REFERENCE_CASES = [
    ("latitude out of range", "bases.yaml", "lat: 33.786,", "lat: 333,", "lat: 333,",
     "bases.yaml:{line}: entry 'iq-ain-al-asad': field 'lat': Input should be less than or equal to 90"),
    ("misspelt top-level key in bases", "bases.yaml", "\nbases:\n", "\nbase:\n", "base:",
     "bases.yaml:{line}: unknown top-level key 'base' (did you mean 'bases'?)"),
    ("unknown top-level key in places", "places.yaml", "\nplaces:\n", "\nplace_notes: x\nplaces:\n", "place_notes:",
     "places.yaml:{line}: unknown top-level key 'place_notes' (did you mean 'places'?)"),
    ("bad country in places", "places.yaml", "{name: Duhok, country: IQ,", "{name: Duhok, country: Iraq,",
     "country: Iraq", "places.yaml:{line}: entry 'Duhok': field 'country'"),
]


@pytest.mark.parametrize("case, name, old, new, needle, message", REFERENCE_CASES, ids=[c[0] for c in REFERENCE_CASES])
def test_gazetteer_mistake_stops_crawl_before_any_cycle(shipped, tmp_path, capsys, case, name, old, new, needle,
                                                        message):
    _edit(shipped, name, old, new)
    database = tmp_path / "db.sqlite"
    code, out, err = run(["--config", str(shipped), "--database", f"sqlite:///{database}", "crawl", "--once"], capsys)
    assert code == 2 and out == ""
    assert message.format(line=_line_of(shipped, name, needle) if needle else None) in err
    assert all(line.startswith("basewatch: config error: ") for line in err.strip().splitlines())
    assert not database.exists(), "no cycle ran"


DATABASE_CASES = [
    ("misspelt scheme", "sqlit:///{tmp}/db.sqlite", "incidents",
     "unknown database scheme 'sqlit' (did you mean 'sqlite'?)"),
    ("plain path", "{tmp}/db.sqlite", "sources", "{tmp}/db.sqlite: not a database URL"),
    ("unreachable PostgreSQL", "postgresql+psycopg://basewatch:s3cret@127.0.0.1:{port}/basewatch", "send",
     "postgresql+psycopg://basewatch:***@127.0.0.1:{port}/basewatch: cannot open the database: "),
    ("driver not installed", "mysql://basewatch@127.0.0.1/basewatch", "send", "its driver is not installed"),
    ("missing SQLite file, incidents", "sqlite:///{tmp}/typo.sqlite", "incidents", "no database at {tmp}/typo.sqlite"),
    ("missing SQLite file, sources", "sqlite:///{tmp}/typo.sqlite", "sources", "no database at {tmp}/typo.sqlite"),
    ("missing SQLite file, dashboard", "sqlite:///{tmp}/typo.sqlite", "dashboard", "no database at {tmp}/typo.sqlite"),
    ("folder that cannot be made", "sqlite:///{tmp}/a-file/db.sqlite", "send",
     "cannot create {tmp}/a-file: a file is in the way, not a folder"),
]


@pytest.mark.parametrize("case, url, command, message", DATABASE_CASES, ids=[c[0] for c in DATABASE_CASES])
def test_database_mistake_is_one_line(tmp_path, capsys, case, url, command, message):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    port = closed_port()
    code, out, err = run(["--database", url.format(tmp=tmp_path, port=port), command], capsys)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert message.format(tmp=tmp_path, port=port) in err
    assert "s3cret" not in err
    assert not (tmp_path / "typo.sqlite").exists(), "a read command created the database"


def test_unwritable_workdir_is_named(tmp_path, capsys):
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    code, _out, err = run(["demo", "--workdir", str(tmp_path / "a-file" / "demo")], capsys)
    assert code == 2
    assert err.strip() == f"basewatch: error: {tmp_path / 'a-file' / 'demo'}: cannot write here: Not a directory"


INPUT_CASES = [
    ("line without text", '{"id": 1, "text": "ok"}\n{"id": 2, "body": "Rockets hit the base."}\n',
     "{path}:2: no 'text' (each line needs 'id', 'text'; keys present: 'id', 'body')"),
    ("line without id", '{"text": "Rockets hit the base."}\n', "{path}:1: no 'id'"),
    ("misspelt text key", '{"id": 1, "txt": "Rockets hit the base."}\n', "{path}:1: no 'text' (each line needs 'id', 'text'; 'txt' instead of 'text'?)"),
    ("not UTF-8", b'{"id": 1, "text": "ok"}\n{"id": 2, "text": "caf\xe9"}\n', "{path}:2: not UTF-8 (byte 0xe9"),
    ("not JSON", '{"id": 1, "text": }\n', "{path}:1: not valid JSON"),
]


@pytest.mark.parametrize("case, content, message", INPUT_CASES, ids=[c[0] for c in INPUT_CASES])
def test_detect_input_mistake_names_the_line_and_stops(tmp_path, capsys, case, content, message):
    path = tmp_path / "in.jsonl"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run(["detect", "--jsonl", str(path)], capsys)
    assert code == 2
    assert err.strip() == "basewatch: error: " + err.strip().removeprefix("basewatch: error: ")
    assert message.format(path=path) in err
    assert len(out.splitlines()) == content.count(b"\n" if isinstance(content, bytes) else "\n") - 1, \
        "lines before the bad one are answered, none after"


def test_detect_missing_file(tmp_path, capsys):
    code, _out, err = run(["detect", "--jsonl", str(tmp_path / "nope.jsonl")], capsys)
    assert (code, err.strip()) == (2, f"basewatch: error: {tmp_path / 'nope.jsonl'}: file not found")


ARGUMENT_CASES = [
    (["extract", "--jsonl", "-", "--workers", "0"], "argument --workers: 0 is out of range (1 to 64)"),
    (["dashboard", "--port", "99999"], "argument --port: 99999 is out of range (0 to 65535)"),
    (["dashboard", "--tiles", "foo"], "argument --tiles: 'foo' is neither 'none' nor an http(s) URL template"),
    (["sources", "check", "--workers", "0"], "argument --workers: 0 is out of range (1 to 64)"),
]


@pytest.mark.parametrize("argv, message", ARGUMENT_CASES, ids=[" ".join(a[:3]) for a, _ in ARGUMENT_CASES])
def test_bad_argument_is_a_usage_error(capsys, argv, message):
    code, _out, err = run(argv, capsys)
    assert code == 2 and message in err


def test_version(capsys):
    code, out, _err = run(["--version"], capsys)
    assert code == 0 and re.fullmatch(r"basewatch \d+\.\d+\.\d+\n", out)


def _offline_config(tmp_path: Path, **settings) -> Path:
    """Three sources whose hosts refuse every connection: the network is down."""
    sources = [{"id": f"outlet-{n}", "name": f"Outlet {n}", "country": "IQ", "language": "en",
                "feeds": [f"http://127.0.0.{n}:{closed_port()}/feed.xml"]} for n in (1, 2, 3)]
    return write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=closed_port(),
                        sources=sources, recipients=[{"email": "desk@basewatch.test"}], **settings)


def test_crawl_with_every_host_refusing_fails_with_the_grouped_reason(tmp_path):
    config_dir = _offline_config(tmp_path)
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "--log-format", "json", "--config", str(config_dir),
                           "crawl", "--once"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert "polled 3 source(s): 0 ok, 3 failed (3 connection refused" in done.stdout
    assert ("3 failed: connection refused (robots.txt unreachable, so disallowed): outlet-1, outlet-2, outlet-3"
            in done.stdout)
    logged = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]  # the crawl process's too
    assert any(entry["logger"].startswith("scrapy") for entry in logged)
    assert any("no source could be polled (3 of 3 failed)" in entry["message"] for entry in logged)
    assert "Traceback" not in done.stdout + done.stderr


def test_sources_shows_never_polled(tmp_path):
    config = load_config(_offline_config(tmp_path))
    store.open_engine(config.settings.database_url).dispose()
    from crawler.cli.report import print_sources

    console = Console(record=True, width=250)
    print_sources(config, console)
    states = [line for line in console.export_text().splitlines() if "outlet-" in line]
    assert len(states) == 3 and all("never polled" in line and " ok " not in line for line in states)


def test_smtp_down_says_the_error_and_next_attempt(tmp_path, capsys):
    from test_sender import add_incident

    config = load_config(_offline_config(tmp_path))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    add_incident(sessions, recipients=config.recipients)
    code, out, _err = run(["--config", config.directory, "send"], capsys)
    assert code == 1
    assert re.fullmatch(r"alerts sent 0, failed 1, pending 1; last SMTP error: connect: \[Errno 111\] Connection "
                        r"refused; next attempt \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\n", out)
    code, out, _err = run(["--config", config.directory, "send"], capsys)  # nothing due: still not silent
    assert code == 1 and out.startswith("alerts sent 0, failed 0, pending 1; last SMTP error: connect:")


def test_healthz_turns_503_after_the_configured_cycles_without_a_source(tmp_path):
    from crawler.daemon.metrics import MetricsServer, build

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    now = store.utcnow()
    registry, cycles = build(url, interval_seconds=60, started_at=now, unhealthy_after_cycles=2)
    sessions = store.session_factory(store.open_engine(url))
    with sessions.begin() as session:
        for source_id in ("outlet-1", "outlet-2"):
            session.add(store.Source(id=source_id, name=source_id, country="IQ", language="en", kind="regional",
                                     error_streak=0, articles_total=0, extraction_failures=0))

    def cycle(at, *, error: str | None) -> None:
        """What a crawl cycle records for both sources, then what the daemon tells the metrics."""
        with sessions.begin() as session:
            for row in session.query(store.Source):
                row.last_polled_at, row.last_error = at, error
                row.error_streak = row.error_streak + 1 if error else 0
        cycles.observe(seconds=5, ok=True, at=at + timedelta(seconds=1))

    def health() -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/healthz", timeout=10) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as answer:
            return answer.code, json.loads(answer.read())

    server = MetricsServer(registry, cycles, host="127.0.0.1", port=0).start()
    try:
        refused = "IgnoreRequest: robots.txt unavailable (DNSLookupError): treated as disallow"
        cycle(now, error=refused)
        assert health()[0] == 200, "one bad cycle is not an outage yet"
        cycle(now + timedelta(minutes=1), error=refused)
        status, detail = health()
        assert status == 503 and detail["status"] == "sources failing"
        assert detail["cycles_without_a_source_ok"] == 2
        assert detail["failing"] == {"DNS lookup failed (robots.txt unreachable, so disallowed)": ["outlet-1", "outlet-2"]}
        cycle(now + timedelta(minutes=2), error=None)
        assert health() == (200, health()[1]) and health()[1]["status"] == "ok"
    finally:
        server.stop()


def test_persian_zero_width_non_joiner_survives_extraction():
    from pipelines.extract.article import extract

    sentence = ("نیروهای مسلح گفتند که پهپادها به پایگاه هوایی حمله کرده‌اند و هنوز هیچ گروهی مسئولیت آن را "
                "بر عهده نگرفته‌اند و بررسی‌ها ادامه دارد.")
    page = (f"<html lang='fa'><head><title>حمله به پایگاه</title></head><body><article><h1>حمله به پایگاه</h1>"
            f"<p>{sentence}</p><p>{sentence}</p><p>{sentence}</p></article></body></html>")
    text = extract(page, "https://news.example.ir/1").text
    assert "نگرفته\u200cاند" in text and "بررسی\u200cها" in text
    assert "نگرفتهاند" not in text
