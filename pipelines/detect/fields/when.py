"""When: the attack's date from the sentence or its neighbours, and the years an article writes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from pipelines.detect import dates
from pipelines.detect import windows as WIN
from pipelines.detect.document import Document, Sentence
from pipelines.detect.fields.sentence_day import SINCE_CHARS, date_in
from pipelines.detect.fields.vague import vague
from pipelines.detect.lexicon import Lexicon
from pipelines.records import Report

_COUNT_GROUPS = ("people",)  # lexicon groups of what a number can count ("2014 soldiers")
_LEDE_SENTENCES = 3  # a headline's date is in the lede: this many sentences after it


def event_date(doc: Document, i: int) -> date | None:
    """The date the sentence (or the lines before it, or the title) gives for the attack, memoised per sentence and reference."""
    memo = doc.sents[i].memo
    key = ("event_date", doc.ref, doc.latest)
    if key not in memo:
        memo[key] = event_date_rule(doc, i)[0]
    return memo[key]


def event_date_rule(doc: Document, i: int) -> tuple[date | None, str | None]:
    """The attack's date and the rule that gave it ("stated date in sentence 2", ...)."""
    # A headline is dated by the lede under it: the first sentences after it.
    lede = range(1, 1 + _LEDE_SENTENCES) if i == 0 else ()
    for j in (i, i - 1, i + 1, i - 2, 0, *lede):
        if not 0 <= j < len(doc.sents):
            continue
        # The next line may date the attack ("It happened on Tuesday"), unless it names another
        # installation or looks back ("Last month, on 17 October, ..."). No line around dates it by a
        # threat's day ("The militia had warned on 2 March that US bases would be targeted").
        if j == i + 1 and (_other_installation(doc, i, j) or doc.sents[j].of("b_history")) \
                or j != i and doc.sents[j].of("b_threat"):
            continue
        found, rule = _date_in(doc.sents[j], doc.ref, doc.lex, _news_year(doc), doc.text)
        if found is not None:
            return found, f"{rule} in sentence {j}"
        # "Drones struck the base earlier this week": the attack's own line (or a headline's lede) leaves its day open.
        if (j == i or i == 0 and j == 1) and vague(doc.sents[j], doc.lex):
            return None, None
    return None, None


def _other_installation(doc: Document, i: int, j: int) -> bool:
    """Whether sentence j names an installation that sentence i's attack may not be on. A headline's lede tells
    the headline's news again, naming the installation the headline names or leaves unnamed ("Drones hit
    Belbek" over "... hit the Belbek military airfield on Tuesday"): only one that names none of the headline's
    installations tells another attack."""
    named = {h.base.id for h in doc.sents[j].named}
    if i != 0 or not named:
        return bool(named)
    head = {h.base.id for h in doc.sents[0].named}
    return bool(head) and not head & named


def one_day(reports: list[Report]) -> list[Report]:
    """Reports of one base in one article that state no day take the one day its other reports state.

    An article that dates an attack on a base ("late on Tuesday") and tells it hit again sentences
    away with no day of its own means that day: the publication time that would stand in puts the
    article's two reports of one base days apart, two incidents. When the base's dated reports name
    different days, an undated one could be either's, so it stays undated; another base's day is
    another attack's ("On Saturday a drone had also been shot down over Harir").
    """
    days: dict[str, set[date]] = {}
    for r in reports:
        if r.base_id is not None and r.event_date is not None:
            days.setdefault(r.base_id, set()).add(r.event_date)
    return [replace(r, event_date=next(iter(days[r.base_id])))
            if r.event_date is None and len(days.get(r.base_id, ())) == 1 else r for r in reports]


def _date_in(sent: Sentence, ref: date | None, lex: Lexicon, latest: int | None = None, text: str = "") -> tuple[date | None, str | None]:
    """An explicit, weekday or relative date in one sentence and its rule (memoised per sentence)."""
    key = ("date", ref, latest)
    if key not in sent.memo:
        sent.memo[key] = date_in(sent, ref, lex, latest, text)
    return sent.memo[key]


