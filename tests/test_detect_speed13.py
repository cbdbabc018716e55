"""The detector's shared and bulk-built facts equal the ones worked out one at a time: cues filled into
a sentence straight from the scan, merged cue lists, each sentence's attack words and blockers, the
statement verbs found once, the language model's tokenizer run as array steps."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from pipelines.detect import scoring as W
from pipelines.detect.blocking import _blockers, _heaviest
from pipelines.detect.confirmation import confirmation_terms, official_spans, statement_verbs
from pipelines.detect.detector import analyse
from pipelines.detect.document import Cue, Sentence, is_attack
from pipelines.detect.lexicon import get_lexicon, has_lexicon, languages
from pipelines.detect.normalize import norm
from pipelines.detect.scan import _add_cues
from pipelines.detect.score import _attack_words
from pipelines.language import _model, _scores

# Reports of our own, several sentences each, in scripts the lexicons read.
_ARTICLES = [
    ("en", "Drones struck the Tal Afar air base on Monday, the defence ministry said.\n\nNo soldiers were "
           "killed. A week earlier militants had threatened to attack the camp.\n\nThe army denied the base "
           "was hit, while officials confirmed two rockets fell near the runway."),
    ("ar", "استهدفت طائرة مسيرة قاعدة عسكرية قرب الموصل فجر الثلاثاء، وقال مسؤول إن الهجوم لم يوقع "
           "إصابات.\n\nونفى الجيش سقوط قتلى."),
    ("ru", "Беспилотник атаковал военный аэродром под Курском, сообщило министерство обороны.\n\n"
           "Пострадавших нет, заявил губернатор."),
    ("tr", "Teröristler askeri üsse roketli saldırı düzenledi.\n\nİki asker yaralandı, bakanlık açıkladı."),
]


def _cues_one_at_a_time(ntexts: list[str], lex) -> list[Sentence]:
    """Sentences filled as before: a search of the lexicon's regex per sentence, each cue by Sentence.add."""
    sents = [Sentence(0, len(t), t) for t in ntexts]
    t = lex.regex.groupindex["t"]
    for sent in sents:
        for m in lex.regex.finditer(sent.ntext):
            groups = lex.groups(m.group(t))
            if groups:
                sent.add(Cue(groups, m.start(t), m.end(t), m.group(t)), is_attack(groups))
    return sents


@pytest.mark.parametrize("lang,text", _ARTICLES)
def test_cues_filled_from_the_scan_equal_the_ones_added_one_at_a_time(lang, text):
    lex = get_lexicon(lang)
    parts = [norm(p) for p in text.split("\n\n")]
    joined = "\n".join(parts)
    starts = [sum(len(p) + 1 for p in parts[:k]) for k in range(len(parts))]
    fast = [Sentence(0, len(p), p) for p in parts]
    _add_cues(fast, starts, joined, lex)
    plain = _cues_one_at_a_time(parts, lex)
    assert any(s.cues for s in fast)
    for a, b in zip(fast, plain):
        assert a.cues == b.cues
        assert a.by == b.by and list(a.by) == list(b.by)
        assert a.attacks() == b.attacks()


def test_a_merged_cue_list_is_the_sorted_union_whichever_groups_have_cues():
    lex = get_lexicon("en")
    sent = _cues_one_at_a_time([norm("Rockets hit the air base and killed two soldiers, wounding three.")], lex)[0]
    have = sorted(sent.by)
    for groups in [(have[0], "no_such_group"), ("no_such_group", have[-1]), ("none_a", "none_b"), tuple(have[:3]),
                   (have[0], have[0])]:
        union = {id(c): c for g in groups for c in sent.by.get(g, [])}
        assert sent.of(*groups) == sorted(union.values(), key=lambda c: c.start)


def test_each_sentence_keeps_its_own_attack_words():
    # One sentence tells an attack with a verb, the next names only a weapon, the third none: what one
    # sentence remembers must not answer for another, nor for a second article.
    text = ("Militants attacked the army camp near Kandahar.\n\nA rocket was found outside the camp.\n\n"
            "The camp hosts two battalions.")
    for _ in range(2):
        doc = analyse(text).doc
        for sent in doc.sents:
            attacks = sent.attacks()
            typed, events = _attack_words(sent)
            assert typed == any(a.has("t_") for a in attacks)
            assert events == [a for a in attacks if "verb" in a.groups or "intercept" in a.groups
                              or (a.has("t_") and str(a.has("t_"))[2:] not in W.WEAPONS)]
            assert _attack_words(sent) is _attack_words(sent)
        assert _attack_words(doc.sents[0])[1] and not _attack_words(doc.sents[2])[1]


@pytest.mark.parametrize("lang,text", _ARTICLES)
def test_blockers_by_group_set_are_the_heaviest_class_of_each_cue(lang, text):
    doc = analyse(text, language=lang).doc
    for sent in doc.sents:
        want = [(c, max(b, key=lambda g: (W.BLOCK[g[2:]], g))) for c in sent.cues
                if (b := [g for g in c.groups if g.startswith("b_")])]
        assert _blockers(sent) == want
    assert _heaviest(frozenset({"verb", "installation"})) is None


@pytest.mark.parametrize("lang,text", _ARTICLES)
def test_officials_found_with_the_verbs_given_equal_the_ones_found_alone(lang, text):
    terms = confirmation_terms(lang)
    for part in text.split("\n\n"):
        ntext = norm(part)
        assert official_spans(ntext, terms, statement_verbs(ntext, terms)) == official_spans(ntext, terms)


def test_has_lexicon_agrees_with_the_list_of_languages():
    for lang in [*languages(), "xx", "", None, "nb", "EN"]:
        assert has_lexicon(lang) == (lang in languages())


def _model_sums(text: str):
    """py3langid's own tokenizer loop over the bytes, then the sums in order of first occurrence."""
    model = _model()
    state, indexes = 0, []
    for byte in text.encode("utf8", errors="surrogatepass"):
        state = model.tk_nextmove[(state << 8) + byte]
        indexes.extend(model.tk_output.get(state, ()))
    if not indexes:
        return None
    counts = Counter(indexes)
    rows = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    return weights @ model.nb_ptc[rows] + model.nb_pc


@pytest.mark.parametrize("text", ["", " ", "a", "ab", "abc", "ü", "\ud800", "日本", "x\n\ny",
                                  *(t for _, t in _ARTICLES), "Ракетный удар по авиабазе. " * 30])
def test_tokenizer_as_array_steps_gives_the_models_own_sums(text):
    got, want = _scores(text), _model_sums(text)
    assert (got is None) == (want is None)
    if want is not None:
        assert np.array_equal(got, want)


def test_every_tokenizer_state_lies_within_an_ngram_of_the_start():
    # _scores reads each byte's state off the bytes of one n-gram before it: true only while no state
    # of the model's automaton is further than _NGRAM moves from the start (a model upgrade could break it).
    from pipelines.language import _NGRAM

    moves = np.asarray(_model().tk_nextmove, dtype=np.int64).reshape(-1, 256)
    depth = np.full(len(moves), -1)
    depth[0], frontier, d = 0, np.array([0]), 0
    while len(frontier):
        d += 1
        reached = np.unique(moves[frontier].ravel())
        frontier = reached[depth[reached] < 0]
        depth[frontier] = d
    assert (depth >= 0).all() and depth.max() <= _NGRAM
