"""Each stage of the detector alone (scan, candidates, score, merge, fields), on short texts written for these tests."""

from __future__ import annotations

from datetime import date

from pipelines.detect import default_gazetteer, detect
from pipelines.detect.candidates import mentions
from pipelines.detect.document import Document
from pipelines.detect.fields.actor import actor
from pipelines.detect.fields.casualties import casualties
from pipelines.detect.fields.weapon import attack_type
from pipelines.detect.fields.when import event_date, years
from pipelines.detect.lexicon import get_lexicon
from pipelines.detect.merge import merge
from pipelines.detect.scan import scan
from pipelines.detect.score import denied_bases, disaster_only, reference_entry, score
from pipelines.detect.sentences import split


def read(text: str, lang: str = "en", ref: date | None = date(2024, 5, 6)) -> Document:
    """A document as detect() builds it, before scoring."""
    lex, gaz = get_lexicon(lang), default_gazetteer()
    doc = Document(text, scan(text, split(text), lex, gaz), lex, gaz, ref=ref)
    doc.denied = denied_bases(doc)
    return doc


def test_scan_gives_each_sentence_its_cues_and_names() -> None:
    doc = read("Nothing happened at the port. Two drones struck Harir air base on Sunday.")
    first, second = doc.sents
    assert not first.attacks() and not first.named
    assert [h.base.id for h in second.named] == ["iq-harir"]
    assert {c.has("t_") for c in second.attacks() if c.has("t_")} == {"t_drone"}
    assert second.of("weekday")


def test_candidates_need_an_attack_word_in_the_sentence() -> None:
    doc = read("Harir air base hosts coalition aircraft. Rockets hit Camp Taji overnight.")
    assert mentions(doc, 0) == []
    assert [m.base.id for m in mentions(doc, 1)] == ["iq-taji"]


def test_a_named_base_absorbs_the_generic_noun_of_its_clause() -> None:
    doc = read("A drone struck the military base at Harir air base overnight.")
    assert [(m.kind, m.base.id) for m in mentions(doc, 0)] == [("named", "iq-harir")]


def test_score_lowers_a_threat_and_notes_why() -> None:
    real = read("Rockets hit Camp Taji overnight.")
    threat = read("The militia threatened to fire rockets at Camp Taji.")
    (hit,), (threatened,) = mentions(real, 0), mentions(threat, 0)
    score(real, 0, hit)
    score(threat, 0, threatened)
    assert hit.score > threatened.score
    assert "b_threat" in threatened.notes


def test_score_weighs_a_base_denied_elsewhere_in_the_article() -> None:
    doc = read("Rockets hit Camp Taji on Sunday. Officials denied that Camp Taji was hit.")
    assert doc.denied == frozenset({"iq-taji"})
    (m,) = mentions(doc, 0)
    score(doc, 0, m)
    assert "denied-elsewhere" in m.notes


def test_whole_article_facts() -> None:
    entry = "Camp X\nDate: 4 May 2019\nLocation: Anbar\nCasualties: none\nRockets hit the camp."
    doc = read(entry)
    assert reference_entry(entry, doc.sents, doc.lex)
    storm = read("A storm damaged hangars at Harir air base. The exercise was cancelled.")
    assert disaster_only(storm.sents)
    assert not disaster_only(read("Rockets hit Harir air base.").sents)


def test_merge_keeps_one_report_per_base_and_a_new_attack_apart() -> None:
    doc = read("Rockets hit Camp Taji on Sunday. The rockets that hit Camp Taji damaged a hangar. "
               "Later Camp Taji was attacked again with drones.")
    kept = [(i, m) for i in range(len(doc.sents)) for m in mentions(doc, i)]
    groups = merge(doc, kept)
    assert [(head[0], [j for j, _ in others]) for head, others in groups] == [(0, [1]), (2, [])]


