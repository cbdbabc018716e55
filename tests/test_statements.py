"""Formulaic statements: one communique wording for every operation; another base, weapon or day is another story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import write_config
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.detect import default_gazetteer
from pipelines.ingest import FetchedArticle, Ingestor
from pipelines.records import Extracted

NOW = datetime(2026, 5, 11, 6, 0, tzinfo=UTC)
TEMPLATE = ("Statement from the operations room of the front. In continuation of our operations against the "
            "occupation forces, our fighters targeted {base} with {weapon} on {day}, and the strike was direct. "
            "We affirm that operations will continue as long as the aggression goes on, and we call on all free "
            "people of the nation to stand with the resistance. Glory to the martyrs and victory to the fighters.")


def _stories(tmp_path, database_url, texts: list[tuple[str, datetime]]) -> list[str]:
    """Ingest each (text, published) from its own outlet; the story id each article joined."""
    config = load_config(write_config(tmp_path / "config", database=database_url, smtp_port=25, sources=[],
                                      recipients=[{"email": "watch@basewatch.test"}]))
    sessions = store.session_factory(store.open_engine(config.settings.database_url))
    with sessions.begin() as session:
        for n in range(len(texts)):
            session.add(store.Source(id=f"channel-{n}", name=f"Channel {n}", country="IQ", language="en",
                                     kind="partisan", error_streak=0, articles_total=0, extraction_failures=0))
    ingestor = Ingestor(config, default_gazetteer())
    stories = []
    for n, (text, published) in enumerate(texts):
        fetched = FetchedArticle(source_id=f"channel-{n}", url=f"http://127.0.0.1:9/channel-{n}/{n}",
                                 fetched_at=published + timedelta(minutes=1), entry_published=published,
                                 language="en")
        with sessions.begin() as session:
            result = ingestor.ingest(session, fetched, Extracted(text=text, language="en", method="test"),
                                     now=fetched.fetched_at)
            stories.append(session.get(store.Article, result.article_id).story_id)
        ingestor.remember(result)
    return stories


def statement(base: str = "Harir air base", weapon: str = "a swarm of drones", day: str = "Sunday 10 May") -> str:
    return TEMPLATE.format(base=base, weapon=weapon, day=day)


def test_copies_of_one_statement_are_one_story(tmp_path, database_url) -> None:
    stories = _stories(tmp_path, database_url, [(statement(), NOW), (statement(), NOW + timedelta(minutes=20))])
    assert stories[0] == stories[1]


def test_the_same_wording_with_another_weapon_is_another_story(tmp_path, database_url) -> None:
    stories = _stories(tmp_path, database_url, [(statement(), NOW),
                                                (statement(weapon="a salvo of rockets"), NOW + timedelta(hours=2))])
    assert stories[0] != stories[1]


def test_the_same_wording_on_another_day_is_another_story(tmp_path, database_url) -> None:
    stories = _stories(tmp_path, database_url, [(statement(), NOW),
                                                (statement(day="Friday 8 May"), NOW + timedelta(hours=2))])
    assert stories[0] != stories[1]


def test_a_copy_a_day_later_whose_relative_date_moved_with_it_is_the_same_story(tmp_path, database_url) -> None:
    first = statement(day="yesterday evening")
    stories = _stories(tmp_path, database_url, [(first, NOW), (first, NOW + timedelta(days=1))])
    assert stories[0] == stories[1]
