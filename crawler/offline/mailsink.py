"""A real SMTP server on 127.0.0.1 (aiosmtpd) that writes each message it receives to <n>.eml."""

from __future__ import annotations

import threading
from pathlib import Path

from aiosmtpd.controller import Controller


class _SaveToFolder:
    def __init__(self, folder: Path):
        self.folder = folder
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            number = 1 + max((int(p.stem) for p in self.folder.glob("*.eml") if p.stem.isdigit()), default=0)
            (self.folder / f"{number}.eml").write_bytes(envelope.original_content or envelope.content)
        return "250 Message accepted for delivery"


class MailSink:
    """Start with `with MailSink(folder) as sink:`; `sink.port` is where to send."""

    def __init__(self, folder: str | Path, *, port: int = 0):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.controller = Controller(_SaveToFolder(self.folder), hostname="127.0.0.1", port=port or _free_port())

    @property
    def port(self) -> int:
        return self.controller.port

    def messages(self) -> list[Path]:
        return sorted(self.folder.glob("*.eml"), key=lambda p: int(p.stem))

    def start(self) -> MailSink:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> MailSink:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
