"""The detector's faster paths give what the plain ones gave: offsets of normalised text, the date and
number patterns that open with a character, the language model's feature table, the lead-frame memo."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest

from pipelines.detect import dates
from pipelines.detect.detector import analyse
from pipelines.detect.fields import casualties
from pipelines.detect.normalize import _norm_with_offsets_chars, norm, norm_with_offsets
from pipelines.detect.roles import _frames, frames_the_article
from pipelines.language import _model, _scores

# Texts of our own: Latin with punctuation runs, the Turkish dotted capital I, German sharp s and a
# ligature (casefold writes two letters for one), Arabic with diacritics and tatweel, Persian with a
# zero-width non-joiner and its digits, Hebrew points, Devanagari marks, a NUL and a soft hyphen.
_TEXTS = [
    "Drones struck the air base -- twice! -- at dawn (local time); no one was hurt...",
    "İncirlik Üssü'ne İHA saldırısı: İki asker yaralandı.",
    "Die Straße zum Stützpunkt wurde am 5. März gesperrt; ﬁnal report.",
    "استهدفت طائرةٌ مسيّرةٌ القاعدةَ العسكريـــة فجرًا، وقُتل جنديان.",
    "پهپادها به پایگاه\u200cهای هوایی در ۱۴۰۲/۱۱/۸ حمله کردند.",
    "רָקֵטוֹת נוֹרוּ לְעֵבֶר הַבָּסִיס.",
    "ड्रोन ने सैन्य अड्डे पर हमला किया।  वायुसेना अड्डे पर रॉकेट दागे गए।",
    "a\x00b , \u00adc\u200d d\n\n  e",
    "",
    " ,.; ",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_offsets_are_the_ones_the_character_loop_gives(text):
    for sample in (text, text[1:], text + " !", text.upper()):
        fast = norm_with_offsets(sample)
        assert fast == _norm_with_offsets_chars(sample)
        assert fast[0] == norm(sample)
        assert len(fast[0]) == len(fast[1])


# The patterns as written before: a lookbehind first, tried at every position.
_PLAIN = {
    "_ISO": r"(?<!\d)((?:19|20|13|14)\d\d) (\d{1,2}) (\d{1,2})(?!\d)",
    "_DMY": r"(?<!\d)(\d{1,2}) (\d{1,2}) ((?:19|20|13|14)\d\d)(?!\d)",
    "_YEAR": r"(?<!\d)((?:19|20)\d\d)(?!\d)",
    "_JALALI_YEAR": r"(?<!\d)(1[34]\d\d)(?!\d)",
}
_NUMBERS = ["on 2024 1 28 and 28 1 2024", "12024 1 28", "x1402 11 8", "1 12 1999 and 31 12 20245", "in 1989, 2020 and 12019",
            "122mm shells, 3 killed, 4.5 km, 12 wounded", "1403 and 1399 and 14021", "٢٠٢٤ 1 2", "7 7 1307 7", "0 0 0"]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_date_patterns_match_what_the_lookbehind_forms_match(name):
    plain, fast = re.compile(_PLAIN[name]), getattr(dates, name)
    for text in _NUMBERS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):
            got, want = fast.search(text, pos), plain.search(text, pos)
            assert (got and got.span()) == (want and want.span())


def test_toll_numbers_are_read_as_before():
    plain = re.compile(r"(?<![\d.])(\d{1,4})(?![\d.]|\s?mm)")
    for text in _NUMBERS:
        assert casualties._NUM.findall(text) == plain.findall(text)


def test_language_scores_equal_the_models_own_sums():
    model = _model()
    for text in _TEXTS[:7]:
        state, indexes = 0, []
        for byte in text.encode("utf8", errors="surrogatepass"):
            state = model.tk_nextmove[(state << 8) + byte]
            indexes.extend(model.tk_output.get(state, ()))
        counts = Counter(indexes)
        rows = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        weights = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        assert np.array_equal(_scores(text), weights @ model.nb_ptc[rows] + model.nb_pc)


def test_a_remembered_lead_frame_is_the_one_worked_out_afresh():
    text = ("Officials deny the base was attacked\n\nThe army held a drill at the air base on Monday.\n\n"
            "Rockets hit the air base near Erbil on Tuesday, officials said.")
    doc = analyse(text).doc
    for k in range(len(doc.sents)):
        first = frames_the_article(doc.sents, k, doc.lex)
        assert first == _frames(doc.sents, k, doc.lex) == frames_the_article(doc.sents, k, doc.lex)
