"""The shipped outlet catalog (config/sources.yaml) loads through validation and covers the region."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from pipelines.config_models import SourceConfig
from pipelines.config import load_config

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "config" / "sources.yaml"
CANDIDATES = ROOT.parent / "shared" / "catalog"  # the development workspace's evidence, when present


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> tuple[SourceConfig, ...]:
    """The catalog alone, through load_config, so other config files' edits cannot hide its errors."""
    directory = tmp_path_factory.mktemp("config")
    shutil.copy(SOURCES, directory / "sources.yaml")
    return load_config(directory).sources


def feed_languages(source: SourceConfig) -> set[str]:
    return {feed.language or source.language for feed in source.feeds}


def test_shipped_config_directory_loads_with_the_catalog():
    assert len(load_config(ROOT / "config").sources) >= 60


def test_counts_and_unique_ids(sources):
    assert len(sources) >= 60
    ids = [s.id for s in sources]
    assert len(ids) == len(set(ids))
    assert sum("ar" in feed_languages(s) for s in sources) >= 15
    assert sum("fa" in feed_languages(s) for s in sources) >= 8


def test_every_enabled_source_can_be_polled_and_every_disabled_one_says_why(sources):
    for source in sources:
        if source.enabled:
            assert source.feeds or source.sitemaps or source.channel, source.id
        else:
            assert source.disabled_reason and len(source.disabled_reason) > 20, source.id


def test_covers_the_region_and_every_kind(sources):
    countries = Counter(s.country for s in sources if s.enabled)
    for country in ("IQ", "SY", "IR", "LB", "IL", "JO", "YE", "TR", "AE", "QA", "SA"):
        assert countries[country] >= 1, country
    assert {s.kind for s in sources} == {"regional", "wire", "state", "partisan", "defense", "monitor"}


def test_urls_are_https_and_not_repeated(sources):
    urls = [item.url for s in sources for item in (*s.feeds, *s.sitemaps)]
    assert all(url.startswith("https://") for url in urls)
    assert len(urls) == len(set(urls))
    assert all(s.homepage and s.homepage.startswith("https://") for s in sources)


def test_every_url_says_where_it_was_seen():
    """Each polled URL sits under a comment naming where it was seen; nothing is a bare guess."""
    lines = SOURCES.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"\s+- url: ", line):
            above = number - 1
            while lines[above].lstrip().startswith("#   "):  # continuation lines of a wrapped comment
                above -= 1
            assert lines[above].lstrip().startswith("# seen in"), f"sources.yaml:{number + 1} {line.strip()}"


@pytest.mark.skipif(not CANDIDATES.is_dir(), reason="the candidate catalog lives only in the development workspace")
def test_every_url_comes_from_the_candidate_catalog(sources):
    known = set()
    for path in CANDIDATES.glob("*.yaml"):
        for outlet in yaml.safe_load(path.read_text(encoding="utf-8")):
            known |= {item["url"] for item in (*outlet["feeds"], *outlet["sitemaps"])}
    unknown = [item.url for s in sources for item in (*s.feeds, *s.sitemaps) if item.url not in known]
    assert unknown == []
