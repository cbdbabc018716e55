"""Stage 3: weigh the evidence for and against each candidate, and the whole-article facts the weights read."""

from __future__ import annotations

import re

from pipelines.detect import scoring as W
from pipelines.detect import windows as WIN
from pipelines.detect.background import dated_long_before, old_news
from pipelines.detect.blocking import denies_the_toll, weigh_blockers
from pipelines.detect.candidates import referred_base, installations
from pipelines.detect.document import Document, Mention, Sentence, dist, inside
from pipelines.detect.fields.when import years
from pipelines.detect.lexicon import Lexicon
from pipelines.detect.normalize import norm
from pipelines.detect.written import CLAUSE_MARK, clause_break, marks_at
from pipelines.detect.stored import stored_munitions_went_off
from pipelines.detect.quiet import no_attack_told
from pipelines.detect.hearsay import told_as_hearsay
from pipelines.detect.held import armed_held_penalty
from pipelines.detect.departed import left_from
from pipelines.detect.clitic import from_clitic
from pipelines.detect.earlier import told_as_earlier
from pipelines.detect.heard import heard_from
from pipelines.detect.inside import put_inside
from pipelines.detect.roles import denies_a_role, frames_the_article
from pipelines.vocabulary import STATED_MEANS

_WEAPON_GROUPS = tuple(f"t_{k}" for k in STATED_MEANS)
_YEAR_TITLE = re.compile(r"\W*(?:1[89]|20)\d\d [^\W\d_]+(?: [^\W\d_]+){1,6}\W*$")  # "1983 Beirut barracks bombings"
_LABEL = re.compile(r"[^\w]*([^\W\d_]+(?: [^\W\d_]+){0,2}) ?[:|]")  # "Date:", or a table's first cell "Date |"


