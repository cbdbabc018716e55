"""Canonical article URLs, so one page fetched under many addresses is one page."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from courlan.clean import TRACKERS_RE
from w3lib.url import canonicalize_url

# Parameters that only say where a click came from or which rendering was served;
# courlan's TRACKERS_RE covers utm_*, *clid, ref, source, campaign and friends.
_EXTRA_TRACKERS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok",
    "ocid", "cmpid", "cmp", "smid", "smtyp", "sh", "spm", "share", "shared", "ito", "icid",
    "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
    "__twitter_impression", "s_cid", "sr_share", "taid", "ncid", "guccounter",
    "guce_referrer", "guce_referrer_sig", "fromref", "wt_mc", "wt.mc_id", "rss", "feed",
    "via", "amp", "amp_js_v", "amp_gsa", "usqp", "_amp", "noamp", "mobile", "m",
    "platform", "cid", "tid", "ns_mchannel", "ns_campaign",
    "ns_source", "ns_linkname", "ns_fee", "xtref", "xtcr", "dicbo", "pnespid",
})
# Parameters that select a rendering; dropped only when they ask for the AMP one.
_RENDER_PARAMS = frozenset({"outputtype", "output", "format", "view", "service"})
_HOST_PREFIXES = ("www.", "amp.", "m.", "mobile.", "mobil.", "touch.")
_DEFAULT_PORTS = {"http": "80", "https": "443"}  # both fold into https
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)", re.IGNORECASE)
_AMP_SUFFIX = re.compile(r"\.amp(?=\.html?$|$)|[-_]amp(?=\.html?$)", re.IGNORECASE)
_SLASHES = re.compile(r"/{2,}")
_INDEX_PAGE = re.compile(r"/index\.(?:html?|php|aspx?)$", re.IGNORECASE)


def _is_tracking(name: str, value: str) -> bool:
    """A parameter that does not change which article is served."""
    low = name.lower()
    if low in _RENDER_PARAMS:
        return value.lower() == "amp"
    return low in _EXTRA_TRACKERS or low.startswith("utm_") or bool(TRACKERS_RE.search(low))


def _host(netloc: str) -> str:
    """Lower-cased host without user info, default port, www/AMP/mobile prefixes."""
    netloc = netloc.rpartition("@")[2].lower()
    host, sep, port = netloc.rpartition(":")
    if not sep or not port.isdigit():  # no port, or the colon belongs to an IPv6 literal
        host, port = netloc, ""
    if port in _DEFAULT_PORTS.values():  # http on 443 and https on 80 are both the site
        port = ""
    host = host.rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix):]
                changed = True
    return f"{host}:{port}" if port else host


def _path(path: str) -> str:
    """Path without AMP markers, index pages, doubled or trailing slashes."""
    path = _SLASHES.sub("/", path)
    path = _AMP_SEGMENT.sub("", path)
    path = _AMP_SUFFIX.sub("", path)
    path = _INDEX_PAGE.sub("/", path)
    path = path.rstrip("/")
    return path or "/"


def canonical_url(url: str) -> str:
    """One spelling per article URL: https, bare host, no trackers, AMP or fragments."""
    raw = (url or "").strip()
    if not raw:
        return ""
    if raw.startswith("//"):
        raw = "https:" + raw
    elif "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(canonicalize_url(raw, keep_fragments=False))
    except ValueError:
        return raw
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return urlunsplit(parts)
    host = _host(parts.netloc)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k, v)]
    query.sort()
    return urlunsplit(("https", host, _path(parts.path), urlencode(query), ""))
