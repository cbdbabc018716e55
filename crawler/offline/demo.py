"""`basewatch demo`: the whole system offline, with replayed outlets and a local SMTP server."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from rich.console import Console

from crawler.daemon.cycle import run_cycle
from crawler.offline.mailsink import MailSink
from crawler.offline.replay import ReplayServer
from crawler.cli.report import incident_rows, print_incidents
from pipelines.store import models as store
from pipelines.config_models import DEFAULT_CONFIG_DIR
from pipelines.config import load_config
from pipelines.alerts.sender import deliver

log = logging.getLogger(__name__)
DEMO_DIR = DEFAULT_CONFIG_DIR / "demo"


def write_demo_config(target: Path, *, replay: str, smtp_port: int, workdir: Path) -> Path:
    """The demo's config with this run's addresses filled in."""
    target.mkdir(parents=True, exist_ok=True)
    values = {"{replay}": replay, "{smtp_port}": str(smtp_port), "{workdir}": str(workdir)}
    for name in ("sources.yaml", "alerts.yaml", "settings.yaml"):
        text = (DEMO_DIR / name).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        (target / name).write_text(text, encoding="utf-8")
    return target


def run_demo(workdir: str = "var/demo", console: Console | None = None) -> int:
    console = console or Console(width=max(Console().width, 130))
    work = Path(workdir).resolve()
    for stale in ("basewatch.db", "basewatch.db-wal", "basewatch.db-shm", "mail", "config"):
        path = work / stale
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    mail_dir = work / "mail"
    with ReplayServer(DEMO_DIR / "site") as replay, MailSink(mail_dir) as sink:
        config = load_config(write_demo_config(work / "config", replay=replay.base, smtp_port=sink.port,
                                               workdir=work))
        every = {source.id for source in config.sources}
        sessions = store.session_factory(store.open_engine(config.settings.database_url))
        console.rule(f"cycle 1: {len(every)} outlets replayed at {replay.base}")
        run_cycle(config, only=every, log_level="WARNING")
        first = deliver(sessions, config)
        console.print(f"alerts sent: {first.sent}")

        replay.publish(DEMO_DIR / "site-update")
        console.rule("cycle 2: outlets publish new items")
        run_cycle(config, only=every, log_level="WARNING")
        second = deliver(sessions, config)
        console.print(f"alerts sent: {second.sent}")
        pending = second.pending

    with sessions() as session:
        from sqlalchemy import func, select

        articles = session.scalar(select(func.count()).select_from(store.Article))
        reports = session.scalar(select(func.count()).select_from(store.Report))
    incidents = incident_rows(config.settings.database_url)
    print_incidents(config.settings.database_url, console)
    mails = sink.messages()
    console.print(f"articles {articles}, reports {reports}, incidents {len(incidents)}, "
                  f"emails {len(mails)} (pending {pending})")
    console.print(f"database: {config.settings.database_url}")
    console.print(f"emails in {mail_dir}:")
    for path in mails:
        console.print(f"  {path}")
    return 0 if mails else 1