def score(doc: Document, i: int, m: Mention) -> None:
    """Weigh the evidence for and against the candidate (sets m.score and m.notes)."""
    sents = doc.sents
    sent = sents[i]
    s = W.MENTION[m.kind]
    if m.kind == "plural" and any(c.start == m.start for c in sent.of("installation_plural")):
        s += W.MILITARY_PLURAL  # "military camps", "airfields": military by themselves, unlike "bases"
    attacks = sent.attacks()
    typed, events = _attack_words(sent)
    gain = (W.TYPED if typed else 0) + (W.VERB if events else 0) + (W.INTERCEPT if sent.of("intercept") else 0)
    s += min(W.ATTACK_CAP, gain)
    if m.source is None and any(dist(a, m) <= W.CLOSE_CHARS for a in events):
        s += W.CLOSE
    if sent.of("current") or sent.of("reldate", "weekday"):
        s += W.CURRENT
    # A linked mention: the blockers of the sentence that names the installation count too.
    told = [sent] if m.source is None else [sent, sents[m.source[0]]]
    s = weigh_blockers(doc, sent, m, told, s)
    # A memorial, denial, drill or accident in the headline or lead frames the whole article.
    lead = [sn for k, sn in enumerate(sents[:WIN.LEAD_SENTENCES])
            if all(sn is not t for t in told) and frames_the_article(sents, k, doc.lex)]
    if lead:
        # A lead sentence that recalls (a memorial, an anniversary) without telling an attack of
        # its own frames the article as about the past.
        s -= W.LEAD_HISTORY if any(_recalls(sn) for sn in lead) else W.TITLE_BLOCK
        m.notes.append("lead-frame")
    if doc.reference:
        s -= W.REFERENCE
        m.notes.append("reference")
    if doc.doc_block:
        s -= W.DOC_BLOCK
        m.notes.append("doc-block")
    if m.base is None and (other := headline_hits_another_target(doc)) and not any(
            f" {t} " in f" {sent.ntext[m.start:m.end]} " for t in other):  # "checkpost" headed, "security forces checkpost" told
        s -= W.HEADLINE_OTHER_TARGET
        m.notes.append("headline-other-target")
    if foiled_in_the_headline(doc):
        s -= W.FOILED  # "Army foils rocket attack on the base", and no launch or hit in the body
        m.notes.append("foiled-headline")
    if not sent.of("b_plot") and told_as_a_quarrel(doc):
        s -= W.QUARREL  # "shooting at a base" in the headline, soldiers who shot each other in the body
        m.notes.append("quarrel-frame")
    if asks_about_an_attack(doc):
        s -= W.QUESTION
        m.notes.append("question-frame")
    if checks_a_claim(doc):
        s -= W.FACT_CHECK
        m.notes.append("fact-check")
    if all("blast" in a.groups for a in attacks):
        # An explosion with no attack word or weapon in its own sentence is as likely an accident at
        # an ammunition store; worse when no sentence of the article names a weapon, attacker or claim.
        s -= W.BLAST_ONLY
        m.notes.append("blast-only")
        if not doc.attributed:
            s -= W.UNEXPLAINED_BLAST
            m.notes.append("unexplained-blast")
    elif stored_munitions_went_off(sent):
        s -= W.STORED  # "shells stored at the arsenal went off": an accident at a store of arms, no attack
        m.notes.append("stored-munitions")
    elif frame := no_attack_told(sent, lambda: _clause_marks(doc, sent), doc.lex):
        # "the US sends Patriot batteries to the base", "sirens sounded at the base"; debris of a downed drone that
        # fell near the base weighs as an origin does: the base was no target
        s -= W.FRAME_WEIGHT.get(frame, W.NO_ATTACK_TOLD)
        m.notes.append(frame)
    s -= armed_held_penalty(doc, sent, m)  # "militant positions", "مواقع للمسلحين": the group's, no installation
    # A linked attack sentence has no target of its own to compare (candidates.linked); its
    # installation's sentence may date it too.
    against = _against_target(doc, sent, m, attacks) if m.source is None else []
    if m.source is None and told_as_earlier(doc, sent, m):
        against.append(W.EARLIER_EVENT)
        m.notes.append("earlier-event")
    old = old_news(doc, sent, m) or (old_news(doc, sents[m.source[0]], m) if m.source else [])
    for penalty in (*against, *old):
        s -= penalty
    s -= _denied_elsewhere(doc, sent, m)
    m.score = round(max(0.0, min(1.0, s)), 3)


def _attack_words(sent: Sentence) -> tuple[bool, list]:
    """Whether the sentence names a kind of attack, and its event words (a verb, an interception, an
    attack type that is no bare weapon): the same for every candidate of the sentence, found once."""
    found = sent.memo.get("attack_words")
    if found is None:
        attacks = sent.attacks()
        found = sent.memo["attack_words"] = (
            any(a.has("t_") for a in attacks),
            [a for a in attacks if "verb" in a.groups or "intercept" in a.groups
             or (a.has("t_") and str(a.has("t_"))[2:] not in W.WEAPONS)])
    return found


def _denied_elsewhere(doc: Document, sent: Sentence, m: Mention) -> float:
    """Another sentence denies this base was hit, or the lead denies an attack without naming the base:
    it denies this report (a denial in the candidate's own sentence is weighed with its blockers)."""
    if sent.of("b_denial"):
        return 0.0
    if m.base is not None and m.base.id in doc.denied:
        m.notes.append("denied-elsewhere")
        return W.DENIED_BASE
    if _lead_denies_an_attack(doc):
        m.notes.append("attack-denied")
        return W.DENIED_BASE
    return 0.0


def _lead_denies_an_attack(doc: Document) -> bool:
    """A lead sentence denies an attack it tells, not one of the past (worked out once per article)."""
    if doc.lead_denies is None:
        doc.lead_denies = any(_denies_an_attack(sn, doc.lex) and sn.attacks() and not _tells_the_past(doc, sn)
                              for sn in doc.sents[:WIN.LEAD_SENTENCES])
    return doc.lead_denies


