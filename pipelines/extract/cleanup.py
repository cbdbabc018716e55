"""Remove the leftovers extractors keep: share prompts, related lists, paywall notices, credits."""

from __future__ import annotations

import re
import unicodedata

from pipelines.extract import rules

# Whole lines that are page furniture in any article, in the languages outlets use most.
_FURNITURE = re.compile(
    r"""^(?:
        (?:share|teilen|partager|compartir|condividi|delen|udostępnij)(?:\s+(?:this|on|via|article|artikel|story|post))*\s*[:!]?
      | (?:share|teilen)\s+(?:on|auf|via)\s+\w+(?:\s*,\s*\w+)*
      | (?:read|see|watch|listen)\s+(?:more|also|next)\s*[:.…]*
      | (?:more|also)\s+(?:on|about|from)\s+this\s+(?:story|topic)\s*:?
      | related(?:\s+(?:articles?|stories|content|news|coverage|topics?))?\s*:?
      | (?:mehr|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|weitere\s+artikel|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren)\s*[:.…]*
      | (?:lire\s+aussi|à\s+lire\s+aussi|voir\s+aussi|leer\s+más|lee\s+también|te\s+puede\s+interesar|leggi\s+anche)\s*:?
      | advertisement|anzeige|werbung|publicité|publicidad|sponsored(?:\s+content)?
      | (?:subscribe|sign\s+up)(?:\s+(?:now|today|here|to\s+our\s+newsletter|for\s+our\s+newsletter))?\s*[.!]?
      | (?:click|tap)\s+here\s+to\s+\w+(?:\s+\w+){0,6}[.!]?
      | (?:follow\s+us\s+on\s+\w+(?:\s+and\s+\w+)?)[.!]?
      | (?:copyright|©)\s.{0,80}
      | (?:all\s+rights\s+reserved\.?)
      | (?:photos?|fotos?|bild(?:er)?|images?|pictures?|credits?|photograph|quelle|source|kilde|fuente|fonte|källa|bron|źródło)\s*:\s*[^!?]{0,60}
      | \(\s*[\w.]{1,8}(?:\s*[/,]\s*[\w.]{1,8}){0,3}\s*\)
      | (?:mit|with|con|avec|med|z)\s+(?:material\s+(?:von|der)\s+|reporting\s+by\s+)?(?:dpa|afp|ap|reuters|kna|epd|ntb|tt|efe|ansa|pap|apa|sda|anp|belga)(?:\s*(?:,|und|and|y|et|og|/)\s*\w+){0,4}

      | (?:read\s+more|read\s+also|see\s+also|related|les\s+også|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|mehr\s+zum\s+thema
          |à\s+lire\s+aussi|lire\s+aussi|czytaj\s+(?:więcej|też|także)|leia\s+(?:também|mais)|lee\s+también|leer\s+más
          |leggi\s+anche|läs\s+(?:också|mer)|læs\s+også|lees\s+ook|noticia\s+relacionada)\s*[:|»›]\s*.{1,200}
      | (?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|commenti|kommentarer)(?:\s*\(\d+\))?
      | join\s+(?:(?:our|the)\s+)?(?:[\w-]+\s+){0,2}(?:commenting\s+forum|conversations?|discussions?|comments|debate)\b.{0,120}
      | read\s+(?:our|the)\s+(?:commenting\s+forum|comments)\b.{0,120}
      | this\s+(?:is\s+an?\s+)?(?:breaking|developing)(?:\s+news)?\s+(?:new\s+|news\s+)?story\b.{0,80}
      | this\s+(?:story|article|page)\s+(?:is\s+(?:developing|being\s+updated)|will\s+be\s+updated)\b.{0,80}
      | (?:more\s+to\s+follow|mehr\s+in\s+kürze|(?:dieser\s+artikel|die\s+meldung)\s+wird\s+(?:laufend\s+)?aktualisiert
          |cet\s+article\s+sera\s+(?:mis\s+à\s+jour|actualisé)|(?:esta\s+noticia|este\s+artículo)\s+(?:se\s+está\s+actualizando|será\s+actualizad[oa]))\s*[.!…]*
      | (?:you\s+must|please)\s+.{0,80}\b(?:comment|commenting|display\s+name)\b.{0,80}
      | (?:leave\s+a\s+comment|kommentar\s+abgeben|du\s+musst\s+dich\s+.{0,40}kommentar.{0,40})
      | (?:sign\s+up|subscribe)\s+(?:for|to)\s+.{0,160}
      | follow\s+[\w.@-]+(?:\s+[\w.@-]+)?\s+on\s+(?:google\s+news|twitter|x|facebook|instagram|linkedin|whatsapp|telegram).{0,120}
      | (?:اقرأ\s+أيضا|اقرأ\s+أيضاً|شارك|بیشتر\s+بخوانید|بخوانید|مطالب\s+مرتبط|اخبار\s+مرتبط)\s*:?
    )$""",
    re.I | re.X,
)
# Headings that open a block of links to other stories: the block goes with them.
_RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|content|news|coverage|topics?))?|more\s+(?:on\s+this|from|stories|news)\b.{0,40}|most\s+(?:read|popular)"
    r"|ähnliche(?:\s+artikel)?|mehr\s+(?:zum\s+thema|themen|artikel|aus|zu)\b.{0,40}|weitere\s+(?:artikel|nachrichten|themen)|meistgelesen"
    r"|noticias?\s+relacionadas?|articles?\s+(?:liés|similaires)|sur\s+le\s+même\s+sujet|articoli\s+correlati|relaterte\s+saker"
    r"|関連(?:記事|キーワード|ニュース)|おすすめ(?:情報|記事)|関連する記事|相关(?:新闻|阅读)|مطالب\s+مرتبط|اخبار\s+مرتبط|مقالات\s+ذات\s+صلة)\s*[:.…]*$",
    re.I,
)
# A line that only dates the article ("Stand: 22.04.2024, 06:00 Uhr", "Friday, 28.04.2023, 19:25").
_DATE_WORDS = frozenset(
    "stand updated update published aktualisiert veröffentlicht am um uhr on at gmt utc cet cest jst est edt bst pm am "
    "mis à jour publié le le à h actualizado publicado el a las hs aggiornato pubblicato alle ore oppdatert publisert kl "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday sunday "
    "januar februar märz april mai juni juli august september oktober november dezember jan feb mär mar apr jun jul aug "
    "sep sept okt oct nov dez dec january february march may june july october december "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi "
    "samedi dimanche enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "min minutes minuten lesezeit read reading time 年 月 日 時 分 更新".split()
)
_TOKEN = re.compile(r"\w+")
_DATE_TOKEN = re.compile(r"(?:\d+(?:h|min|st|nd|rd|th)?|[\d年月日時分秒]+(?:更新)?)")
_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|av|door|af|od)\s+[\w.'’-]+(?:\s+(?:[\w.'’-]+|und|and|y|et|og|e|,)){0,7}$", re.I
)
_PAYWALL_JA = re.compile(r"(?:会員限定|有料会員|有料記事|続きを読む|ログインして)")


