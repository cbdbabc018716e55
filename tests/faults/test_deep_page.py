"""A page of 100,000 nested divs: lxml keeps only its head, so its strike sentence must come from a
plain text pass, or from the feed entry, and still reach an alert mail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from conftest import read_mail, sessions_for, write_config
from crawler.daemon.cycle import run_cycle
from helpers import FaultServer, rss, static
from pipelines.store import models as store
from pipelines.config import load_config
from pipelines.extract.article import extract
from pipelines.alerts.sender import send_pending

pytestmark = pytest.mark.timeout(240)

DEPTH = 100_000
DRONES = ("Two explosive-laden drones struck Ain al-Asad air base in Anbar province before dawn on Wednesday, "
          "wounding three soldiers, an Iraqi military spokesman said.")
ROCKET = ("A rocket landed inside Erbil air base late on Tuesday night and damaged a hangar, the Kurdistan "
          "counter-terrorism service said in a statement.")
DESK = "desk@basewatch.test"


def deep_page(title: str, *inner: str) -> bytes:
    """The article's paragraphs under DEPTH nested divs, after a menu and a script a reader never sees."""
    body = "".join(f"<p>{line}</p>" for line in inner)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            "<script>var hidden = 'Rockets struck Camp Taji air base, the script said to nobody';</script></head>"
            "<body><nav><a href='/'>Home</a> <a href='/world'>World news and analysis from our desk</a></nav>"
            + "<div>" * DEPTH + body + "</div>" * DEPTH + "</body></html>").encode("utf-8")


def test_the_deep_sentence_is_read_and_the_hidden_script_is_not():
    result = extract(deep_page("Morning security roundup", DRONES, "Short label"), "http://news.test/a.html")
    assert result.method == "text-pass"
    assert result.text == DRONES, "the paragraph alone: no script, menu or short label"
    assert result.title == "Morning security roundup"


def test_the_publishers_article_body_in_the_head_still_wins():
    body = " ".join([DRONES, ROCKET, "Both bases host troops of the international coalition against the militants."])
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "Two attacks overnight", "articleBody": "{body}"}}</script>')
    page = deep_page("Two attacks overnight", "Subscribe to our newsletter for the latest updates from the region")
    result = extract(page.replace(b"</head>", head.encode() + b"</head>"), "http://news.test/c.html")
    assert result.text == body and result.method != "text-pass"


def test_a_page_within_the_limit_is_read_as_before():
    shallow = ("<html><head><title>Morning security roundup</title></head><body>" + "<div>" * 200
               + f"<p>{DRONES}</p><p>{ROCKET}</p>" + "</div>" * 200 + "</body></html>")
    result = extract(shallow, "http://news.test/b.html")
    assert result.method == "trafilatura"
    assert DRONES in result.text and ROCKET in result.text


def test_deep_pages_reach_detection_and_the_alert_mail(tmp_path, mail_sink):
    now = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    with FaultServer() as outlet:
        outlet.routes["/robots.txt"] = static(b"User-agent: *\nDisallow:\n", "text/plain")
        outlet.routes["/feed.xml"] = static(rss([
            # The sentence is only in the deep page: before the text pass, nothing carried it.
            {"title": "Morning security roundup", "link": f"{outlet.base}/news/roundup.html", "pubDate": now},
            # The deep page holds labels only: the feed entry's summary is what is analysed.
            {"title": "Regional news in brief", "link": f"{outlet.base}/news/brief.html", "pubDate": now,
             "description": ROCKET},
        ]), "application/rss+xml")
        outlet.routes["/news/roundup.html"] = static(deep_page("Morning security roundup", DRONES))
        outlet.routes["/news/brief.html"] = static(deep_page("Regional news in brief", "Share this", "Read more"))
        config = load_config(write_config(
            tmp_path / "config", database=f"sqlite:///{tmp_path / 'db.sqlite'}", smtp_port=mail_sink.port,
            sources=[{"id": "deep-wire", "name": "Deep Wire", "country": "IQ", "language": "en",
                      "feeds": [f"{outlet.base}/feed.xml"]}],
            recipients=[{"email": DESK}]))
        cycle = run_cycle(config, only={"deep-wire"})
    assert cycle.returncode == 0 and not cycle.timed_out
    sessions = sessions_for(config)
    sent = send_pending(sessions, config.settings.smtp)

    with sessions() as session:
        articles = {a.url.rsplit("/", 1)[-1]: a for a in session.scalars(select(store.Article))}
        assert set(articles) == {"roundup.html", "brief.html"}
        roundup, brief = articles["roundup.html"], articles["brief.html"]
        assert roundup.extraction_ok and roundup.extraction_method == "text-pass" and roundup.text == DRONES
        assert not brief.extraction_ok and not brief.text and brief.summary == ROCKET
        reports = {r.article_id: r for r in session.scalars(select(store.Report))}
        assert reports[roundup.id].base_id == "iq-ain-al-asad" and reports[roundup.id].evidence == DRONES
        assert reports[brief.id].base_id == "iq-erbil" and reports[brief.id].evidence == ROCKET
        statuses = [row.status for row in session.scalars(select(store.Outbox))]
    assert statuses == ["sent", "sent"] and sent.sent == 2

    mails = [read_mail(path) for path in mail_sink.messages()]
    assert len(mails) == 2 and all(mail["To"] == DESK for mail in mails)
    by_base = {("Ain al-Asad" in mail["Subject"], "Erbil" in mail["Subject"]): mail for mail in mails}
    assert set(by_base) == {(True, False), (False, True)}, [mail["Subject"] for mail in mails]
    drones_mail = by_base[(True, False)].get_body(("plain",)).get_content()
    assert DRONES in " ".join(drones_mail.split()), "the operator reads the deep page's own sentence"
    assert "Camp Taji" not in drones_mail, "never the page's script"
    rocket_mail = by_base[(False, True)].get_body(("plain",)).get_content()
    assert ROCKET in " ".join(rocket_mail.split())