def _denies_an_attack(sent: Sentence, lex: Lexicon) -> bool:
    """The sentence has a denial that is not only of the toll, nor of a party's role in the attack."""
    return any(not denies_the_toll(sent, c) and not denies_a_role(sent, c, lex) for c in sent.of("b_denial"))


def _tells_the_past(doc: Document, sent: Sentence) -> bool:
    """The sentence dates itself before the news: a history word, an earlier year, or a day or month
    well before publication ("In March, forces foiled a plan to fire rockets at the base"). What it
    denies or calls foiled is that earlier attack, not the one the article reports."""
    if sent.of("b_history"):
        return True
    ref = doc.ref
    return ref is not None and (any(y < ref.year for y in years(sent, doc.lex)) or bool(dated_long_before(sent, ref)))


def headline_hits_another_target(doc: Document) -> tuple[str, ...]:
    """The words of the target that is not an installation ("militants attack police checkposts"),
    when the first line tells an attack on one and names no installation: the unnamed posts and forts
    the body lists are that target's, not military ones, unless the body's installation phrase writes
    the same noun with a military owner. Worked out once per article."""
    if doc.other_target is None:
        head = doc.sents[0] if doc.sents else None
        hit = head is not None and head.attacks() and not installations(doc, 0)
        doc.other_target = tuple(c.text for c in head.of("excluded")) if hit else ()
    return doc.other_target


def foiled_in_the_headline(doc: Document) -> bool:
    """The headline tells an attack foiled (an intercept word: "Army foils rocket attack on the base") and
    no sentence of the body tells a launch, a hit or an interception (an attack verb or intercept word):
    the attack was stopped before it was launched ("forces found the launcher and arrested two men").
    Worked out once per article."""
    if doc.foiled is None:
        sents = doc.sents
        doc.foiled = (len(sents) >= 2 and bool(sents[0].title) and bool(sents[0].of("intercept"))
                      and not any(sn.of("verb", "intercept") for sn in sents[1:]))
    return doc.foiled


def told_as_a_quarrel(doc: Document) -> bool:
    """The article tells a quarrel, a plot or a trial at an installation (a plot word of the lexicon in a
    sentence that writes one: soldiers who shot each other on the base, a comrade shot) and names no
    attacker or claim anywhere: a shooting its headline tells on a base is that case, not an enemy attack.
    A trial told in a sentence of its own ("a week after a court sentenced two members") frames nothing
    (the caller leaves out the plot's own sentence). Worked out once per article."""
    if doc.quarrel is None:
        sents = doc.sents
        doc.quarrel = any(sn.of("b_plot") and (sn.named or sn.near or sn.of("installation", "weak", "anaphora"))
                          for sn in sents) and not any(sn.of("actor", "claim") or _armed(sn) for sn in sents)
    return doc.quarrel


def _armed(sent: Sentence) -> bool:
    """A weapon of war in the sentence (a rocket, a drone, a shell, an air strike, a bomb): a quarrel is
    told with guns alone, so an article that writes one tells an attack, whatever plot or trial it
    adds ("a rocket hit the base ... a court later convicted a man for the plot")."""
    return any((t := a.has("t_")) is not None and t not in ("t_ground_assault", "t_other") for a in sent.attacks())


def asks_about_an_attack(doc: Document) -> bool:
    """Whether a sentence of the article asks a question about an attack on an installation ("Why
    did Iran fire missiles at US bases?", "Did a drone hit the airfield?"): explainers, analyses
    and fact-checks ask; a report of a new attack states it. Worked out once per article."""
    if doc.asks is None:
        doc.asks = any(_question(doc.text, sent) and sent.attacks() and installations(doc, i)
                       for i, sent in enumerate(doc.sents))
    return doc.asks


def checks_a_claim(doc: Document) -> bool:
    """Whether the article is a fact-check: a sentence uses a verifier's words ("fact check",
    "misleading", "الخبر المتداول", "cek fakta"). A fact-check retells the claimed attack in order to
    test it, so every candidate weighs less. Worked out once per article."""
    if doc.fact_check is None:
        doc.fact_check = any(sent.of("factcheck") for sent in doc.sents)
    return doc.fact_check


