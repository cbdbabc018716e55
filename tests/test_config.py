"""Config is validated at load; errors name the file, the entry and the field."""

from __future__ import annotations

import pytest

from crawler.cli.main import main
from pipelines.config import load_config
from pipelines.errors import ConfigError


def _write(tmp_path, sources: str, settings: str = "", alerts: str = "recipients: []\n"):
    (tmp_path / "sources.yaml").write_text(sources, encoding="utf-8")
    (tmp_path / "settings.yaml").write_text(settings, encoding="utf-8")
    (tmp_path / "alerts.yaml").write_text(alerts, encoding="utf-8")
    return tmp_path


GOOD_SOURCE = """
sources:
  - id: good-outlet
    name: Good Outlet
    country: IQ
    language: en
    feeds: ["http://127.0.0.1:9/feed.xml"]
"""


def test_shipped_config_loads():
    config = load_config()
    assert config.sources and config.recipients
    assert config.settings.smtp.port == 25


def test_valid_config_loads_with_defaults(tmp_path):
    config = load_config(_write(tmp_path, GOOD_SOURCE))
    source = config.source("good-outlet")
    assert source.feeds[0].url == "http://127.0.0.1:9/feed.xml"
    assert source.interval_minutes == 30
    assert config.settings.database_url.startswith("sqlite:///")


@pytest.mark.parametrize("sources, entry, field", [
    (GOOD_SOURCE.replace("country: IQ", "country: Iraq"), "good-outlet", "country"),
    (GOOD_SOURCE.replace('["http://127.0.0.1:9/feed.xml"]', '["ftp://example.org/feed"]'), "good-outlet", "feeds.0.url"),
    (GOOD_SOURCE.replace("    name: Good Outlet\n", ""), "good-outlet", "name"),
    (GOOD_SOURCE + GOOD_SOURCE.replace("sources:\n", ""), "good-outlet", "id"),
    (GOOD_SOURCE.replace("language: en", "language: en\n    surprise: 1"), "good-outlet", "surprise"),
])
def test_bad_source_names_file_entry_and_field(tmp_path, sources, entry, field):
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, sources))
    error = caught.value
    assert error.file.endswith("sources.yaml")
    assert (error.entry, error.field) == (entry, field)


def test_bad_settings_and_alerts_are_named(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, GOOD_SOURCE, settings="smtp:\n  tls: maybe\n"))
    assert caught.value.file.endswith("settings.yaml") and caught.value.field == "smtp.tls"
    with pytest.raises(ConfigError) as caught:
        load_config(_write(tmp_path, GOOD_SOURCE, alerts="recipients:\n  - email: 'x@y\\r\\nBcc: z@w'\n"))
    assert caught.value.file.endswith("alerts.yaml") and caught.value.field == "email"


def test_broken_yaml_is_reported(tmp_path):
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(_write(tmp_path, "sources: [unclosed"))


def test_cli_prints_config_error_without_traceback(tmp_path, capsys):
    config_dir = _write(tmp_path, GOOD_SOURCE.replace("country: IQ", "country: nowhere"))
    code = main(["--config", str(config_dir), "sources"])
    err = capsys.readouterr().err
    assert code == 2
    assert "sources.yaml" in err and "good-outlet" in err and "country" in err
    assert "Traceback" not in err


def test_smtp_password_only_from_environment(tmp_path, monkeypatch):
    with pytest.raises(ConfigError):
        load_config(_write(tmp_path, GOOD_SOURCE, settings="smtp:\n  password: hunter2\n"))
    monkeypatch.setenv("BASEWATCH_SMTP_PASSWORD", "from-env")
    assert load_config(_write(tmp_path, GOOD_SOURCE)).settings.smtp.password == "from-env"
