"""Serve the dashboard with waitress: a production WSGI server, not Flask's development one."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from waitress import create_server

from crawler.dashboard.app import OSM_TILES, allowed_host_names, create_app

log = logging.getLogger(__name__)

# A browser needs a few connections; idle or half-sent ones are dropped within seconds, so a
# flood of them cannot keep the server at its connection limit (waitress: 100, kept 2 minutes).
WAITRESS_LIMITS = {
    "connection_limit": 500,
    "channel_timeout": 15,
    "cleanup_interval": 5,
    "max_request_header_size": 64 * 1024,
    "max_request_body_size": 64 * 1024,  # GET only: no body is ever needed
    "asyncore_use_poll": True,  # select() fails past 1024 descriptors
}


def is_loopback(host: str) -> bool:
    """Only loopback keeps an unauthenticated dashboard private to this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(database_url: str, *, host: str = "127.0.0.1", port: int = 8050, tile_url: str | None = OSM_TILES,
          announce: Callable[[str], None] = print, threads: int = 4, allowed_hosts: Iterable[str] = (),
          bases_path: Path | None = None) -> None:
    """Run until interrupted; port 0 picks a free port, and the announced URL names it.

    Requests must name loopback, `host` or one of `allowed_hosts` (dashboard.allowed_hosts)."""
    names = allowed_host_names(host, allowed_hosts)
    app = create_app(database_url, tile_url=tile_url, allowed_hosts=names, bases_path=bases_path)
    server = create_server(app, host=host, port=port, threads=threads, ident="basewatch", **WAITRESS_LIMITS)
    if not is_loopback(host):
        log.warning("dashboard listens on %s: it has no login, anyone who can reach it can read it; "
                    "it answers the host names %s (dashboard.allowed_hosts adds more)", host, ", ".join(sorted(names)))
    listens = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    for listen_host, listen_port in listens:
        shown = f"[{listen_host}]" if ":" in str(listen_host) else listen_host
        announce(f"basewatch dashboard on http://{shown}:{listen_port}/ (Ctrl-C stops)")
    try:
        server.run()
    finally:
        server.close()
        app.extensions["basewatch_engine"].dispose()
