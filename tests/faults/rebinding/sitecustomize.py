"""A DNS server that rebinds, for tests: BASEWATCH_TEST_REBIND="name first later" makes `name` answer
`first` to its first lookup and `later` to every one after (getaddrinfo and gethostbyname alike).

On PYTHONPATH it is imported at interpreter start, so it also works in the crawl subprocess.
"""

from __future__ import annotations

import os
import socket


def install(name: str, first: str, later: str) -> None:
    real_getaddrinfo, real_gethostbyname = socket.getaddrinfo, socket.gethostbyname
    lookups = []

    def answer() -> str:
        lookups.append(name)
        return first if len(lookups) == 1 else later

    def getaddrinfo(host, port=None, *args, **kwargs):
        if host != name:
            return real_getaddrinfo(host, port, *args, **kwargs)
        flags = kwargs.get("flags", args[3] if len(args) > 3 else 0)
        if flags & socket.AI_NUMERICHOST:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (answer(), int(port or 0)))]

    def gethostbyname(host):
        return answer() if host == name else real_gethostbyname(host)

    socket.getaddrinfo, socket.gethostbyname = getaddrinfo, gethostbyname


if os.environ.get("BASEWATCH_TEST_REBIND"):
    install(*os.environ["BASEWATCH_TEST_REBIND"].split())
