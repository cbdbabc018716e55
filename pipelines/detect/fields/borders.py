"""Land borders: an installation of a state that keeps bases abroad, written beside the border of a country its
own state borders ("an Israeli military base near the Lebanese border", "قاعدة إسرائيلية قرب الحدود اللبنانية"),
lies on its owner's side; beside the border of a country the owner does not border ("a US base near the Syrian
border") it lies in some host country the sentence leaves unnamed."""

from __future__ import annotations

# ISO 3166 alpha-2 land neighbours of the states of BASES_ABROAD (fields/phrase.py), as general knowledge gives
# them; each pair is read both ways.
_PAIRS = {
    "IL": "LB SY JO EG PS",
    "TR": "SY IQ IR GR BG GE AM AZ",
    "IR": "IQ TR AF PK AM AZ TM",
    "RU": "UA BY GE AZ KZ CN MN KP FI EE LV LT PL NO",
    "SA": "YE OM AE QA KW IQ JO",
    "AE": "SA OM",
    "EG": "PS LY SD",
    "US": "CA MX",
    "FR": "BE LU DE CH IT ES AD MC",
    "GB": "IE",
    "CN": "IN PK AF TJ KG KZ MN KP VN LA MM BT NP",
    "IT": "CH AT SI SM VA",
    "DE": "DK PL CZ AT CH LU BE NL",
    "KE": "SO ET UG TZ SS",
    "ET": "SO DJ ER SD SS KE",
    "UG": "KE SS CD RW TZ",
    "BI": "RW TZ CD",
    "DJ": "ER SO",
    "TD": "NE NG CM CF SD LY",
    "RW": "UG TZ BI CD",
}
NEIGHBOURS = frozenset(p for a, bs in _PAIRS.items() for b in bs.split() for p in ((a, b), (b, a)))


def neighbours(a: str, b: str) -> bool:
    """Whether two countries share a land border."""
    return (a, b) in NEIGHBOURS