def _question(text: str, sent: Sentence) -> bool:
    """The sentence ends with a question mark (Latin or Arabic script), quotes and brackets aside."""
    return text[sent.start:sent.end].rstrip().rstrip("\"'»”’)]").endswith(("?", "؟"))


def _recalls(sent: Sentence) -> bool:
    """A sentence that recalls or describes surveillance ("satellite images show") without telling
    an attack of its own, or explains an explosion as an accident ("caused by a short circuit")."""
    attacks = sent.attacks()
    return bool((sent.of("b_history", "b_surveillance") and not attacks)
                or (sent.of("b_accident") and all("blast" in a.groups for a in attacks)))


def _against_target(doc: Document, sent: Sentence, m: Mention, attacks) -> list[float]:
    """Penalties for another target nearer the attack word (a convoy, a city), for "launched from X" and
    for "a few kilometres from X"."""
    penalties = []
    # "killing two officers" tells the toll, not the target: the attack word is the one that takes an object.
    acts = [a for a in attacks if not {"killed", "wounded"} & a.groups] or attacks
    # The verb takes the object: a weapon or attacker noun next to the installation ("Teröristler,
    # askeri üsse yakın bir köyde bir minibüse saldırdı") is not what the attack was aimed at.
    # With no verb, an attacker noun ("Teröristler, ... konvoya bombalı saldırı") is the doer, not the attack word.
    acts = [a for a in acts if "verb" in a.groups] or [a for a in acts if "actor" not in a.groups] or acts
    nearest = min(acts, key=lambda a: dist(a, m))
    within = put_inside(sent, m)
    head = _object_head(doc, sent, m, acts) if doc.lex.options.get("verb_final") else None
    if head is not None:
        # Verb-final: the head of the object written before the verb is the target, not what is nearest.
        others = [head] if head is not m else []
    else:
        others = [c for c in sent.of("excluded") if dist(c, nearest) < dist(m, nearest)
                  and not _locates_the_noun_before(sent, c, nearest, m) and not _carries_the_weapon(doc, sent, c)
                  and not _in_a_motive_clause(doc, sent, c, m)]
        if _written_next_to(sent, m, "nearby", WIN.DISTANCE_CHARS):  # a town hit, the installation near it
            others += [c for c in sent.of("town") if dist(c, nearest) < dist(m, nearest)]
    for c in others:
        if not inside(c.start, c.end, sent.named) and not within and not _coordinated_targets(doc, sent, c, m):
            penalties.append(W.EXCLUDED)
            m.notes.append("excluded")
            break
    # Words written next to the installation that say it is not the target: where the attack came
    # from ("launched from the base"), a landmark for a target elsewhere ("a market a few kilometres
    # from the air base", "در چند کیلومتری پایگاه", "Üssü'ne birkaç kilometre uzaklıktaki"), or a
    # contrast ("not US bases"). Each group has a form written before the noun and one after it.
    for group, chars, weight, note in (("origin", WIN.ORIGIN_CHARS, W.ORIGIN, "origin"),
                                       ("distance", WIN.DISTANCE_CHARS, W.EXCLUDED, "landmark"),
                                       ("contrast", WIN.CONTRAST_CHARS, W.EXCLUDED, "contrast")):
        # ... or, as a clitic, glued to the installation's noun itself ("תקיפה מבסיס רמון": from Ramon)
        glued = group == "origin" and from_clitic(sent, m, doc.lex.origin_clitics)
        if (glued or _written_next_to(sent, m, group, chars)) \
                and not (group == "origin" and heard_from(sent, m, lambda: _clause_marks(doc, sent))):
            penalties.append(weight)
            m.notes.append(note)
    if left_from(sent, m):  # "a convoy leaving Camp Taji was struck on the highway": where it came from
        penalties.append(W.ORIGIN)
        m.notes.append("departed")
    if _country_is_the_object(sent, nearest, m):
        penalties.append(W.COUNTRY_OBJECT)
        m.notes.append("country-object")
    return penalties


