"""Links to other stories left in an article's text: "Read also: Drones target Ain al-Asad air base", or a
"Related" heading over a list of headlines. They are other articles' news: an attack they name is no report
of this article, so the detector reads the text without them.

A teaser is told by its heading, never by its shape alone: excerpts end mid-paragraph and some outlets wrap
lines, so a trailing run of short unpunctuated lines may still be the article's own news.
"""

from __future__ import annotations

import re

# Headings outlets put over links to their other stories, in the languages the press writes. A heading
# stands alone on its line, or opens the line ("Baca juga: ...", "اقرأ أيضا: ...").
_HEADING = (
    r"read\s+(?:more|also|next)|see\s+also|also\s+read|more\s+(?:news|stories|on\s+this(?:\s+story)?)"
    r"|related(?:\s+(?:articles?|stories|news|posts|content|coverage))?|most\s+(?:read|popular)|you\s+may\s+also\s+like"
    r"|lire\s+(?:aussi|la\s+suite)|à\s+lire\s+(?:aussi|également)|articles?\s+(?:similaires|liés)|sur\s+le\s+même\s+sujet"
    r"|lee\s+también|leer\s+más|noticias?\s+relacionadas?|leggi\s+anche|altre\s+notizie|articoli\s+correlati"
    r"|leia\s+também|lesen\s+sie\s+auch|mehr\s+zum\s+thema|czytaj\s+(?:też|także|więcej)|les\s+også|relaterte\s+saker"
    r"|ilgili\s+haberler|benzer\s+haberler|bunlar\s+da\s+ilginizi\s+çekebilir|baca\s+juga|berita\s+terkait|soma\s+pia"
    r"|читайте\s+(?:также|також|ещё|еще)|также\s+читайте|також\s+читайте|похожие\s+новости|по\s+теме|ещё\s+по\s+теме"
    r"|اقرأ\s+(?:أيضا|أيضاً|ايضا|كذلك)|إقرأ\s+(?:أيضا|أيضاً)|أخبار\s+(?:ذات\s+صلة|متعلقة)|اخبار\s+(?:ذات\s+صلة|مرتبط)"
    r"|مواضيع\s+(?:ذات\s+صلة|متعلقة)|مقالات\s+ذات\s+صلة|الأكثر\s+(?:قراءة|تداولا|تداولاً|مشاهدة)|ذات\s+صلة"
    r"|بیشتر\s+بخوانید|بخوانید|مطالب\s+(?:مرتبط|مرتبط|پیشنهادی)|اخبار\s+مرتبط|مزید\s+پڑھیں|یہ\s+بھی\s+پڑھیں"
    r"|קראו\s+(?:עוד|גם)|כתבות\s+נוספות|यह\s+भी\s+पढ़ें|ये\s+भी\s+पढ़ें|और\s+पढ़ें|διαβάστε\s+(?:επίσης|ακόμη)"
)
_ANY_HEADING = re.compile(_HEADING, re.I)
_HEADING_LINE = re.compile(rf"^[\s\W]*(?:{_HEADING})[\s:：.…»›>|\-–—]*$", re.I)
_HEADING_OPENS = re.compile(rf"^[\s\W]*(?:{_HEADING})\s*[:：|»›>\-–—]", re.I)
_SENTENCE_END = re.compile(r"[.!?…؟۔।。！？]['\"»”’)\]]*\s*$")
_HEADLINE_CHARS = 160  # a teaser is a headline; a paragraph runs longer


def without_teasers(text: str) -> tuple[str, list[str]]:
    """The text with its teaser lines blanked (line breaks kept, so sentences keep their order), and those lines."""
    if not _ANY_HEADING.search(text):
        return text, []  # most articles have none: no line-by-line work
    lines = text.split("\n")
    dropped: list[str] = []
    under_heading = False
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if _HEADING_LINE.match(line):
            under_heading = True  # a list of headlines follows
        elif _HEADING_OPENS.match(line) and len(line) <= _HEADLINE_CHARS + 20:
            under_heading = False  # "Read also: <headline>" is one link
        elif not under_heading or len(line) > _HEADLINE_CHARS or _SENTENCE_END.search(line):
            under_heading = False  # the article's own text (again)
            continue
        dropped.append(line.strip())
        lines[n] = ""
    return "\n".join(lines), dropped