def dateline(sents: list[Sentence]) -> date | None:
    """Publication date from a dateline in the first lines when the caller gave none."""
    for sent in sents:
        if sent.start >= WIN.DATELINE_CHARS:
            break
        lex_months = sent.memo.get("months")
        if lex_months is None:
            continue
        found = dates.explicit(sent.ntext, lex_months, None)
        if found:
            return found[0]
    return None


def years(sent: Sentence, lex: Lexicon | None = None) -> list[int]:
    """Four-digit years in a sentence (memoised). A number that counts something written right
    after it ("2014 soldiers", "2000 troops", "1500 rockets") is a count, not a year."""
    ys = sent.memo.get("years")
    if ys is None:
        ys = []
        for m in dates._YEAR.finditer(sent.ntext):
            if lex is not None and _counts_something(sent, m.end(), lex):
                continue
            ys.append(int(m.group(1)))
        sent.memo["years"] = ys
    return ys


def _counts_something(sent: Sentence, end: int, lex: Lexicon) -> bool:
    """Whether a number ending at `end` counts the people written right after it ("2014 soldiers",
    "2000 troops") rather than dating them; a word that introduces years just before it ("in",
    "since", "عام") keeps it a year ("in 2014 soldiers stormed ...")."""
    text = sent.ntext
    if end >= len(text) or text[end] != " ":
        return False
    pos = end + 1
    counted = False
    for c in sent.cues:
        if c.start == pos:
            counted = any(g in _COUNT_GROUPS for g in c.groups)
        if c.start >= pos:
            break
    if not counted:
        return False
    before = text[max(0, end - WIN.YEAR_INTRO_CHARS):end - 4].rsplit(None, 1)
    return not (before and before[-1] in lex.year_before)


def latest_year(sents: list[Sentence], ref: date | None, lex: Lexicon | None = None) -> int | None:
    """The latest plausible year the article mentions (a stand-in for an unknown publication year)."""
    if ref is not None:
        return None
    top = datetime.now().year + 1
    ys = [y for sent in sents if dates.may_hold_year(sent.ntext) for y in years(sent, lex) if 1950 <= y <= top]
    return max(ys) if ys else None


def _news_year(doc: Document) -> int | None:
    """The year a day and month written without one take when no publication date is known: the latest
    year the article mentions (doc.latest), less years that only open a period ("since April 2022": the
    news is later, by how much is unknown). Background lines still measure against doc.latest."""
    if doc.latest is None or not doc.sents:
        return doc.latest
    memo = doc.sents[0].memo
    if "news_year" not in memo:
        ys = [y for sent in doc.sents if dates.may_hold_year(sent.ntext) for y in _event_years(sent, doc.lex)
              if 1950 <= y <= doc.latest]
        memo["news_year"] = max(ys) if ys else None
    return memo["news_year"]


def _event_years(sent: Sentence, lex: Lexicon | None) -> list[int]:
    """The sentence's years less those that open a period ("since April 2024", "desde abril de 2024",
    "2014'ten bu yana"): a period's start is no year of the news, only a bound below it."""
    out = []
    for m in dates._YEAR.finditer(sent.ntext):
        y = int(m.group(1))
        if y not in years(sent, lex) or _from_year(sent, m.start(), m.end()):
            continue
        out.append(y)
    return out


def _from_year(sent: Sentence, start: int, end: int) -> bool:
    """A since word right before the year or before the month written with it ("since April 2024",
    "منذ منتصف أبريل 2023"), or a since_after word right after it ("2014'ten bu yana")."""
    months = [m for m in sent.memo.get("months", []) if 0 <= start - m[1] <= SINCE_CHARS]
    return (any(0 <= start - c.end <= SINCE_CHARS and not sent.ntext[c.end:start].strip()
                or any(0 <= m[0] - c.end <= SINCE_CHARS for m in months) for c in sent.of("since"))
            or any(0 <= c.start - end <= SINCE_CHARS for c in sent.of("since_after")))
