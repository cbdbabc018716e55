"""Remove the leftovers extractors keep: share prompts, related lists, paywall notices, credits."""

from __future__ import annotations

import re
import unicodedata

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
      | (?:photo|foto|bild|image|picture|credit|photograph|quelle)\s*:\s*[^.!?]{0,60}
      | (?:اقرأ\s+أيضا|اقرأ\s+أيضاً|شارك|بیشتر\s+بخوانید|بخوانید|مطالب\s+مرتبط|اخبار\s+مرتبط)\s*:?
    )$""",
    re.I | re.X,
)
# Inline credits that interrupt a sentence, e.g. "... said (Photo: Reuters) on Monday".
_INLINE_CREDIT = re.compile(r"\s*[\(\[](?:photo|foto|bild|image|picture|credit|quelle|source)\s*:\s*[^()\[\]]{1,60}[\)\]]", re.I)
# Short lines announcing a paywall: drop them and everything after (the rest is teaser or pitch).
_PAYWALL = re.compile(
    r"^(?:(?:this|the\s+rest\s+of\s+this)\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:available|reserved)\s+(?:to|for)\s+(?:subscribers|members)"
    r"|(?:subscribe|register|log\s*in|sign\s+in)\s+to\s+(?:continue|read|unlock)\s+(?:reading|the\s+(?:full\s+)?(?:article|story))"
    r"|(?:already\s+a\s+subscriber\??)"
    r"|(?:dieser\s+artikel\s+ist\s+(?:nur\s+)?für\s+(?:abonnenten|abonnentinnen)|jetzt\s+(?:weiterlesen|abonnieren|testen)|weiterlesen\s+mit)"
    r"|(?:cet\s+article\s+est\s+réservé\s+aux\s+abonnés|la\s+suite\s+est\s+réservée\s+aux\s+abonnés))",
    re.I,
)
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u200b]+")
_MAX_FURNITURE_LEN = 120


def normalise_text(text: str) -> str:
    """NFC text with single spaces, no empty lines, and no zero-width or control noise."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def is_furniture(line: str) -> bool:
    """True for a short line that belongs to the page chrome, not to the article."""
    return len(line) <= _MAX_FURNITURE_LEN and bool(_FURNITURE.match(line.strip(" \t-–—|•·>»›")))


def clean_text(text: str) -> str:
    """The article text without furniture lines, paywall tails, inline credits or repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for line in normalise_text(text).split("\n"):
        if len(line) <= 200 and _PAYWALL.match(line) and len(out) >= 1:
            break
        if is_furniture(line):
            continue
        line = _INLINE_CREDIT.sub("", line).strip()
        key = line.casefold()
        # A paragraph repeated word for word (teaser and body, caption twice) is kept once.
        if len(line) > 40 and key in seen:
            continue
        seen.add(key)
        if line:
            out.append(line)
    return "\n".join(out)