def _in_a_motive_clause(doc: Document, sent: Sentence, c, m: Mention) -> bool:
    """Another target written in a motive clause that the installation is not in ("ردا على الاعتداءات على
    القرى الجنوبية، استهدف مجاهدو المقاومة موقع الراهب", "in response to strikes on villages, ..."): why
    the group struck, not what it struck."""
    return any(0 <= c.start - w.end <= WIN.MOTIVE_CHARS and not clause_break(doc.text, sent, w.end, c.start)
               and clause_break(doc.text, sent, min(c.end, m.start), max(c.end, m.start)) for w in sent.of("motive"))


def _carries_the_weapon(doc: Document, sent: Sentence, c) -> bool:
    """A vehicle written as one phrase with an explosive's word ("an explosives-laden car", "a
    booby-trapped truck", "سيارة مفخخة") is the bomb, not another target: an IED cue (not a verb)
    touching the noun on the side where the language writes a noun's qualifiers (lexicon option
    qualifier_after_noun). On the other side it is the attack on that noun ("camiye bombalı
    saldırı": a bomb attack on a mosque); other weapons are not carried so."""
    after = bool(doc.lex.options.get("qualifier_after_noun"))
    return any((0 <= a.start - c.end <= 1 if after else 0 <= c.start - a.end <= 1)
               and "t_ied" in a.groups and "verb" not in a.groups for a in sent.attacks())


def _object_head(doc: Document, sent: Sentence, m: Mention, acts):
    """In a verb-final language (lexicon option verb_final) the attack verb's object is the noun phrase
    written just before it, in its clause: the one closed by the last object marker before the verb
    ("را", "پر", "को"; else by the verb itself) and opened by an object marker before it ("به"; else by
    the marker or clause start before it). Of the targets there (the installation and the lexicon's
    other targets) the head is the first where qualifiers follow the noun ("دفتر یک روحانی در نزدیکی
    پایگاه ... را هدف قرار داد": the office) and the last where they precede it ("üssün yakınındaki köye
    saldırdı", "اڈے کے قریب ایک چوکی پر حملہ کیا": the village, the post). Words after the verb are not
    its object. None when no attack verb follows the installation in its clause (a noun phrase such as
    "حمله به ..."); the installation itself when the phrase holds no target the lexicon knows."""
    verb = next((a for a in sorted(acts, key=lambda a: a.start) if a.start >= m.end and "verb" in a.groups), None)
    if verb is None or not sent.of("excluded"):
        return None if verb is None else m
    marks = _clause_marks(doc, sent)
    if any(m.end <= k < verb.start for k in marks):
        return None  # a clause of its own between them: the verb may not be this installation's
    # The clause opens at the last clause mark, verb or agent marker ("نے") before the installation.
    bounds = [k + 1 for k in marks if k < m.start]
    bounds += [c.end for c in sent.of("verb", "agent") if c.end <= m.start]
    lo = max(bounds, default=0)
    closing = [c for c in sent.of("object_mark_after") if lo <= c.start and c.end <= verb.start]
    hi = closing[-1].start if closing else verb.start
    opening = [c.start for c in sent.of("object_mark") if lo <= c.start < hi]
    lo = max([lo, *opening, *(c.end for c in closing[:-1])])
    targets = [c for c in sent.of("excluded") if lo <= c.start and c.end <= hi]
    if lo <= m.start and m.end <= hi:
        targets.append(m)
    if not targets:
        return m
    targets.sort(key=lambda t: t.start)
    return targets[0] if doc.lex.options.get("qualifier_after_noun") else targets[-1]


def _clause_marks(doc: Document, sent: Sentence) -> list[int]:
    """Where the sentence's commas, semicolons, colons, dashes and brackets stand in its normalised text."""
    return marks_at(doc.text, sent, CLAUSE_MARK)


