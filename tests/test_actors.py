"""The actor registry: one English name per group in every script, unknown groups as written, a clear
error for a bad registry, and the canonical name in reports, mails and exports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import write_config
from crawler.cli.contracts import detection_record
from pipelines import export
from pipelines.alerts import mail
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.detect import default_gazetteer, detect
from pipelines.detect.actors import canonical_actor, default_registry, load_registry
from pipelines.detect.lexicon import get_lexicon, languages, raw_lexicons, LEXICON_DIR
from pipelines.errors import ConfigError
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.records import Extracted

PUB = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("lang, text, written", [
    ("ar", "أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة عين الأسد بصاروخين فجر اليوم.",
     "المقاومة الإسلامية في العراق"),
    ("fa", "مقاومت اسلامی عراق بامداد امروز با پهپاد به پایگاه حریر حمله کرد.", "مقاومت اسلامی عراق"),
    ("en", "The Islamic Resistance in Iraq said its drones hit Harir air base before dawn.",
     "Islamic Resistance in Iraq"),
    ("ru", "Исламское сопротивление в Ираке атаковало беспилотником авиабазу Харир.",
     "Исламское сопротивление в Ираке"),
])
def test_one_group_in_any_script_has_one_english_name(lang: str, text: str, written: str) -> None:
    (report,) = detect(text, language=lang, published=PUB).reports
    assert report.actor == "Islamic Resistance in Iraq"
    assert report.actor_written == written


@pytest.mark.parametrize("written, name", [
    ("أنصار الله", "Houthis"), ("انصار الله", "Houthis"), ("Ansarullah", "Houthis"), ("الحوثيون", "Houthis"),
    ("ХАМАС", "Hamas"), ("كتائب القسام", "Hamas"), ("חמאס", "Hamas"),
    ("Хезболлы", "Hezbollah"), ("حزب‌الله", "Hezbollah"),
    ("Iran-backed Kataib Hezbollah", "Kataib Hezbollah"),  # the longest name inside wins, the patron does not
    ("the paramilitary Rapid Support Forces (RSF)", "Rapid Support Forces"),
    ("فتنۃ الخوارج", "TTP"), ("जैश ए मोहम्मद", "Jaish-e-Mohammed"), ("PKK'lı teröristler", "PKK"),
    ("US", "United States"),
])
def test_registry_resolves_every_spelling(written: str, name: str) -> None:
    assert canonical_actor(written) == name


def test_militias_described_by_their_patron_have_one_name() -> None:
    assert canonical_actor("Iran-backed militias") == canonical_actor("الفصائل الموالية لإيران") == "Iran-aligned militias"


@pytest.mark.parametrize("written", ["Moscow-backed separatists", "Saraya Awliya al-Dam", "a cell that told us nothing"])
def test_unknown_or_patron_only_names_stay_as_written(written: str) -> None:
    assert canonical_actor(written) == written


def test_unknown_claimant_stays_as_written_in_the_report() -> None:
    text = ("Rockets hit Camp Taji late on Saturday. A group calling itself Saraya Awliya al-Dam "
            "claimed responsibility for the attack.")
    (report,) = detect(text, language="en", published=PUB).reports
    assert report.actor == report.actor_written == "Saraya Awliya al-Dam"


def test_registry_aliases_are_the_lexicons_actor_cues() -> None:
    ru = get_lexicon("ru")
    assert "actor" in ru.groups("исламское сопротивление в ираке")
    assert "actor" not in get_lexicon("en").groups("исламское сопротивление в ираке")  # Russian only


def test_every_lexicon_actor_table_names_a_registry_entry() -> None:
    names = default_registry().names
    for lang in languages():
        raw, file = raw_lexicons(str(LEXICON_DIR))[lang]
        unknown = set(raw.get("actors") or {}) - names
        assert not unknown, f"{file}: actors not in config/actors.yaml: {sorted(unknown)}"


def test_detect_jsonl_line_carries_both_forms() -> None:
    det = detect("استهدفت جماعة أنصار الله قاعدة عين الأسد بطائرة مسيرة.", language="ar", published=PUB)
    (line,) = detection_record("x1", det)["reports"]
    assert (line["actor"], line["actor_written"]) == ("Houthis", "جماعة أنصار الله")


# ------------------------------------------------------------------ a bad registry


def _registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_alias_in_two_entries_is_refused_naming_both(tmp_path: Path) -> None:
    path = _registry(tmp_path, """
actors:
- {id: houthis, name: Houthis, kind: group, aliases: {en: [ansar allah], ar: [أنصار الله]}}
- {id: other-ansar, name: Other Ansar, kind: group, aliases: {fa: [انصار الله]}}
""")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    message = str(err.value)
    assert str(path) in message and "'other-ansar'" in message and "aliases.fa" in message
    assert "also in entry 'houthis'" in message and "\n" not in message


@pytest.mark.parametrize("entry, field", [
    ("{id: a, name: A, kind: militia}", "kind"),
    ("{id: a, name: A, kind: group, aliases: {english: [a group]}}", "aliases.english"),
    ("{id: a, name: A, kind: group, may_be: [nobody]}", "may_be"),
])
def test_a_bad_entry_is_one_line_naming_entry_and_field(tmp_path: Path, entry: str, field: str) -> None:
    path = _registry(tmp_path, f"actors:\n- {entry}\n")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert (err.value.file, err.value.entry, err.value.field) == (str(path), "a", field)


def test_an_unknown_means_is_refused_naming_the_types(tmp_path: Path) -> None:
    path = _registry(tmp_path, "actors:\n- {id: a, name: A, kind: state, generic: true, means: bombing}\n")
    with pytest.raises(ConfigError) as err:
        load_registry(path)
    assert (err.value.entry, err.value.field) == ("a", "means") and "unknown attack type 'bombing'" in str(err.value)


# ------------------------------------------------------------------ mails and exports


def test_mail_and_export_carry_the_canonical_name(tmp_path: Path, database_url: str) -> None:
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        session.add(store.Source(id="outlet-ar", name="Outlet AR", country="IQ", language="ar",
                                 kind="regional", error_streak=0, articles_total=0, extraction_failures=0))
    text = "أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة عين الأسد بصاروخين فجر اليوم."
    fetched = FetchedArticle(source_id="outlet-ar", url="http://127.0.0.1:9/ar/story-1", fetched_at=PUB,
                             entry_title="استهداف قاعدة عين الأسد", entry_published=PUB, language="ar")
    with sessions.begin() as session:
        result = Ingestor(config, default_gazetteer()).ingest(
            session, fetched, Extracted(text=text, title="استهداف قاعدة عين الأسد", language="ar", method="test"),
            now=PUB)
    assert len(result.new_incidents) == 1
    with sessions() as session:
        (row,) = session.query(store.Outbox).all()
        message = mail.render(session, row, from_address="alerts@basewatch.test")
        (record,) = export.incident_records(session)
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    claimed = next(line for line in plain.splitlines() if line.startswith("Claimed by"))
    assert claimed.split(":", 1)[1].strip() == "Islamic Resistance in Iraq"
    assert "Islamic Resistance in Iraq" in html
    assert record.actor == "Islamic Resistance in Iraq"
