"""Shared fixtures: real local servers (HTTP replay, SMTP) and config directories in tmp_path."""

from __future__ import annotations

import email
import os
import uuid
from contextlib import contextmanager
from email import policy
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text

from crawler.offline.mailsink import MailSink
from crawler.offline.replay import ReplayServer
from pipelines.store import models as store

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "config" / "demo"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# CI starts a PostgreSQL server (.ci/postgres.sh) and sets this; then every test that takes a
# database runs on both backends. Without it, SQLite only.
POSTGRES_ADMIN_URL = os.environ.get("BASEWATCH_TEST_POSTGRES")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_ADMIN_URL else ["sqlite"]


# One installation far from every test sentence, so each report stays unresolved: its mention is the
# generic noun with its place phrase, and only the shipped places can give its country (the shipped
# bases change too often to pin a test on them).
ONE_FAR_BASE = """
bases:
- id: iq-test-base
  name: Test Base
  aliases: [Testbase Alpha]
  country: IQ
  lat: 33.0
  lon: 44.0
  source: written for a test
  kind: air base
"""


@pytest.fixture(scope="session")
def places_gaz(tmp_path_factory):
    """A gazetteer of the shipped places (config/places.yaml) and one far test installation."""
    from pipelines.detect import load_gazetteer

    bases = tmp_path_factory.mktemp("places-gaz") / "bases.yaml"
    bases.write_text(ONE_FAR_BASE, encoding="utf-8")
    return load_gazetteer(bases, places=ROOT / "config" / "places.yaml")


@pytest.fixture(scope="session", autouse=True)
def set_up_cache(tmp_path_factory):
    """The ingest set-up's disk cache (pipelines/setup_cache.py) of this test run, not the user's."""
    os.environ["BASEWATCH_CACHE_DIR"] = str(tmp_path_factory.mktemp("setup-cache"))


@contextmanager
def fresh_database(backend: str, directory: Path):
    """An empty database of the given backend, dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{directory / 'db.sqlite'}"
        return
    name = f"bw_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def mail_sink(tmp_path):
    with MailSink(tmp_path / "mail") as sink:
        yield sink


@pytest.fixture
def demo_site():
    with ReplayServer(DEMO / "site") as server:
        yield server


def write_config(directory: Path, *, database: str, smtp_port: int, sources: list[dict],
                 recipients: list[dict], **settings) -> Path:
    """A config directory as an operator would write it."""
    directory.mkdir(parents=True, exist_ok=True)
    body = {"database_url": database,
            "smtp": {"host": "127.0.0.1", "port": smtp_port, "from_address": "alerts@basewatch.test",
                     "timeout_seconds": 5},
            "crawl": {"cycle_timeout_seconds": 240, "extraction_timeout_seconds": 15,
                      # the local servers stand in for the internet (tests/faults/test_ssrf.py sets [])
                      "allow_private_networks": ["127.0.0.0/8"]}}
    for key, value in settings.items():
        body.setdefault(key, {}).update(value) if isinstance(value, dict) else body.update({key: value})
    (directory / "settings.yaml").write_text(yaml.safe_dump(body), encoding="utf-8")
    (directory / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
    (directory / "alerts.yaml").write_text(yaml.safe_dump({"recipients": recipients}), encoding="utf-8")
    return directory


def demo_sources(base: str) -> list[dict]:
    text = (DEMO / "sources.yaml").read_text(encoding="utf-8").replace("{replay}", base)
    return yaml.safe_load(text)["sources"]


def read_mail(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def sessions_for(config):
    return store.session_factory(store.open_engine(config.settings.database_url))
