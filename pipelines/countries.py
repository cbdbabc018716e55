"""Country names for people: ISO 3166 alpha-2 codes as an analyst would write them."""

from __future__ import annotations

from functools import lru_cache

import pycountry

# pycountry's official names are long ("Iran, Islamic Republic of"); mail subjects want the usual ones.
_SHORT = {"IR": "Iran", "SY": "Syria", "RU": "Russia", "KR": "South Korea", "KP": "North Korea",
          "PS": "Palestine", "TR": "Türkiye", "US": "United States", "GB": "United Kingdom"}


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """'IQ' -> 'Iraq'; unknown codes are returned as given."""
    if not code:
        return None
    code = code.upper()
    if code in _SHORT:
        return _SHORT[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name
