"""South Asian checkposts (issue 16, class 6): the press writes "checkpost" or "check post" for the posts
of the army and the paramilitary forces, and heads the story with the bare noun, which alone is a
police post's. The body's owner makes it military; a headline's police post still frames the article.
The articles are our own."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipelines.detect import detect

PUB = datetime(2024, 3, 12, 9, 0, tzinfo=timezone.utc)

# The headline names the bare post (a police post by itself); the body gives it a military owner.
MILITARY_POST = [
    ("en", "Checkpost attacked in Bajaur\nMilitants attacked a security forces checkpost in Bajaur on Sunday "
     "night, killing two soldiers, officials said."),
    ("en", "Attack on check post in Tank\nGunmen opened fire on an army check post in Tank district on Monday, "
     "wounding three soldiers."),
    ("en", "Two soldiers martyred in checkpost attack\nTerrorists stormed a paramilitary checkpost near Chaman, "
     "the military's media wing said."),
    ("ur", "باجوڑ میں چیک پوسٹ پر حملہ\nباجوڑ میں شدت پسندوں نے سیکیورٹی فورسز کی چیک پوسٹ پر حملہ کیا جس میں دو "
     "اہلکار شہید ہوگئے۔"),
]

# The headline's target is a police post, and the body names a military post only as a landmark
# or as a post that was not hit.
POLICE_POST = [
    ("en", "Gunmen attack police checkpost in Karak\nGunmen attacked a police checkpost near the Karak "
     "cantonment on Friday, killing a constable, police said."),
    ("ur", "کرک میں پولیس چوکی پر حملہ\nکرک میں مسلح افراد نے کینٹ کے قریب پولیس چوکی پر حملہ کیا جس میں ایک "
     "کانسٹیبل شہید ہوگیا۔"),
]


@pytest.mark.parametrize("lang,text", MILITARY_POST)
def test_a_checkpost_the_body_gives_to_the_army_is_a_strike(lang: str, text: str) -> None:
    found = detect(text, language=lang, published=PUB)
    assert found.strike, text
    assert found.reports[0].country == "PK"


@pytest.mark.parametrize("lang,text", POLICE_POST)
def test_a_police_checkpost_in_the_headline_still_frames_the_article(lang: str, text: str) -> None:
    assert not detect(text, language=lang, published=PUB).strike, text
