"""Serve the dashboard with waitress: a production WSGI server, not Flask's development one."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable

from waitress import create_server

from crawler.dashboard.app import OSM_TILES, create_app

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """Only loopback keeps an unauthenticated dashboard private to this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(database_url: str, *, host: str = "127.0.0.1", port: int = 8050, tile_url: str | None = OSM_TILES,
          announce: Callable[[str], None] = print, threads: int = 4) -> None:
    """Run until interrupted; port 0 picks a free port, and the announced URL names it."""
    app = create_app(database_url, tile_url=tile_url)
    server = create_server(app, host=host, port=port, threads=threads, ident="basewatch")
    if not is_loopback(host):
        log.warning("dashboard listens on %s: it has no login, anyone who can reach it can read it", host)
    listens = getattr(server, "effective_listen", None) or [(server.effective_host, server.effective_port)]
    for listen_host, listen_port in listens:
        shown = f"[{listen_host}]" if ":" in str(listen_host) else listen_host
        announce(f"basewatch dashboard on http://{shown}:{listen_port}/ (Ctrl-C stops)")
    try:
        server.run()
    finally:
        server.close()
        app.extensions["basewatch_engine"].dispose()
