"""Tell whether an XML document declares entities, whatever its encoding and whatever comes before its DOCTYPE."""

from __future__ import annotations

import re
from xml.parsers import expat

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


class _Declared(Exception):
    pass


class _RootReached(Exception):
    pass


def _raise(error: type[Exception]):
    def handler(*_args) -> None:
        raise error
    return handler


def declares_entities(document: bytes) -> bool:
    """An entity declaration (billion laughs, external entities): never needed by a feed or a sitemap.

    expat reads the prolog as an XML parser does (BOM, UTF-16, the declared encoding, comments and
    processing instructions before the DOCTYPE) and stops at the root element, as defusedxml's
    forbid_entities does. A prolog expat cannot read is searched as text, NUL bytes dropped so that
    UTF-16 and UTF-32 spellings are found too.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)  # never load an external DTD
    parser.EntityDeclHandler = _raise(_Declared)
    parser.UnparsedEntityDeclHandler = _raise(_Declared)
    parser.StartElementHandler = _raise(_RootReached)
    try:
        parser.Parse(document, True)
    except _Declared:
        return True
    except _RootReached:
        return False
    except (expat.ExpatError, ValueError, LookupError):
        pass  # a broken prolog: lenient parsers may still read a DOCTYPE after the damage
    return bool(_ENTITY.search(document) or _ENTITY.search(document.replace(b"\0", b"")))
