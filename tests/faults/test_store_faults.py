"""The store failing mid-cycle loses nothing: a feed's validators wait until each of its new entries is stored.

Every test runs `basewatch crawl --once` against a real local outlet, a real database (SQLite, and
PostgreSQL when BASEWATCH_TEST_POSTGRES is set) and a real SMTP sink, and checks what was stored, what
was mailed, the exit code and what `basewatch sources` shows.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, select, text

from conftest import POSTGRES_ADMIN_URL, read_mail, sessions_for, write_config
from crawler.cli.main import main
from helpers import FaultServer, http_date, page, rss, static
from pipelines.store import models as store
from pipelines.config import load_config

pytestmark = pytest.mark.timeout(300)

DESK = "desk@basewatch.test"
# SQLite shows no waiting writer, so the other writer holds its lock for a fixed time: long enough
# for the cycle to reach the article's write and wait out its 1 s busy timeout on a loaded machine.
HOLD_SECONDS = 30
STRIKE = ["Three drones struck Harir air base north of Erbil before dawn on Friday, the Kurdistan region's "
          "counter-terrorism service said, adding that one hangar was damaged and nobody was hurt.",
          "It was the second attack on the airfield in a week, according to two officials at the site."]
PLAIN = ["The provincial council approved a new budget for school repairs on Thursday after a long debate.",
         "Members said work on twelve buildings would start before the rainy season arrives in the autumn."]


def _recent() -> str:
    return http_date(datetime.now(UTC) - timedelta(hours=1))


def _setup(tmp_path, database: str, sink, feed_url: str, source_id: str = "outlet"):
    """A config directory with one source and one recipient; the database schema is created."""
    directory = write_config(
        tmp_path / "config", database=database, smtp_port=sink.port, recipients=[{"email": DESK}],
        sources=[{"id": source_id, "name": source_id, "country": "IQ", "language": "en", "feeds": [feed_url]}],
        crawl={"download_timeout_seconds": HOLD_SECONDS + 30, "obey_robots_txt": False,
               "extraction_timeout_seconds": 60, "cycle_timeout_seconds": 240})
    config = load_config(directory)
    store.open_engine(config.settings.database_url).dispose()  # migrated before any lock is taken
    return directory, config


def _crawl(directory, source_id: str = "outlet") -> int:
    return main(["--config", str(directory), "crawl", "--once", "--source", source_id])


def _sources_table(directory, capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", "400")  # one table row per line, the error not wrapped
    capsys.readouterr()
    assert main(["--config", str(directory), "sources"]) == 0
    return capsys.readouterr().out


def _articles(config) -> dict[str, store.Article]:
    with sessions_for(config)() as session:
        return {a.url.rsplit("/", 1)[-1]: a for a in session.scalars(select(store.Article))}


def _feed_and_source(config, source_id: str = "outlet") -> tuple[store.Feed, store.Source]:
    with sessions_for(config)() as session:
        return (session.scalars(select(store.Feed).where(store.Feed.source_id == source_id)).one(),
                session.get(store.Source, source_id))


def _feed_requests(server: FaultServer, path: str) -> list[dict]:
    return [headers for seen, headers in server.log if seen == path]


def _conditional_feed(body: bytes, etag: str):
    """200 with the ETag, or 304 when the client sends it back."""
    def route(handler) -> None:
        if handler.headers.get("If-None-Match") == etag:
            handler.reply(304, b"", None, {"ETag": etag})
        else:
            handler.reply(200, body, "application/rss+xml", {"ETag": etag})
    return route


class OtherWriter:
    """Another program holding the database's write lock for a while (SQLite) or locking the
    articles table (PostgreSQL), taken when the outlet serves the first article page."""

    def __init__(self, url: str):
        self.url = url
        self.armed = True
        self.released = threading.Event()

    def take(self) -> None:
        if not self.armed:
            return
        self.armed = False
        taken = threading.Event()
        threading.Thread(target=self._hold, args=(taken,), daemon=True).start()
        assert taken.wait(20), "the other writer could not take its lock"

    def _hold(self, taken: threading.Event) -> None:
        try:
            if self.url.startswith("sqlite"):
                conn = sqlite3.connect(self.url.removeprefix("sqlite:///").split("?", 1)[0], isolation_level=None)
                conn.execute("BEGIN IMMEDIATE")
                taken.set()
                time.sleep(HOLD_SECONDS)
                conn.execute("ROLLBACK")
                conn.close()
            else:
                engine = create_engine(self.url)
                with engine.connect() as conn, engine.connect() as watch:
                    conn.execute(text("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE"))
                    taken.set()
                    _until_a_writer_gave_up(watch)
                    conn.rollback()
                engine.dispose()
        finally:
            self.released.set()


def _until_a_writer_gave_up(watch, limit: float = 120) -> None:
    """PostgreSQL shows who waits for a lock: hold on until a writer queued on articles and left."""
    waiting = text("SELECT count(*) FROM pg_locks WHERE relation = 'articles'::regclass AND NOT granted")
    seen, deadline = False, time.monotonic() + limit
    while time.monotonic() < deadline:
        count = watch.execute(waiting).scalar()
        watch.rollback()
        if count:
            seen = True
        elif seen:
            return
        time.sleep(0.05)


def _store_waits_one_second(database_url: str) -> str:
    """The store gives up on a lock after 1 s instead of 30 s: SQLite by URL, PostgreSQL by lock_timeout."""
    if database_url.startswith("sqlite"):
        return database_url + "?timeout=1"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{database_url.rsplit("/", 1)[1]}" SET lock_timeout = \'1s\''))
    admin.dispose()
    return database_url


def test_locked_database_mid_cycle_keeps_the_entry_for_the_next_poll(database_url, mail_sink, tmp_path,
                                                                     capsys, monkeypatch):
    database = _store_waits_one_second(database_url)
    writer = OtherWriter(database)
    with FaultServer() as outlet:
        feed = rss([{"title": "Drones strike Harir air base", "link": f"{outlet.base}/news/harir.html",
                     "pubDate": _recent()},
                    {"title": "Council passes school budget", "link": f"{outlet.base}/news/budget.html",
                     "pubDate": _recent()}])
        outlet.routes["/feed.xml"] = _conditional_feed(feed, '"lock-1"')

        def harir(handler) -> None:
            writer.take()  # mid-cycle: the feed is parsed and its articles are on their way
            handler.reply(200, page("Drones strike Harir air base", STRIKE * 2))

        def budget(handler) -> None:
            writer.released.wait(150)  # the cycle ends only once the other writer is done
            handler.reply(200, page("Council passes school budget", PLAIN * 2))

        outlet.routes["/news/harir.html"] = harir
        outlet.routes["/news/budget.html"] = budget
        directory, config = _setup(tmp_path, database, mail_sink, f"{outlet.base}/feed.xml")

        assert _crawl(directory) == 1, "a cycle that could not store an entry fails"
        assert set(_articles(config)) == {"budget.html"}, "the other article is stored all the same"
        feed_row, source = _feed_and_source(config)
        assert feed_row.etag is None, "no validators while an entry is not stored"
        assert source.error_streak == 1
        assert source.last_error.startswith("1 of 2 new entries not stored: ")
        if database.startswith("sqlite"):
            assert source.last_error == "1 of 2 new entries not stored: database is locked"
        else:
            assert "lock timeout" in source.last_error
        shown = _sources_table(directory, capsys, monkeypatch)
        assert "failing x1: 1 of 2 new entries not stored" in shown
        assert not mail_sink.messages(), "no alert for a report that was not stored"

        if not database.startswith("sqlite"):
            admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'ALTER DATABASE "{database.rsplit("/", 1)[1]}" RESET lock_timeout'))
            admin.dispose()
        assert _crawl(directory) == 0
        second = _feed_requests(outlet, "/feed.xml")[1]
        assert "If-None-Match" not in second, "the next poll is a full GET, not a 304"
        assert outlet.hits("/news/harir.html") == 2 and outlet.hits("/news/budget.html") == 1
        stored = _articles(config)
        assert set(stored) == {"harir.html", "budget.html"} and stored["harir.html"].strike
        feed_row, source = _feed_and_source(config)
        assert feed_row.etag == '"lock-1"' and source.error_streak == 0 and source.last_error is None
        (mail,) = mail_sink.messages()
        assert "Harir" in read_mail(mail)["Subject"]
        assert "failing" not in _sources_table(directory, capsys, monkeypatch)

        assert _crawl(directory) == 0
        assert _feed_requests(outlet, "/feed.xml")[2].get("If-None-Match") == '"lock-1"'
        assert len(mail_sink.messages()) == 1, "the alert went out once"


def _refuse_inserts(database_url: str, pattern: str) -> None:
    """The database refuses new articles whose URL matches (a trigger stands in for a full disk)."""
    engine = create_engine(database_url.split("?", 1)[0])
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text(f"CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.url LIKE '{pattern}' "
                              "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"))
        else:
            conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                              "$$ BEGIN RAISE EXCEPTION 'database or disk is full'; END $$"))
            conn.execute(text(f"CREATE TRIGGER refuse BEFORE INSERT ON articles FOR EACH ROW "
                              f"WHEN (NEW.url LIKE '{pattern}') EXECUTE FUNCTION refuse()"))
    engine.dispose()


def _accept_inserts(database_url: str) -> None:
    engine = create_engine(database_url.split("?", 1)[0])
    with engine.begin() as conn:
        postgres = engine.dialect.name == "postgresql"
        conn.execute(text("DROP TRIGGER refuse ON articles" if postgres else "DROP TRIGGER refuse"))
    engine.dispose()


def test_refused_writes_keep_the_validators_and_name_the_count(database_url, mail_sink, tmp_path,
                                                               capsys, monkeypatch):
    with FaultServer() as outlet:
        b = outlet.base
        items = [{"title": f"Refused story {n}", "link": f"{b}/refused/{n}.html", "pubDate": _recent()}
                 for n in (1, 2, 3)]
        items += [{"title": "Kept story", "link": f"{b}/kept/4.html", "pubDate": _recent()},
                  {"title": "Gone story", "link": f"{b}/gone/5.html", "pubDate": _recent()}]
        items[0]["title"] = "Drones strike Harir air base"
        outlet.routes["/feed.xml"] = _conditional_feed(rss(items), '"full-1"')
        outlet.routes["/refused/1.html"] = static(page("Drones strike Harir air base", STRIKE * 2))
        for n in (2, 3):
            outlet.routes[f"/refused/{n}.html"] = static(page(f"Refused story {n}", PLAIN * 2))
        outlet.routes["/kept/4.html"] = static(page("Kept story", PLAIN * 2))
        # /gone/5.html answers 404: its feed entry is stored without a body, which counts as stored.
        directory, config = _setup(tmp_path, database_url, mail_sink, f"{b}/feed.xml")
        _refuse_inserts(database_url, "%/refused/%")

        assert _crawl(directory) == 1
        assert set(_articles(config)) == {"4.html", "5.html"}, "one bad article does not stop the others"
        feed_row, source = _feed_and_source(config)
        assert feed_row.etag is None and feed_row.last_status == 200
        assert source.last_error == "3 of 5 new entries not stored: database or disk is full"
        assert "failing x1: 3 of 5 new entries not stored: database or disk is full" in \
            _sources_table(directory, capsys, monkeypatch)
        assert not mail_sink.messages()

        _accept_inserts(database_url)
        assert _crawl(directory) == 0
        assert "If-None-Match" not in _feed_requests(outlet, "/feed.xml")[1]
        assert set(_articles(config)) == {"1.html", "2.html", "3.html", "4.html", "5.html"}
        assert outlet.hits("/kept/4.html") == 1, "stored articles are not fetched again"
        feed_row, source = _feed_and_source(config)
        assert feed_row.etag == '"full-1"' and source.error_streak == 0
        (mail,) = mail_sink.messages()
        assert "Harir" in read_mail(mail)["Subject"]


def test_nul_in_a_title_is_stripped_and_the_report_kept(database_url, mail_sink, tmp_path):
    with FaultServer() as outlet:
        link = f"{outlet.base}/news/nul.html"
        outlet.routes["/feed.xml"] = static(rss([{"raw_title": "Drones strike&#0; Harir air base", "link": link,
                                                  "pubDate": _recent()}]), "application/rss+xml")
        # The page has no title of its own: the feed's title is the one stored and mailed.
        body = "".join(f"<p>{p}</p>" for p in STRIKE * 2)
        outlet.routes["/news/nul.html"] = static(f"<html><body><article>{body}</article></body></html>".encode())
        directory, config = _setup(tmp_path, database_url, mail_sink, f"{outlet.base}/feed.xml")

        assert _crawl(directory) == 0
        (article,) = _articles(config).values()
        assert article.title == "Drones strike Harir air base" and article.strike
        (mail,) = mail_sink.messages()
        assert b"\x00" not in mail.read_bytes()
        _, source = _feed_and_source(config)
        assert source.error_streak == 0 and source.articles_total == 1


def test_overlong_author_is_cut_to_its_column(database_url, mail_sink, tmp_path):
    author = "Staff writers of the northern desk " * 20  # 700 characters; the column holds 500
    with FaultServer() as outlet:
        link = f"{outlet.base}/news/author.html"
        outlet.routes["/feed.xml"] = static(rss([{"title": "Drones strike Harir air base", "link": link,
                                                  "pubDate": _recent()}]), "application/rss+xml")
        html = page("Drones strike Harir air base", STRIKE * 2).replace(
            b"</head>", f'<meta name="author" content="{author}"></head>'.encode())
        outlet.routes["/news/author.html"] = static(html)
        directory, config = _setup(tmp_path, database_url, mail_sink, f"{outlet.base}/feed.xml")

        assert _crawl(directory) == 0
        (article,) = _articles(config).values()
        assert article.author == author.strip()[:500]
        assert len(mail_sink.messages()) == 1


def test_overlong_etag_is_not_kept_and_the_poll_is_recorded(database_url, mail_sink, tmp_path):
    etag = '"' + "e" * 600 + '"'
    with FaultServer() as outlet:
        link = f"{outlet.base}/news/plain.html"
        outlet.routes["/feed.xml"] = static(rss([{"title": "Council passes school budget", "link": link}]),
                                            "application/rss+xml", headers={"ETag": etag})
        outlet.routes["/news/plain.html"] = static(page("Council passes school budget", PLAIN * 2))
        directory, config = _setup(tmp_path, database_url, mail_sink, f"{outlet.base}/feed.xml")

        assert _crawl(directory) == 0
        feed_row, source = _feed_and_source(config)
        assert feed_row.last_status == 200 and feed_row.etag is None, "a cut ETag would never match"
        assert source.error_streak == 0 and source.last_success_at is not None
        assert source.next_poll_at is not None, "the poll moved the schedule on"
        assert set(_articles(config)) == {"plain.html"}

        assert _crawl(directory) == 0
        assert "If-None-Match" not in _feed_requests(outlet, "/feed.xml")[1]
        assert outlet.hits("/news/plain.html") == 1