def test_fields_read_from_the_sentence() -> None:
    doc = read("On May 4 a drone launched by Kataib Hezbollah struck Harir air base, killing 2 soldiers "
               "and wounding 5.")
    (m,) = mentions(doc, 0)
    assert attack_type(doc, 0, m) == "drone"
    assert actor(doc, 0, m) == "Kataib Hezbollah"
    assert casualties(doc, 0) == (2, 5)
    assert event_date(doc, 0) == date(2024, 5, 4)


def test_a_count_of_people_is_not_a_year() -> None:
    doc = read("In 2019 rockets hit the base.\n2014 soldiers were stationed there.")
    assert years(doc.sents[0], doc.lex) == [2019]
    assert years(doc.sents[1], doc.lex) == []


def test_an_explosion_with_no_weapon_attacker_or_claim_is_not_an_attack() -> None:
    from pipelines.detect import detect

    unexplained = ("Explosions rocked a military base outside the capital overnight.\n"
                   "Firefighters worked until dawn and the cause is being investigated.")
    assert not detect(unexplained, language="en").strike
    explained = ("Explosions rocked a military base outside the capital overnight after drones were seen.\n"
                 "Firefighters worked until dawn.")
    assert detect(explained, language="en").strike


def test_indic_words_keep_their_vowel_signs() -> None:
    from pipelines.detect.normalize import norm

    assert norm("पठानकोट एयरबेस पर हमला") == "पठानकोट एयरबेस पर हमला"
    assert norm("விமானப்படை தளம்") == "விமானப்படை தளம்"  # Tamil: viramas and vowel signs are letters here
    assert norm("हमला। फिर") == "हमला फिर"  # the danda is punctuation


def test_an_indic_alias_matches_its_other_case_forms_only() -> None:
    from pipelines.detect.gazetteer import Base, Gazetteer

    camp = Base(id="in-test", name="Test camp", aliases=("परीक्षण सैन्य अड्डा",), country="IN", lat=30.0, lon=75.0,
                source="written for this test", kind="camp")
    gaz = Gazetteer([camp])
    for text in ("परीक्षण सैन्य अड्डा", "परीक्षण सैन्य अड्डे पर", "परीक्षण सैन्य अड्डों"):
        assert [h.base.id for h in gaz.find(norm_text(text))] == ["in-test"], text
    assert gaz.find(norm_text("परीक्षण सैन्य अड्डेबाजी")) == []  # a longer word is another word


def norm_text(text: str) -> str:
    from pipelines.detect.normalize import norm

    return norm(text)


def test_detection_is_the_same_whatever_the_hash_seed(tmp_path) -> None:
    """A word in two lexicon classes must not be read one way in one run and another way in the next."""
    import json
    import os
    import subprocess
    import sys

    lines = [{"id": str(n), "text": text} for n, text in enumerate([
        "Ракети влучили в аеродром Бельбек уночі, повідомили в Севастополі.",
        "Rockets fired from southern Lebanon hit an Israeli army post overnight, the army said it was a drill.",
        "انفجار في مخزن ذخيرة داخل قاعدة عسكرية بسبب تماس كهربائي، ولم يعلن أحد مسؤوليته.",
    ])]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run([sys.executable, "-m", "crawler.cli", "detect", "--jsonl", str(source)],
                             capture_output=True, text=True, timeout=120, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.add(run.stdout)
    assert len(outputs) == 1



def test_a_headline_without_place_folds_into_the_body_report_of_the_same_attack() -> None:
    body = ("The assault began before dawn. Soldiers held the gate for an hour. Help came at noon. "
            "Gunmen stormed a military camp in southern Mali, killing six soldiers.")
    (report,) = detect(body, title="Militants attack army base", language="en").reports
    assert report.country == "ML"
    assert "southern Mali" in report.evidence
    unplaced = detect(body.replace(" in southern Mali", ""), title="Militants attack army base", language="en")
    assert [r.country for r in unplaced.reports] == [None]  # nothing placed: nothing to fold into