def _coordinated_targets(doc: Document, sent: Sentence, c, m: Mention) -> bool:
    """The other target and the installation are joined as one object ("a checkpoint and a nearby
    army camp"): both were attacked, so the nearer one does not make the installation a landmark. Arabic
    writes the conjunction on the second one's first word ("حاملة الطائرات أيزنهاور وقاعدة نيفاتيم")."""
    lo, hi = (c.end, m.start) if c.end <= m.start else (m.end, c.start)
    # A verb between them opens a clause of its own ("... the air base, and debris fell in a field").
    return (hi - lo <= WIN.COORDINATED_CHARS
            and (any(lo <= j.start and j.end <= hi for j in sent.of("conj")) or _conj_clitic(doc, sent, hi))
            and not any(lo <= v.start and v.end <= hi for v in sent.of("verb")))


_CONJ_CLITIC = {"ar": "و"}


def _conj_clitic(doc: Document, sent: Sentence, at: int) -> bool:
    """The word that holds `at` opens with the conjunction clitic, and a lexicon word starts right after it
    ('وقاعدة', 'ومطار', 'وحاملة': not a name that begins with the letter, 'وادي سيدنا')."""
    clitic = _CONJ_CLITIC.get(doc.lex.lang)
    if clitic is None:
        return False
    start = at - len(re.search(r"\w*$", sent.ntext[:at]).group())
    return sent.ntext.startswith(clitic, start) and any(c.start == start + len(clitic) for c in sent.cues)


def _locates_the_noun_before(sent: Sentence, c, attack, m: Mention) -> bool:
    """The other target is a town noun that places an installation noun written just before it, between
    the attack word and the name after it ("استهدفت القاعدة الأمريكية بمدينة الشدادي": the US base in the
    town of al-Shaddadi, a base named after its town): the verb's object is that installation."""
    if not (attack.end <= c.start and c.end <= m.start and "town" in c.groups):
        return False
    return any(attack.end <= n.start and 0 <= c.start - n.end <= WIN.COORDINATED_CHARS
               for n in sent.of("installation", "weak"))


def _written_next_to(sent: Sentence, m: Mention, group: str, chars: int) -> bool:
    """A word of `group` right before the installation, or of `group`_after right after it. The
    installation's phrase begins at a generic noun written right before its name ("kilómetros de la
    base aérea de Ain al Asad", "Kilometer vom Luftwaffenstützpunkt Ain al-Asad"); a word of the group
    written as one term with the noun that opens a gazetteer name overlaps it ("از پایگاه هوایی تبریز")."""
    after = f"{group}_after"
    cues = sent.of(group, after)
    if not cues:  # most sentences: no need to find where the phrase begins
        return False
    starts = [m.start, *(c.start for c in sent.of("installation", "weak")
                         if 0 <= m.start - c.end <= WIN.NOUN_NAME_CHARS)]
    # A cue that holds the name's own noun ("از پایگاه" over "پایگاه هوایی تبریز") is written right before it.
    held = [c for c in cues if m.kind == "named" and after not in c.groups and c.start < m.start < c.end]
    return bool(held) or any(0 <= c.start - m.end <= chars if after in c.groups
                             else any(0 <= s - c.end <= chars for s in starts) for c in cues)


def _country_is_the_object(sent: Sentence, attack, m: Mention) -> bool:
    """The attack word nearest the installation has a country as its object ("the strikes on
    Iran", "İran'a karşı saldırılar"), and the installation is not that country's ("on Iran's
    Khordad base"): the base is named beside an attack on a country, not as its target. A town
    the gazetteer knows is such an object too ("serangan drone ke Kyiv, dekat pangkalan udara"),
    unless it is part of an installation's name or the place that located this one."""
    marks = sent.of("against")
    towns = [p for p in (*sent.places, *sent.near) if not inside(p.start, p.end, sent.named)
             and (m.place is None or (p.start, p.end) != m.place)]
    for c in (*sent.of("country"), *towns):
        if 0 <= m.start - c.end <= WIN.COUNTRY_OWNER_CHARS or inside(c.start, c.end, [m]):
            continue
        for g in marks:
            after = 0 <= g.start - attack.end <= WIN.OBJECT_MARK_CHARS and 0 <= c.start - g.end <= WIN.OBJECT_MARK_CHARS
            before = 0 <= g.start - c.end <= WIN.OBJECT_MARK_CHARS and 0 <= attack.start - g.end <= WIN.OBJECT_VERB_CHARS
            if after or before:
                return True
    return False


