"""Attack types and blockers are defined once: every stage that names them agrees, and a wrong name fails at load."""

from __future__ import annotations

import pytest

from conftest import write_config
from pipelines import vocabulary
from pipelines.config import load_config
from pipelines.detect import lexicon, scoring
from pipelines.errors import ConfigError
from pipelines.alerts.mail import ATTACK_LABELS
from pipelines.records import ATTACK_TYPES


def test_every_stage_reads_the_one_list() -> None:
    assert ATTACK_TYPES == lexicon.ATTACK_KEYS == vocabulary.ATTACK_KEYS
    assert set(ATTACK_LABELS) == set(ATTACK_TYPES) and all(ATTACK_LABELS.values())
    assert set(scoring.BLOCK) == set(lexicon.BLOCK_KEYS) and all(w > 0 for w in scoring.BLOCK.values())


def test_every_lexicon_group_of_a_blocker_has_a_weight() -> None:
    groups = {g[2:] for g in lexicon.LIST_GROUPS if g.startswith("b_")}
    assert groups == set(scoring.BLOCK)


def test_a_lexicon_naming_an_unknown_attack_type_fails_at_load(tmp_path) -> None:
    (tmp_path / "xx.yaml").write_text("language: xx\nattack:\n  drones: [drone]\n", encoding="utf-8")
    lexicon.raw_lexicons.cache_clear()
    with pytest.raises(ConfigError, match="unknown attack types"):
        lexicon.get_lexicon("xx", str(tmp_path))


@pytest.mark.parametrize("wrong, hint", [("drones", "did you mean 'drone'"), ("laser", "one of rocket")])
def test_an_alert_rule_with_an_unknown_attack_type_is_a_config_error(tmp_path, wrong: str, hint: str) -> None:
    directory = write_config(tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=25,
                             sources=[], recipients=[{"email": "watch@basewatch.test", "attack_types": [wrong]}])
    with pytest.raises(ConfigError) as caught:
        load_config(directory)
    assert "alerts.yaml" in str(caught.value) and "attack_types" in str(caught.value) and hint in str(caught.value)