def is_date_line(line: str) -> bool:
    """True for a short line made of dates, times and words like 'Updated' or 'Uhr' only."""
    words = _TOKEN.findall(line.casefold())
    if not words or len(words) > 14 or not any(ch.isdigit() for ch in line):
        return False
    datey = sum(word.isdigit() or word in _DATE_WORDS or _DATE_TOKEN.fullmatch(word) is not None for word in words)
    return datey >= 0.8 * len(words)


def is_byline(line: str) -> bool:
    """True for a short 'By Jane Doe' / 'Von Max Muster' line whose names start with capitals."""
    if not _BYLINE.match(line) or len(line) > 80:
        return False
    names = [word for word in line.split()[1:] if word.lower() not in {"und", "and", "y", "et", "og", "e", ","}]
    return bool(names) and all(word[:1].isupper() for word in names)


# A short line ending in a picture agency's name is a photo credit.
_CREDIT_LINE = re.compile(
    r"\b(?:getty\s+images|afp|reuters|ap\s+photo|dpa|shutterstock|imago(?:\s+images)?|picture[\s-]alliance|epa|keystone"
    r"|anadolu|bloomberg|ntb|scanpix)\W*$",
    re.I,
)
_MAX_CREDIT_LEN = 80

# Inline credits that interrupt a sentence, e.g. "... said (Photo: Reuters) on Monday".
_INLINE_CREDIT = re.compile(r"\s*[\(\[](?:photo|foto|bild|image|picture|credit|quelle|source)\s*:\s*[^()\[\]]{1,60}[\)\]]", re.I)
# Short lines announcing a paywall: drop them and everything after (the rest is teaser or pitch).
_PAYWALL = re.compile(
    r"^(?:(?:this|the\s+rest\s+of\s+this)\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:available|reserved)\s+(?:to|for)\s+(?:subscribers|members)"
    r"|(?:subscribe|register|log\s*in|sign\s+in)\s+to\s+(?:continue|read|unlock)\s+(?:reading|the\s+(?:full\s+)?(?:article|story))"
    r"|(?:already\s+a\s+subscriber\??)"
    r"|(?:dieser\s+artikel\s+ist\s+(?:nur\s+)?für\s+(?:abonnenten|abonnentinnen)|jetzt\s+(?:weiterlesen|abonnieren|testen)|weiterlesen\s+mit)"
    r"|(?:cet\s+article\s+est\s+réservé\s+aux\s+abonnés|la\s+suite\s+est\s+réservée\s+aux\s+abonnés)"
    r"|(?:unabhängiger\s+journalismus\s+braucht|support\s+(?:independent|our)\s+journalism|become\s+a\s+(?:member|subscriber)))",
    re.I,
)
# Placeholders for embeds the reader has not consented to: "External content not available", "enable
# cookies to see this", "Ein Klick für den Datenschutz".
_CONSENT = re.compile(
    r"(?:externer?\s+inhalt|external\s+content|contenu\s+externe|contenido\s+externo|ein\s+klick\s+für\s+den\s+datenschutz"
    r"|(?:privatsphäre|datenschutz|cookie|privacy|consent)[-\s]?(?:einstellungen|settings|preferences)"
    r"|(?:enable|accept|allow)\s+(?:all\s+)?(?:cookies|javascript|third[-\s]party\s+content)\s+to\s+(?:view|see|display|load|watch))",
    re.I,
)
_MAX_CONSENT_LEN = 250
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
_MAX_FURNITURE_LEN = 120
_TAIL_FRAGMENT_TOKENS = 10
_TAIL_MAX_SHARE = 0.25  # share of the text's words above which a trailing run of fragments is kept
_HEAD_LABEL_TOKENS = 4
_HEAD_MAX_LINES = 3
_SENTENCE_END = re.compile(r"[.!?…。！？\"'»”)]\s*$")
# Han, kana and their punctuation-free runs: scripts that put no spaces between words.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def normalise_text(text: str) -> str:
    """NFC text with single spaces, no empty lines, and no zero-width or control noise.

    The zero-width non-joiner (U+200C) stays: Persian, Kurdish and Urdu spell words with it."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\u200b\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def is_furniture(line: str) -> bool:
    """True for a short line that belongs to the page chrome, not to the article."""
    if len(line) > _MAX_FURNITURE_LEN:
        return False
    if len(line) <= _MAX_CREDIT_LEN and "." not in line.rstrip(".") and _CREDIT_LINE.search(line):
        return True
    return bool(_FURNITURE.match(line.strip(" \t-–—|•·>»›")))


def _is_title_line(line: str, title_words: list[str]) -> bool:
    """True for a line that repeats the headline, alone or with a short kicker or site name around it."""
    if len(title_words) < 3:
        return False
    words = _TOKEN.findall(line)
    if len(words) > len(title_words) + 8:
        return False
    size = len(title_words)
    return any(words[start:start + size] == title_words for start in range(len(words) - size + 1))


def clean_text(text: str, title: str | None = None) -> str:
    """The article text without furniture lines, related blocks, paywall tails, credits or repeated headlines."""
    title_words = _TOKEN.findall(title or "")
    lines = normalise_text(text).split("\n")
    out: list[str] = []
    in_related = False
    for index, line in enumerate(lines):
        rule = _dropped_by(line, title_words, in_related, bool(out))
        if rule == "paywall":
            if rules.active():
                rules.record(rule, "\n".join(lines[index:]))
            break
        if rule != "consent":
            in_related = rule == "related_block"  # a heading opens the block, its items keep it open
        if rule:
            rules.record(rule, line)
            continue
        if rules.on("inline_credit"):
            cut = _INLINE_CREDIT.sub("", line).strip()
            if cut != line:
                rules.record("inline_credit", line)
            line = cut
        if line:
            out.append(line)
    return "\n".join(_trim_head(_trim_tail(out)))


def _dropped_by(line: str, title_words: list[str], in_related: bool, started: bool) -> str | None:
    """The rule that drops this line ('paywall' also drops the rest), or None to keep it.

    Not rules (measured, bench/extraction.py): dropping short lines seen twice and paragraphs
    repeated word for word cost text on trafilatura's evaluation pages and gained nothing on Fundus."""
    if len(line) <= _MAX_CONSENT_LEN and _CONSENT.search(line) and rules.on("consent"):
        return "consent"
    if len(line) <= 200 and started and (_PAYWALL.match(line) or _PAYWALL_JA.search(line)) and rules.on("paywall"):
        return "paywall"
    if in_related and line.startswith(("- ", "• ", "> ")):
        return "related_block"
    if (len(line) <= _MAX_FURNITURE_LEN and _RELATED_HEADING.match(line.strip(" \t-–—|•·>»›"))
            and rules.on("related_block")):
        return "related_block"
    for rule, test in (("furniture", is_furniture), ("date_line", is_date_line), ("byline", is_byline)):
        if test(line) and rules.on(rule):
            return rule
    if _is_title_line(line, title_words) and rules.on("title_line"):
        return "title_line"
    return None