def denied_bases(doc: Document) -> frozenset[str]:
    """Installations that a sentence of the article says were not attacked: named there, referred
    to ("no new attacks on the base happened"), or unnamed and placed by a known place next to it
    ("denied reports of a rocket attack on a military base near Baghdad airport")."""
    out = set()
    for i, sent in enumerate(doc.sents):
        if not _denies_an_attack(sent, doc.lex) or _tells_the_past(doc, sent):
            continue
        named = {m.base.id for m in installations(doc, i) if m.base is not None}
        # "there had been no attack on the base", "the base was not attacked": with no installation of
        # its own, the denial's object "the base" is the one the lines before named.
        out |= named or {b.id for c in sent.of("anaphora") if _denial_object(sent, c)
                         and (b := referred_base(doc, i, c.start)) is not None} | told_as_hearsay(doc, i)
    return frozenset(out)


def _denial_object(sent: Sentence, c) -> bool:
    """The cue is written right beside a denial (OBJECT_CHARS either side), as its object."""
    return any(0 <= c.start - d.end <= WIN.OBJECT_CHARS or 0 <= d.start - c.end <= WIN.OBJECT_CHARS
               for d in sent.of("b_denial"))


def reference_entry(doc: str, sents: list[Sentence], lex: Lexicon) -> bool:
    """Whether the article opens like an encyclopedia or fact-sheet entry: lines that begin with
    two or more different fact-box labels ("Date:", "Place:", "Casualties:"). Such an entry
    retells an attack, however it is worded; its "Date:" is the event's, not publication. A
    headline that is only the event's name after its year ("1983 Beirut barracks bombings"), or
    only an installation's name, is such an entry's title: news headlines carry a verb."""
    if sents and (_YEAR_TITLE.match(doc, sents[0].start, sents[0].end) or _name_only(sents[0])):
        return True
    if not lex.infobox:
        return False
    seen = set()
    for sent in sents[:WIN.REFERENCE_SENTENCES]:
        m = _LABEL.match(doc, sent.start, sent.end)
        if m is not None:
            key = norm(m.group(1)).strip()
            if key in lex.infobox:
                seen.add(key)
                if len(seen) >= 2:
                    return True
    return False


# "again", "on Sunday": a profile's title never says them (it may say "today": "Ain al-Asad today", a feature)
_NEWS_WORDS = ("repeat", "weekday")


def _name_only(sent: Sentence) -> bool:
    """A headline that is an installation's name and little else ("Hatzor Air Base"), with no
    attack word: a profile's title, not news. A headline that says again or which day ("قاعدة عين الأسد
    مجددا", "... on Sunday") is news."""
    if not sent.named or sent.attacks() or sent.of(*_NEWS_WORDS):
        return False
    covered = [*sent.named, *sent.cues]
    words = [m for m in re.finditer(r"\w+", sent.ntext)]
    loose = [w for w in words if not inside(w.start(), w.end(), covered)]
    return len(words) <= WIN.NAME_TITLE_WORDS and len(loose) <= 1


def attributed(sents: list[Sentence]) -> bool:
    """Whether the article writes a weapon, an attacker or a claim anywhere: an explosion with none
    of them is as likely an accident at an ammunition store as an attack."""
    return any(sn.of(*_WEAPON_GROUPS) or sn.of("actor") or sn.of("claim") for sn in sents)


def disaster_only(sents: list[Sentence]) -> bool:
    """An article about a storm, accident or exercise that names no weapon anywhere."""
    return not any(sn.of(*_WEAPON_GROUPS) for sn in sents) and any(
        sn.of("b_disaster", "b_accident", "b_exercise") for sn in sents)
