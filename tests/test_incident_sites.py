"""One attack on several installations is one incident: the article's other bases are its sites, a later
report of any of them joins it, and whoever watches one of them hears of it. Never across countries,
days or attackers."""

from __future__ import annotations

from sqlalchemy import select

from conftest import write_config
from pipelines.alerts.mail import render
from pipelines.config import load_config
from pipelines.store import models as store
from test_incident_keys import _ingest

HARIR_AND_ERBIL = ("Armed drones struck Harir Air Base and Erbil Air Base on Sunday, the Islamic Resistance in "
                   "Iraq said in a statement.")
HARIR = "A drone struck Harir Air Base on Sunday, wounding a contractor, Kurdish security officials said."
ERBIL = "A drone struck Erbil Air Base on Sunday, local officials said."
IRAQ_AND_SYRIA = ("Drones struck Ain al-Asad Air Base in Iraq and the al-Tanf garrison in Syria on Sunday, the "
                  "Islamic Resistance in Iraq said.")
TWO_DAYS = "Rockets hit Camp Taji on 10 May, officials said. A drone struck Balad Air Base on 7 May, police said."
TWO_CLAIMS = ("The Islamic State claimed a rocket attack on Camp Taji on Sunday. Kataib Hezbollah said its drones "
              "struck Balad Air Base on Sunday.")

# The umbrella's short name in one statement, its full name in the next: one party by the registry's may_be.
TWO_NAMES_AR = ("أعلنت المقاومة الإسلامية استهداف قاعدة حرير بطائرة مسيرة يوم الأحد. وفي بيان آخر قالت المقاومة "
                "الإسلامية في العراق إن مجاهديها استهدفوا مطار أربيل بطائرة مسيرة يوم الأحد.")


def _outbox(tmp_path, database_url) -> list[store.Outbox]:
    """The queued rows, read back through the config the ingest helper wrote."""
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions() as session:
        rows = session.scalars(select(store.Outbox).order_by(store.Outbox.id)).all()
        session.expunge_all()
    return rows


def test_one_article_naming_two_bases_opens_one_incident_with_both(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Drones hit two bases", HARIR_AND_ERBIL)])
    assert (incident.base_id, incident.site_ids, incident.report_count) == ("iq-harir", ["iq-erbil"], 2)
    assert [row.kind for row in _outbox(tmp_path, database_url)] == ["alert"]


def test_a_later_report_of_either_site_joins_the_incident(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Drones hit two bases", HARIR_AND_ERBIL),
                                                   ("outlet-b", "Erbil hit", ERBIL)])
    assert (incident.base_id, incident.report_count, incident.source_count) == ("iq-harir", 3, 2)


def test_an_article_adding_a_site_to_an_alerted_incident_sends_an_update(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "Harir hit", HARIR),
                                                   ("outlet-b", "Drones hit two bases", HARIR_AND_ERBIL)])
    assert (incident.base_id, incident.site_ids) == ("iq-harir", ["iq-erbil"])
    rows = _outbox(tmp_path, database_url)
    assert [row.kind for row in rows] == ["alert", "update-1"]
    assert "also at Erbil Air Base" in rows[1].note


def test_sites_in_two_countries_stay_two_incidents(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Drones hit two bases", IRAQ_AND_SYRIA)])
    assert [(i.base_id, i.country, i.site_ids) for i in incidents] == [("iq-ain-al-asad", "IQ", []),
                                                                       ("sy-al-tanf", "SY", [])]


def test_sites_hit_on_different_stated_days_stay_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Two attacks", TWO_DAYS)])
    assert [(i.base_id, str(i.event_date)) for i in incidents] == [("iq-taji", "2026-05-10"),
                                                                   ("iq-balad", "2026-05-07")]


def test_sites_claimed_by_different_attackers_stay_apart(tmp_path, database_url) -> None:
    incidents = _ingest(tmp_path, database_url, [("outlet-a", "Two attacks", TWO_CLAIMS)])
    assert [(i.base_id, i.actor) for i in incidents] == [("iq-taji", "Islamic State"),
                                                         ("iq-balad", "Kataib Hezbollah")]


def test_a_short_name_and_the_group_it_may_be_are_one_attacker(tmp_path, database_url) -> None:
    (incident,) = _ingest(tmp_path, database_url, [("outlet-a", "استهداف قاعدتين", TWO_NAMES_AR, "ar")])
    assert (incident.base_id, incident.site_ids) == ("iq-harir", ["iq-erbil"])


def test_the_registry_tells_which_attacker_names_may_be_one_party() -> None:
    from pipelines.detect.actors import default_registry
    registry = default_registry()
    assert registry.may_be_one("Islamic Resistance", "Islamic Resistance in Iraq")
    assert registry.may_be_one("Iraqi resistance", "Islamic Resistance")  # both may be the Iraqi umbrella
    assert registry.may_be_one("gunmen", "Kataib Hezbollah")  # named only by what they are
    assert registry.may_be_one(None, "Hezbollah")
    assert not registry.may_be_one("Islamic Resistance in Iraq", "Hezbollah")
    assert not registry.may_be_one("Islamic State", "Kataib Hezbollah")
    assert not registry.may_be_one("Popular Resistance", "Iraqi resistance")
    assert not registry.may_be_one("an unknown band", "another unknown band")


def test_a_recipient_watching_a_site_gets_the_alert_naming_it(tmp_path, database_url) -> None:
    watcher = {"email": "erbil-desk@basewatch.test", "bases": ["iq-erbil"]}
    _ingest(tmp_path, database_url, [("outlet-a", "Drones hit two bases", HARIR_AND_ERBIL)], recipients=[watcher])
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[watcher]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions() as session:
        (row,) = session.scalars(select(store.Outbox)).all()
        message = render(session, row, from_address="basewatch@basewatch.test")
    assert row.recipient == "erbil-desk@basewatch.test"
    body = message.get_body(("plain",)).get_content()
    assert "Harir Air Base" in message["Subject"]
    assert "Also hit:    Erbil Air Base" in body
    assert "Erbil Air Base" in message.get_body(("html",)).get_content()


def test_the_dashboard_and_exports_list_the_incident_under_each_site(tmp_path, database_url) -> None:
    from crawler.dashboard.queries import Filters, find_incidents
    _ingest(tmp_path, database_url, [("outlet-a", "Drones hit two bases", HARIR_AND_ERBIL),
                                     ("outlet-b", "Taji hit", TWO_CLAIMS.split(". ")[0] + ".")])
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions() as session:
        by_site = find_incidents(session, Filters(base="iq-erbil"))
        by_base = find_incidents(session, Filters(base="iq-harir"))
        elsewhere = find_incidents(session, Filters(base="iq-taji"))
    assert [(r.base_id, r.sites) for r in by_site] == [("iq-harir", ("iq-erbil",))]
    assert [r.incident_id for r in by_base] == [r.incident_id for r in by_site]
    assert [(r.base_id, r.sites) for r in elsewhere] == [("iq-taji", ())]
