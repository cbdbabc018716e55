"""The source phrase that opens a sentence ("According to reports in Lebanon, ...", "לפי דיווחים בסוריה,",
"По данным СМИ в Ливане,", "Lübnan basınına göre ..."): who tells the news and where they are, not where the
installation lies, and the clause after it opens as a sentence does (its first country may be the striker)."""

from __future__ import annotations

from pipelines.detect import windows as WIN
from pipelines.detect.document import Cue, Document, Sentence
from pipelines.detect.fields.subjects import claims_itself, speakers, verb_spans
from pipelines.detect.written import CLAUSE_MARK, marks_at

_LEAD_CHARS = 3  # "و" of "وبحسب", "and": a clitic or short word before the statement word that opens the phrase
_POSTPOSITION_CHARS = 40  # "Lübnan basınına göre": a statement word this close to the start ends the phrase
_INSTALLATION_GROUPS = ("installation", "installation_plural", "weak", "weak_plural")


def source_end(doc: Document, sent: Sentence) -> int:
    """Where the source phrase opening the sentence ends (normalised offset), 0 where none opens it. The
    phrase opens with a statement word ("according to", "לפי", "بحسب", "по данным") and ends at the first
    clause mark; where the verb ends the clause (lexicon option verb_final) it may end with the statement
    word instead ("göre", "کے مطابق"). No attack word or installation stands in it: "According to the army,
    drones hit a base" has no place in the phrase, and "Syria said jets struck" is no source phrase."""
    key = "source_end"
    if key not in sent.memo:
        sent.memo[key] = _source_end(doc, sent)
    return sent.memo[key]


def _source_end(doc: Document, sent: Sentence) -> int:
    verb = next(iter(verb_spans(sent, doc.lex)), None)
    if verb is None:
        return 0
    if len(sent.ntext[:verb[0]].strip()) <= _LEAD_CHARS:
        end = next((k for k in marks_at(doc.text, sent, CLAUSE_MARK) if k > verb[1]), None)
    elif doc.lex.options.get("verb_final") and verb[1] <= _POSTPOSITION_CHARS:
        end = verb[1]
    else:
        return 0
    if end is None or _event_before(sent, end):
        return 0
    return end


def _event_before(sent: Sentence, end: int) -> bool:
    """Whether an attack word or an installation stands before `end`: the phrase tells the news itself."""
    return any(c.start < end for c in (*sent.attacks(), *sent.of(*_INSTALLATION_GROUPS), *sent.named, *sent.near))


def in_source(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word stands in the source phrase opening the sentence ("reports in Syria", "media in
    Lebanon"): the outlet's or the sayer's place."""
    return c.end <= source_end(doc, sent)


def clause_opening(doc: Document, sent: Sentence, c: Cue) -> str:
    """The normalised text before a cue in its clause: from the last clause mark before it, or from the end of
    the source phrase when the cue follows it ("According to media in Lebanon, Israel struck ...", "در سوریه،
    اسرائیل یک پایگاه ..." open their clause with Israel), else from the start."""
    end = source_end(doc, sent)
    start = max((k for k in marks_at(doc.text, sent, CLAUSE_MARK) if k <= c.start), default=0)
    return sent.ntext[max(start, end if c.start >= end else 0):c.start]


_SAYER_CHARS = 40  # "Turkey's defence ministry said": from the country to the statement verb


def sayer_country(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word belongs to the sayer opening the sentence, the subject of its first statement
    verb ("Turkey's defence ministry said rockets hit a Turkish military base"): whose statement it is, not
    where the installation lies, which may be abroad. Subject-first languages only; no attack word or
    installation before the verb (else the phrase tells the news itself: "Israel struck a base, it said")."""
    if _qualifies_speaker(doc, sent, c):
        return True
    opts = doc.lex.options
    if opts.get("verb_final") or opts.get("subject_after_verb"):
        return False
    verb = next(iter(verb_spans(sent, doc.lex)), None)
    if verb is None or not 0 <= verb[0] - c.end <= _SAYER_CHARS or _event_before(sent, verb[0]):
        return False
    return all(w in doc.lex.articles for w in sent.ntext[:c.start].split())


def _qualifies_speaker(doc: Document, sent: Sentence, c: Cue) -> bool:
    """Whether a country word qualifies the official who speaks, touching it on either side ("Минобороны России
    сообщило", "قالت وزارة الدفاع الأردنية", "Jordan's defence ministry said"), in any word order: the sayer's
    country. Not where an attack word or installation stands before the pair, nor where the official claims
    the attack itself ("أعلن الجيش الإسرائيلي أنه شن غارات": the striker, whose target lies elsewhere)."""
    for s, e in speakers(sent, doc.lex)[0]:
        if not (0 <= c.start - e <= WIN.QUALIFIER_GLUE_CHARS or 0 <= s - c.end <= WIN.QUALIFIER_GLUE_CHARS):
            continue
        lo, hi = min(s, c.start), max(e, c.end)
        if not _event_before(sent, lo) and not claims_itself(sent, doc.lex, Cue(c.groups, lo, hi, c.text)):
            return True
    return False


def speaker_nationality(doc: Document, sent: Sentence, abroad: frozenset[str]) -> list[Cue]:
    """The nationality of the official who speaks ("قالت وزارة الدفاع الأردنية", "the Jordanian army said"), as
    sayer_country reads a country's name: the sayer's country, a last resort for the installation's. Only of
    a state that keeps no installations abroad (`abroad`): another's speaks of its bases abroad as often."""
    return [c for c in sent.of("nationality") if "country" not in c.groups
            and str(doc.lex.value("nationality", c.text)) not in abroad and _qualifies_speaker(doc, sent, c)][:1] \
        or [c for c in _countries_in_actors(doc, sent) if _qualifies_speaker(doc, sent, c)][:1]


def _countries_in_actors(doc: Document, sent: Sentence) -> list[Cue]:
    """The country names written inside actor cues, as country cues of their own: the registry scans a state's
    official with its country as one actor ("Минобороны России сообщило, что ... аэродром"), which hides the
    country word that sayer_country would read as the sayer's."""
    out = []
    for a in sent.of("actor"):
        at = a.start
        for word in sent.ntext[a.start:a.end].split():
            at = sent.ntext.index(word, at)
            if word != sent.ntext[a.start:a.end].strip() and doc.lex.value("country", word) is not None:
                out.append(Cue(frozenset({"country"}), at, at + len(word), word))
            at += len(word)
    return out