def _trim_head(lines: list[str]) -> list[str]:
    """Drop labels and kickers (a word or two, no sentence) standing above the first paragraph."""
    start = 0
    while start < min(len(lines) - 1, _HEAD_MAX_LINES) and _is_head_label(lines[start]) and rules.on("trim_head"):
        rules.record("trim_head", lines[start])
        start += 1
    return lines[start:]


def word_count(line: str) -> float:
    """Words in a line, with Chinese and Japanese text (written without spaces) at two characters a word."""
    words = _TOKEN.findall(line)
    wide = len(_WIDE.findall(line))
    if not wide:
        return len(words)
    return sum(1 for word in words if not _WIDE.search(word)) + wide / 2


def _is_head_label(line: str) -> bool:
    """A very short line that is not a sentence."""
    return word_count(line) <= _HEAD_LABEL_TOKENS and not _SENTENCE_END.search(line)


def _trim_tail(lines: list[str]) -> list[str]:
    """Drop the short non-sentence lines (tags, names, link lists) that trail after the last paragraph."""
    end = len(lines)
    while end > 1 and _is_trailing_fragment(lines[end - 1]) and rules.on("trim_tail"):
        end -= 1
    # A long run of short lines is the page's own list (ingredients, show notes, a table), not leftovers.
    if sum(map(word_count, lines[end:])) > _TAIL_MAX_SHARE * sum(map(word_count, lines)):
        return lines
    for line in lines[end:]:
        rules.record("trim_tail", line)
    return lines[:end]


def _is_trailing_fragment(line: str) -> bool:
    """A short line that is not a sentence: a tag, a name, a list item or a heading with nothing under it."""
    count = word_count(line)
    if line.startswith(("- ", "• ")):
        return False  # a list item: the article's own list (ingredients, show notes) as often as a tag
    return count <= _TAIL_FRAGMENT_TOKENS and not _SENTENCE_END.search(line)
