"""The story index refresh before each article: what other processes stored is taken in, nothing is read twice."""

from __future__ import annotations

import pytest

from conftest import sessions_for, write_config
from pipelines.config import load_config
from pipelines.dedup import stories as dedup
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.store import models as store

TEXTS = [
    " ".join([
        "The harbour authority opened a second ferry terminal on the eastern quay on Thursday morning.",
        "Boats to the three islands will leave every forty minutes in summer and every hour in winter.",
        "The old terminal closes for repairs to its roof and waiting hall until the end of next year.",
        "Ticket prices stay the same, and island residents keep their discount cards, the authority said.",
    ]),
    " ".join([
        "A regional orchestra gave its first concert in the restored opera house after nine years away.",
        "The hall seats eleven hundred people, and every ticket for the opening week sold within a day.",
        "Restorers rebuilt the painted ceiling from photographs taken before the fire damaged the roof.",
        "The conductor said the new acoustics let the strings be heard clearly from the upper balcony.",
    ]),
    " ".join([
        "Farmers in the valley began the grape harvest two weeks early after a dry and very warm August.",
        "Cooperatives expect a smaller crop than last year but sugar levels that suit the local wines.",
        "Seasonal workers arrived from neighbouring towns, and the schools lent their buses for transport.",
        "The wine festival in the main square goes ahead in October with tastings and a craft market.",
    ]),
]
LATE = " ".join([
    "The university opened a new library wing for engineering students with four hundred study desks.",
    "Its shelves hold the technical collection that was stored in a warehouse outside the city for years.",
    "Students can book group rooms online, and the reading hall stays open until midnight during exams.",
    "The rector said the building uses heat pumps and solar panels and needs no gas boiler at all.",
])


@pytest.fixture
def ingest_setup(tmp_path):
    config = load_config(write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}",
                                      smtp_port=25, sources=[], recipients=[]))
    sessions = sessions_for(config)
    with sessions.begin() as session:
        session.add(store.Source(id="s", name="S", country="FR", language="en", kind="regional",
                                 error_streak=0, articles_total=0, extraction_failures=0))
        session.flush()
        # A stored row without a signature takes the first ids, so later ids leave room below them.
        session.add(store.Article(id=99, source_id="s", url="http://127.0.0.1/placeholder",
                                  canonical_url="http://127.0.0.1/placeholder", text="", fetched_at=store.utcnow()))
    ingestor = Ingestor(config)
    with sessions() as session:
        ingestor.load_index(session, now=store.utcnow())
    return ingestor, sessions


def _store_own(ingestor: Ingestor, sessions) -> list[int]:
    """The three articles stored by this process, the way the crawl cycle stores them."""
    from pipelines.records import Extracted

    ids = []
    for number, text in enumerate(TEXTS):
        fetched = FetchedArticle(source_id="s", url=f"http://127.0.0.1/own/{number}", fetched_at=store.utcnow())
        with sessions.begin() as session:
            result = ingestor.ingest(session, fetched, Extracted(text=text, title=f"Own story {number}"),
                                     now=store.utcnow())
        ingestor.remember(result)
        ids.append(result.article_id)
    return ids


def test_a_refresh_reads_no_stored_text_of_articles_already_indexed(ingest_setup):
    ingestor, sessions = ingest_setup
    _store_own(ingestor, sessions)
    handed: list[int] = []
    add_rows = ingestor._add_rows

    def counting(rows):
        rows = list(rows)
        handed.extend(row[0] for row in rows)
        return add_rows(rows)

    ingestor._add_rows = counting
    with sessions() as session:
        assert ingestor.refresh_index(session) == 0
    assert handed == [], "the texts of articles the index holds were read again"


def test_an_article_another_process_committed_late_below_the_newest_id_is_taken_in(ingest_setup):
    ingestor, sessions = ingest_setup
    own = _store_own(ingestor, sessions)
    assert own == [100, 101, 102]
    with sessions.begin() as session:  # another node's transaction took id 50 and committed only now
        session.add(store.Article(id=50, source_id="s", url="http://127.0.0.1/late", canonical_url="http://127.0.0.1/late",
                                  text=LATE, signature=dedup.signature(LATE), story_id="50", fetched_at=store.utcnow()))
    with sessions() as session:
        assert ingestor.refresh_index(session) == 1
        assert ingestor.refresh_index(session) == 0
    assert ingestor.index.find_story(dedup.signature(LATE), text=LATE)[0] == "50"
