"""SPEED16B: the language identifier counts only the features a text has, and one per-mention memo serves
place.where() and actor.actor(); languages must still be told apart on short text, and a mention's answer must
stay its own."""

from dataclasses import replace

import numpy as np
import pytest

from pipelines import language
from pipelines.detect.detector import analyse
from pipelines.detect.fields import actor, place

_SHORT = [
    ("en", "Drones struck the air base before dawn on Tuesday, officials said."),
    ("fr", "Des drones ont frappé la base aérienne mardi avant l'aube, selon des responsables."),
    ("de", "Drohnen haben am Dienstag vor Sonnenaufgang den Luftwaffenstützpunkt getroffen."),
    ("ru", "Беспилотники атаковали военный аэродром во вторник на рассвете, сообщили власти."),
    ("ar", "استهدفت طائرات مسيرة القاعدة الجوية فجر الثلاثاء بحسب مسؤولين."),
    ("fa", "پهپادها بامداد سه‌شنبه پایگاه هوایی را هدف قرار دادند."),
    ("he", "כטב\"מים תקפו את בסיס חיל האוויר ביום שלישי לפנות בוקר."),
    ("hi", "ड्रोन ने मंगलवार सुबह वायुसेना अड्डे पर हमला किया।"),
]


def _reference_scores(text: str) -> np.ndarray | None:
    """py3langid's own sums: its tokenizer loop, every feature counted, the dense product (None: no feature)."""
    model = language._model()
    counts = np.zeros(len(model.nb_ptc))
    state = 0
    for byte in text.encode("utf8"):
        state = model.tk_nextmove[(state << 8) + byte]
        for feature in model.tk_output.get(state, ()):
            counts[feature] += 1
    return counts @ model.nb_ptc.astype(np.float64) + model.nb_pc if counts.any() else None


@pytest.mark.parametrize("code,text", _SHORT)
def test_short_texts_keep_their_language(code, text):
    assert language.identify(text) == code
    assert language.identify(text[:40]) == str(language._model().classify(text[:40])[0]) or code == "he"


@pytest.mark.parametrize("text", [t for _, t in _SHORT] + ["aaaa", "the the the the", "x", "ڕڵێ ڕڵێ"])
def test_scores_are_the_models_sums(text):
    ours, reference = language._scores(text), _reference_scores(text)
    assert (ours is None) == (reference is None)
    assert ours is None or np.allclose(ours, reference, rtol=1e-9, atol=1e-6)


def test_sorani_letters_are_counted_in_arabic_script_only():
    sorani = "ئەم هێرشە لە کاتژمێر دوو ڕوویدا و چەند سەربازێک بریندار بوون."
    assert language.identify(sorani) == "ku"
    quoted = "The Kurdish paper wrote ڕ ڵ ێ about the attack on the base near Erbil on Tuesday morning."
    assert language.identify(quoted) == "en"  # three Sorani letters in a Latin text make no Sorani


def _unnamed(text):
    an = analyse(text)
    return an, [(i, m) for i, m in an.candidates if m.base is None]


def test_a_mention_actor_is_its_own():
    a, found = _unnamed("Gunmen from al-Shabaab attacked an army base near Baidoa on Tuesday, police said.")
    assert found
    i, m = found[0]
    assert actor.actor(a.doc, i, m) == actor._actor(a.doc, i, m)
    moved = replace(m, start=0, end=6)  # another mention of the same sentence: asked afresh, not the memo's
    assert actor.actor(a.doc, i, moved) == actor._actor(a.doc, i, moved)
    keys = [k for k in a.doc.sents[i].memo if isinstance(k, tuple) and k[0] in ("_actor", "_where")]
    assert {k[0] for k in keys} >= {"_actor"} and all(a.doc.sents[i].memo[k][0] in (m, moved) for k in keys)


def test_where_and_actor_memos_do_not_cross_articles():
    a, found_a = _unnamed("Militants fired rockets at an army base near Kirkuk on Tuesday, police said.")
    b, found_b = _unnamed("Militants fired rockets at an army post in Abyan on Tuesday, officials said.")
    (i, m), (j, n) = found_a[0], found_b[0]
    assert place.where(a.doc, i, m)[:2] == ("IQ", "Kirkuk")
    assert place.where(b.doc, j, n)[:2] == ("YE", "Abyan")
    assert place.where(a.doc, i, m)[:2] == ("IQ", "Kirkuk")
