"""A crawl cycle's ingest set-up: it leaves sources.yaml unread, and takes the gazetteer from a disk cache
only while every file it is built from is unchanged, and each lexicon's compiled regex only for the very same pattern."""

from __future__ import annotations

import logging
import os
import pickle
import re
import shutil

import pytest

from pipelines import setup_cache
from conftest import write_config
from pipelines.config import load_config
from pipelines.config_models import DEFAULT_CONFIG_DIR
from pipelines.detect import detect, load_gazetteer
from pipelines.setup_cache import cached, cached_gazetteer

STRIKE = "Drones struck Camp Lantern Ridge before dawn on Tuesday, two officials said."
NEW_BASE = ("- {id: iq-lantern-ridge, name: Camp Lantern Ridge, country: IQ, lat: 34.1, lon: 43.2, kind: camp,\n"
            "   source: test entry, aliases: [Lantern Ridge base]}\n")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    directory = tmp_path / "cache"
    monkeypatch.setenv("BASEWATCH_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def bases(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    for name in ("bases.yaml", "places.yaml"):
        shutil.copy(DEFAULT_CONFIG_DIR / name, config / name)
    return config / "bases.yaml"


def _counted(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_cached_gazetteer_detects_what_a_fresh_one_does(cache, bases):
    first = cached_gazetteer(bases)
    again = cached_gazetteer(bases)
    assert len(list(cache.glob("gazetteer-*.pickle"))) == 1
    fresh = load_gazetteer(bases)
    for text in ("Rockets struck Ain al-Asad air base on Sunday night.",
                 "استهدفت طائرة مسيرة قاعدة حرير الجوية فجر اليوم"):
        assert detect(text, gazetteer=again) == detect(text, gazetteer=fresh) == detect(text, gazetteer=first)


def test_the_second_load_reads_the_cache_instead_of_building(cache, tmp_path):
    source = tmp_path / "data.txt"
    source.write_text("one")
    build, calls = _counted({"built": 1})
    assert cached("thing", [source], build) == {"built": 1}
    assert cached("thing", [source], build) == {"built": 1}
    assert len(calls) == 1


def test_an_edited_bases_file_is_read_afresh(cache, bases):
    before = cached_gazetteer(bases)
    assert before.get("iq-lantern-ridge") is None
    assert "iq-lantern-ridge" not in [report.base_id for report in detect(STRIKE, gazetteer=before).reports]
    text = bases.read_text(encoding="utf-8")
    bases.write_text(text.replace("bases:\n", "bases:\n" + NEW_BASE, 1), encoding="utf-8")
    reloaded = cached_gazetteer(bases)
    assert reloaded.get("iq-lantern-ridge") is not None
    assert [report.base_id for report in detect(STRIKE, gazetteer=reloaded).reports] == ["iq-lantern-ridge"]


def test_an_edited_places_file_is_read_afresh(cache, bases, monkeypatch):
    import pipelines.detect

    calls = []
    monkeypatch.setattr(pipelines.detect, "load_gazetteer", lambda path: calls.append(path) or load_gazetteer(path))
    cached_gazetteer(bases)
    cached_gazetteer(bases)
    assert len(calls) == 1
    with bases.with_name("places.yaml").open("a", encoding="utf-8") as handle:
        handle.write("- {name: Lanternford, country: IQ}\n")
    cached_gazetteer(bases)
    assert len(calls) == 2


def test_a_damaged_copy_is_rebuilt_with_a_warning(cache, tmp_path, caplog):
    source = tmp_path / "data.txt"
    source.write_text("one")
    build, calls = _counted([1, 2, 3])
    cached("thing", [source], build)
    (copy,) = cache.glob("thing-*.pickle")
    copy.write_bytes(copy.read_bytes()[:5])
    with caplog.at_level(logging.WARNING, logger="pipelines.setup_cache"):
        assert cached("thing", [source], build) == [1, 2, 3]
    assert len(calls) == 2
    assert str(copy) in caplog.text and "rebuilding" in caplog.text


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_folder_others_can_write_to_is_never_unpickled(cache, tmp_path):
    source = tmp_path / "data.txt"
    source.write_text("one")
    cache.mkdir()
    planted = cache / f"thing-{setup_cache.content_key([source])}.pickle"
    planted.write_bytes(pickle.dumps("planted by someone else"))
    cache.chmod(0o777)
    build, calls = _counted("built here")
    assert cached("thing", [source], build) == "built here"
    assert len(calls) == 1


def test_old_copies_are_pruned(cache, tmp_path):
    source = tmp_path / "data.txt"
    for version in range(setup_cache._KEEP + 3):
        source.write_text(f"version {version}")
        cached("thing", [source], lambda: version)
    assert len(list(cache.glob("thing-*.pickle"))) == setup_cache._KEEP


def test_the_cycle_set_up_reads_recipients_and_settings_but_not_the_sources(tmp_path):
    config_dir = write_config(tmp_path / "config", database="sqlite:///x.db", smtp_port=9, sources=[],
                              recipients=[{"email": "desk@basewatch.test"}], dedup={"window_days": 3})
    (config_dir / "sources.yaml").write_text("sources: [{id: broken", encoding="utf-8")  # would not parse
    config = load_config(config_dir, with_sources=False)
    assert config.sources == ()
    assert [recipient.email for recipient in config.recipients] == ["desk@basewatch.test"]
    assert config.settings.dedup.window_days == 3


# A pattern shaped like a lexicon's: a named group over a trie of terms, with word boundaries.
TERMS = r"(?<!\w)(?P<t>air ?(?:base|field|strip)s?|barracks|drone(?:s| strike)?|shell(?:ed|ing)?)(?!\w)"
PROSE = ("Shelling near the airfield went on while drones circled the air base and two barracks; "
         "the shelled airstrip stayed shut.")


def test_a_cached_pattern_matches_as_the_compiled_one_and_needs_no_parse_the_second_time(cache, monkeypatch):
    fresh = re.compile(TERMS, re.IGNORECASE)
    first = setup_cache.cached_pattern("lexicon-test", TERMS, re.IGNORECASE)
    assert len(list(cache.glob("lexicon-test-*.pickle"))) == 1

    def no_parsing(*args, **kwargs):
        raise AssertionError("the pattern was parsed again")

    monkeypatch.setattr(re._parser, "parse", no_parsing)
    again = setup_cache.cached_pattern("lexicon-test", TERMS, re.IGNORECASE)
    expected = [(m.span(), m.group("t")) for m in fresh.finditer(PROSE)]
    assert len(expected) == 7
    for pattern in (first, again):
        assert [(m.span(), m.group("t")) for m in pattern.finditer(PROSE)] == expected
        assert (pattern.pattern, pattern.flags, pattern.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)


def test_another_pattern_or_flag_is_not_served_the_cached_program(cache):
    setup_cache.cached_pattern("lexicon-test", TERMS, re.IGNORECASE)
    narrower = TERMS.replace("|barracks", "")
    assert setup_cache.cached_pattern("lexicon-test", narrower, re.IGNORECASE).search("the barracks") is None
    assert setup_cache.cached_pattern("lexicon-test", TERMS).search("BARRACKS") is None
    assert len(list(cache.glob("lexicon-test-*.pickle"))) == 3


def test_a_damaged_compiled_program_is_rebuilt_with_a_warning(cache, caplog):
    setup_cache.cached_pattern("lexicon-test", TERMS)
    [path] = cache.glob("lexicon-test-*.pickle")
    flags, code, groups, group_index, index_group = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps((flags, code[: len(code) // 2], groups, group_index, index_group)))
    with caplog.at_level(logging.WARNING, logger="pipelines.setup_cache"):
        pattern = setup_cache.cached_pattern("lexicon-test", TERMS)
    assert "cached copy not used" in caplog.text
    assert pattern.search("two barracks").group("t") == "barracks"
    assert pickle.loads(path.read_bytes())[1] == code  # the damaged copy was replaced


def test_lexicons_read_through_the_cache_detect_what_freshly_compiled_ones_do(cache, monkeypatch):
    from pipelines.detect import lexicon

    texts = ("Drones struck Ain al-Asad air base at dawn on Monday, the ministry said.",
             "Des roquettes ont visé la base aérienne d'Al-Tanf dans la nuit de mardi.")
    lexicon.get_lexicon.cache_clear()
    cold = [detect(text) for text in texts]
    lexicon.get_lexicon.cache_clear()
    monkeypatch.setattr(setup_cache, "cached_pattern", lambda name, pattern, flags=0: re.compile(pattern, flags))
    monkeypatch.setattr(lexicon, "cached_pattern", setup_cache.cached_pattern)
    compiled = [detect(text) for text in texts]
    lexicon.get_lexicon.cache_clear()
    assert cold == compiled
    assert cold[0].strike and cold[1].strike
    assert list(cache.glob("lexicon-en-*.pickle")) and list(cache.glob("lexicon-fr-*.pickle"))


def test_a_lexicon_is_read_from_disk_while_its_files_are_unchanged_and_rebuilt_after_an_edit(cache, tmp_path, monkeypatch):
    from pipelines.detect import lexicon

    directory = tmp_path / "lexicons"
    shutil.copytree(lexicon.LEXICON_DIR, directory)
    lexicon.get_lexicon.cache_clear()
    lexicon.raw_lexicons.cache_clear()
    built = lexicon.get_lexicon("en", str(directory))
    assert list(cache.glob("lexicon-object-en-*.pickle"))

    def no_build(*args):
        raise AssertionError("the lexicon was built again")

    lexicon.get_lexicon.cache_clear()
    with monkeypatch.context() as patched:
        patched.setattr(lexicon, "_assemble", no_build)
        loaded = lexicon.get_lexicon("en", str(directory))
    assert loaded.regex.pattern == built.regex.pattern and loaded.terms == built.terms
    assert [m.group("t") for m in loaded.regex.finditer("drones struck the air base")] == \
        [m.group("t") for m in built.regex.finditer("drones struck the air base")]

    english = directory / "en.yaml"
    english.write_text(english.read_text(encoding="utf-8").replace("installation: [", "installation: [redoubt, ", 1),
                       encoding="utf-8")
    lexicon.get_lexicon.cache_clear()
    lexicon.raw_lexicons.cache_clear()
    edited = lexicon.get_lexicon("en", str(directory))
    lexicon.get_lexicon.cache_clear()
    lexicon.raw_lexicons.cache_clear()
    assert "installation" in edited.groups("redoubt") and "installation" not in built.groups("redoubt")


def test_code_edited_under_a_running_process_keeps_the_key_it_was_first_read_with(tmp_path):
    # An upgrade installed under a running daemon: the daemon still runs its old code, so what it builds
    # must not be filed under the new code's key (the next start would load it); edited config is read afresh.
    code, table = tmp_path / "module.py", tmp_path / "table.yaml"
    code.write_text("LIMIT = 1\n", encoding="utf-8")
    table.write_text("limit: 1\n", encoding="utf-8")
    first = setup_cache.content_key([code, table])
    code.write_text("LIMIT = 2\n", encoding="utf-8")
    assert setup_cache.content_key([code, table]) == first
    table.write_text("limit: 2\n", encoding="utf-8")
    assert setup_cache.content_key([code, table]) != first
