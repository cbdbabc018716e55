"""Links to other stories left in an article ("Read also: <headline>", a "Related" heading over headlines)
tell other articles' news, and the readers' comments under it are no reporting: an attack named only there
is no report of this article. Both are told by their heading: a short unpunctuated line without one (a
wrapped or cut-off paragraph) is still the article's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.detect import detect
from pipelines.detect.explain import explain

PUBLISHED = datetime(2026, 3, 10, tzinfo=UTC)
FUEL = ("The government raised fuel prices by five percent on Sunday, and drivers queued at stations in "
        "several cities before the new tariff took effect.")


@pytest.mark.parametrize("text", [
    f"{FUEL}\nRead also: Drones target Ain al-Asad air base in western Iraq\nThe finance minister said the "
    "decision was needed to cut the deficit.",
    f"{FUEL}\nRelated stories\nRockets hit Harir air base north of Erbil\nSirens sound at the embassy in Baghdad",
    "Harga beras di pasar tradisional naik sepuluh persen pekan ini, kata pedagang pada hari Senin.\n"
    "Baca juga: Drone serang pangkalan udara Ain al-Asad di Irak\nPemerintah berjanji menambah pasokan beras.",
    "رفعت الحكومة أسعار الوقود بنسبة خمسة في المئة يوم الأحد وسط طوابير أمام المحطات.\n"
    "اقرأ أيضا: طائرة مسيرة تستهدف قاعدة عين الأسد غربي العراق\nوقال وزير المالية إن القرار ضروري.",
    "Цены на бензин выросли на три процента за неделю, сообщили во вторник в отрасли.\nЧитайте также:\n"
    "Беспилотники атаковали аэродром Бельбек в Крыму\nВ Севастополе объявили воздушную тревогу",
], ids=["en-inline", "en-list", "id-inline", "ar-inline", "ru-list"])
def test_an_attack_named_only_in_a_link_to_another_story_is_no_report(text) -> None:
    assert not detect(text, title="Prices rise", published=PUBLISHED).strike


def test_the_article_s_own_attack_around_a_teaser_is_reported() -> None:
    text = ("Two drones struck Ain al-Asad air base in western Iraq on Sunday, the US military said.\n"
            "Read also: Fuel prices rise again in Baghdad\nNo one was hurt in the attack, a coalition official said.")
    (report,) = detect(text, title="Drones hit Iraqi base", published=PUBLISHED).reports
    assert report.base_id == "iq-ain-al-asad"


def test_short_unpunctuated_lines_without_a_heading_stay_the_article_s() -> None:
    text = ("Three rockets struck Harir air base north of Erbil late on Monday, Kurdish security officials said\n"
            "and the coalition confirmed that none of its personnel were hurt")
    assert detect(text, title="Rockets hit Harir air base", published=PUBLISHED).strike


VISIT = "The defence minister visited troops at Ain al-Asad air base on Thursday and praised their work."


@pytest.mark.parametrize("text", [
    f"{VISIT}\nLeave a Reply\nRockets will hit that base again, mark my words",
    f"{VISIT}\n2 Comments\nDrones struck the base last night, my cousin says",
    "زار وزير الدفاع قاعدة عين الأسد الجوية يوم الخميس والتقى بالجنود.\nأضف تعليق\nصواريخ المقاومة استهدفت القاعدة أمس",
    "El ministro de Defensa visitó a las tropas en la base aérea de Ain al-Asad el jueves.\nComentarios\n"
    "Los drones atacaron la base anoche, dice mi primo",
], ids=["en-reply", "en-count", "ar", "es"])
def test_an_attack_told_only_in_the_readers_comments_is_no_report(text) -> None:
    assert not detect(text, title="Minister visits troops", published=PUBLISHED).strike


def test_a_comment_count_above_the_article_leaves_the_article() -> None:
    text = "3 Comments\nTwo drones struck Ain al-Asad air base in western Iraq on Sunday, the US military said."
    assert detect(text, title="Drones hit Iraqi base", published=PUBLISHED).strike


def test_explain_lists_the_links_it_left_out() -> None:
    why = explain(f"{FUEL}\nRead also: Drones target Ain al-Asad air base in western Iraq", published=PUBLISHED)
    assert why["page_lines_left_out"] == ["Read also: Drones target Ain al-Asad air base in western Iraq"]
