"""Persian writes Pakistan's Frontier Corps "سپاه مرزی" (border corps). Its bare first word is the IRGC's name, so
without an alias of its own an attack on the corps' base was filed as one by the IRGC; the corps is the target's
side (Pakistan, at an installation in Pakistan), and the group that claimed the attack stays its attacker."""

from __future__ import annotations

import pytest

from pipelines.detect import detect


def _actors(text: str) -> list[str | None]:
    return [r.actor for r in detect(text, language="fa").reports]


def test_an_attack_on_the_frontier_corps_is_not_the_irgcs() -> None:
    text = ("حمله انتحاری به پایگاه نیروهای سپاه مرزی در شمال غرب پاکستان چندین کشته برجا گذاشت. "
            "طالبان پاکستان مسئولیت حمله را بر عهده گرفت.")
    assert _actors(text) == ["TTP"]


def test_the_corps_at_its_own_headquarters_is_no_attacker() -> None:
    assert _actors("یک بمب‌گذار انتحاری صبح دوشنبه در ورودی مقر سپاه مرزی در شهر کویته خود را منفجر کرد.") == [None]


@pytest.mark.parametrize("text", [
    "سپاه با موشک پایگاه عین الاسد را هدف قرار داد.",
    "سپاه پاسداران بامداد امروز پایگاه حریر در اربیل را با پهپاد هدف قرار داد.",
])
def test_the_irgc_named_as_the_corps_still_attacks(text: str) -> None:
    assert _actors(text) == ["IRGC"]
