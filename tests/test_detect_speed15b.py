"""SPEED15B: answers kept for one article (the actor registry, a mention's place, a sentence's date) must not
leak into another article, another mention or another registry."""

from dataclasses import replace
from datetime import date

from pipelines.detect import actors
from pipelines.detect.detector import analyse
from pipelines.detect.fields import place
from pipelines.detect.fields.when import event_date, event_date_rule


def test_registry_is_pinned_only_while_an_article_is_analysed(monkeypatch):
    seen = {}
    monkeypatch.setattr(actors, "_registry_at", lambda path: seen.setdefault(path, object()))
    monkeypatch.setenv("BASEWATCH_ACTORS", "/first/actors.yaml")
    first = actors.default_registry()
    with actors.registry_pinned() as pinned:
        monkeypatch.setenv("BASEWATCH_ACTORS", "/second/actors.yaml")
        assert pinned is first and actors.default_registry() is first  # one article reads one registry
    assert actors.default_registry() is seen["/second/actors.yaml"]  # the next article reads the override
    monkeypatch.delenv("BASEWATCH_ACTORS")
    assert actors.default_registry() is seen[str(actors.DEFAULT_ACTORS)]


def test_no_registry_stays_pinned_after_an_analysis():
    analyse("Militants fired rockets at an army base near Kirkuk on Tuesday, police said.")
    assert actors._PINNED.get() is None


def _unnamed(text):
    an = analyse(text)
    return an, [(i, m) for i, m in an.candidates if m.base is None]


def test_a_mention_place_is_its_own_and_its_articles():
    a, found_a = _unnamed("Gunmen attacked an army base near Kirkuk on Tuesday, killing two soldiers, police said.")
    b, found_b = _unnamed("Gunmen attacked an army post in Abyan on Tuesday, killing two soldiers, officials said.")
    assert found_a and found_b
    (i, m), (j, n) = found_a[0], found_b[0]
    assert place.where(a.doc, i, m) == place._where(a.doc, i, m) == ("IQ", "Kirkuk", i)  # placed by its own sentence
    assert place.where(b.doc, j, n) == place._where(b.doc, j, n) == ("YE", "Abyan", j)
    moved = replace(m, start=0, end=6)  # another mention of the same sentence: asked afresh
    assert place.where(a.doc, i, moved) == place._where(a.doc, i, moved)


def test_a_sentence_date_follows_the_article_reference():
    an = analyse("Drones struck an air base in Syria on Tuesday, a monitor said.")
    doc = an.doc
    i = an.candidates[0][0]
    undated = event_date(doc, i)
    assert undated == event_date_rule(doc, i)[0]
    doc.ref = date(2025, 3, 13)  # a publication date known later gives the weekday its day
    assert event_date(doc, i) == event_date_rule(doc, i)[0] == date(2025, 3, 11)


def test_casualties_are_read_from_the_next_sentence_when_the_attack_sentence_counts_none():
    an = analyse("Militants fired rockets at an army base near Kirkuk on Tuesday. Three soldiers were killed "
                 "and 12 others wounded, police said.")
    (r,) = an.detection.reports
    assert (r.killed, r.wounded) == (3, 12)


def test_numbers_without_a_casualty_word_count_nobody():
    an = analyse("Militants fired 12 rockets at an army base near Kirkuk on Tuesday, police said, the 3rd attack in 2 weeks.")
    (r,) = an.detection.reports
    assert (r.killed, r.wounded) == (None, None)
