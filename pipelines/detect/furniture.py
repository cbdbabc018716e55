"""Page lines that are not the article's own words: links to other stories ("Read also: Drones target Ain
al-Asad air base", a "Related" heading over a list of headlines) and the readers' comments under it. The
links tell other articles' news and the comments are no reporting: an attack named only there is no report
of this article, so the detector reads the text without them.

Both are told by their heading, never by shape alone: excerpts end mid-paragraph and some outlets wrap
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
    r"|بیشتر\s+بخوانید|بخوانید|مطالب\s+(?:مرتبط|پیشنهادی)|اخبار\s+مرتبط|مزید\s+پڑھیں|یہ\s+بھی\s+پڑھیں"
    r"|קראו\s+(?:עוד|גם)|כתבות\s+נוספות|यह\s+भी\s+पढ़ें|ये\s+भी\s+पढ़ें|और\s+पढ़ें|διαβάστε\s+(?:επίσης|ακόμη)"
)
_HEADING_LINE = re.compile(rf"^[\s\W]*(?:{_HEADING})[\s:：.…»›>|\-–—]*$", re.I)
_HEADING_OPENS = re.compile(rf"^[\s\W]*(?:{_HEADING})\s*[:：|»›>\-–—]", re.I)
# Headings of the readers' comments, on a line of their own: everything after them is the readers'.
_COMMENT_HEADING = (
    r"comments?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|add\s+a\s+comment|write\s+a\s+comment"
    r"|commentaires?|comentarios?|commenti|kommentare?|komentar(?:lar)?|yorumlar|yorum\s+(?:yaz|yap)\w*"
    r"|комментарии|коментарі|أضف\s+تعليق|اضف\s+تعليق|التعليقات|تعليقات\s+القراء|نظرات|ارسال\s+نظر|تبصرے|תגובות"
    r"|टिप्पणियाँ")
_COMMENTS = re.compile(rf"^[\s\W\d]*(?:{_COMMENT_HEADING})[\s:：.…!]*$", re.I)
# A line that opens with either heading: nothing is blanked without one. `^` fails at once inside a line, so
# most articles cost one cheap pass (a search for the words anywhere tried the whole alternation at every
# character: detect() ran 1.5 times slower).
_LINE_HEADING = re.compile(rf"^[\s\W\d]*(?:{_HEADING}|{_COMMENT_HEADING})", re.I | re.M)
_SENTENCE_END = re.compile(r"[.!?…؟۔।。！？]['\"»”’)\]]*\s*$")
_HEADLINE_CHARS = 160  # a teaser is a headline; a paragraph runs longer


def without_furniture(text: str) -> tuple[str, list[str]]:
    """The text with its links to other stories and readers' comments blanked (line breaks kept, so sentences
    keep their order), and the lines blanked."""
    if not _LINE_HEADING.search(text):
        return text, []  # most articles have neither: no line-by-line work
    lines = text.split("\n")
    dropped: list[str] = []
    under_heading = told = False
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        if told and _COMMENTS.match(line):  # after the article's own text: a count "3 comments" above it is not
            dropped.extend(x.strip() for x in lines[n:] if x.strip())
            lines[n:] = [""] * (len(lines) - n)
            break
        told = told or bool(_SENTENCE_END.search(line))
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
