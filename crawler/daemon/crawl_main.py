"""Entry point of the crawl subprocess: run the feed spider over one plan and exit, or (--serve) over plan after plan."""

from __future__ import annotations

import time

PROCESS_STARTED = time.time()  # before the heavy imports: the cycle's phase timings start here

import argparse
import json
import logging
import os
import signal
import threading

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.item_pipelines import load_settings_for
from crawler.daemon.logfmt import configure_logging
from crawler.spiders.feeds import FeedSpider

log = logging.getLogger(__name__)

# Stats that mean something fetched was not stored (its feed stays due): the cycle failed, exit code 1.
STORE_FAILURES = ("basewatch/entries_not_stored", "basewatch/ingest_setup_failed", "basewatch/poll_record_error")


def scrapy_settings(config_dir: str, database_url: str, log_level: str = "INFO"):
    """Project settings with the limits from config/settings.yaml laid over them.

    Only settings.yaml is read: the sources come in the plan, and the pipeline reads the rest of the
    config only when a feed brought new entries.
    """
    config = load_settings_for(config_dir, database_url)
    crawl = config.crawl
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.setdict({
        "BASEWATCH_CONFIG": config_dir,
        "BASEWATCH_DATABASE_URL": config.database_url,
        "BASEWATCH_SETTINGS": config,
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots_txt,
        "DOWNLOAD_TIMEOUT": crawl.download_timeout_seconds,
        "DOWNLOAD_MAXSIZE": crawl.max_download_bytes,
        "DOWNLOAD_WARNSIZE": min(crawl.max_download_bytes, 3_000_000),
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrent_requests_per_host,
        "NETGUARD_ALLOWED_NETWORKS": list(crawl.allow_private_networks),
        "LOG_LEVEL": log_level,
    }, priority="cmdline")
    return settings, config


def watch_parent(interval: float = 1.0) -> None:
    """If the daemon dies (even by SIGKILL), stop this cycle rather than run on as an orphan."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                log.error("the daemon that started this cycle is gone; stopping")
                try:
                    os.killpg(0, signal.SIGTERM)  # extraction workers too
                finally:
                    time.sleep(10)
                    os._exit(70)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class PhaseClock:
    """Seconds since the cycle began (the process start, for its first) at which each phase began: `basewatch/t/<phase>`."""

    def __init__(self, crawler, origin: float = PROCESS_STARTED):
        self.origin = origin
        self.times: dict[str, float] = {}
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.request, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.response, signal=signals.response_received)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    def mark(self, phase: str, *, first: bool = False) -> None:
        key = f"basewatch/t/{phase}"
        if not (first and key in self.times):
            self.times[key] = round(time.time() - self.origin, 3)

    def opened(self, spider) -> None:
        self.mark("spider_opened")

    def request(self, request, spider) -> None:
        self.mark("first_request", first=True)

    def response(self, response, request, spider) -> None:
        self.mark("last_response")

    def idle(self, spider) -> None:
        self.mark("idle")

    def closed(self, spider, reason) -> None:
        self.mark("closed")


def cycle_stats(crawler, clock: PhaseClock, cpu_before: float) -> dict:
    """The crawl's numeric stats, its phase times and the CPU this process spent on it (all its threads)."""
    stats = {**(crawler.stats.get_stats() if crawler.stats else {}), **clock.times}
    stats["basewatch/t/exit"] = round(time.time() - clock.origin, 3)
    cpu = os.times()
    stats["basewatch/cpu_seconds"] = round(cpu.user + cpu.system - cpu_before, 3)
    stats = {key: value for key, value in stats.items() if isinstance(value, (int, float))}
    log.info("crawl cycle finished", extra={"stats_requests": stats.get("downloader/request_count", 0),
                                            "stats_bytes": stats.get("downloader/response_bytes", 0)})
    return stats


def write_stats(path: str | None, stats: dict) -> None:
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(stats, handle)


def exit_code(stats: dict) -> int:
    """1 when something fetched was not stored (its feed stays due), else 0."""
    return 1 if any(stats.get(key) for key in STORE_FAILURES) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--plan", help="the cycle's plan (JSON), written by the cycle runner")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--log-format", choices=("text", "json"), default="text")
    parser.add_argument("--watch-parent", action="store_true", help="stop when the parent process dies")
    parser.add_argument("--stats", help="write the crawl's stats here as JSON")
    parser.add_argument("--serve", action="store_true",
                        help='run cycle after cycle: a JSON line {"plan": path, "stats": path} on stdin per cycle')
    parser.add_argument("--reply-fd", type=int, help='with --serve: write {"returncode": n} here as each cycle ends')
    args = parser.parse_args(argv)
    if args.serve == (args.plan is not None) or args.serve != (args.reply_fd is not None):
        parser.error("give either --plan, or --serve with --reply-fd")
    imported = time.time()
    if args.watch_parent:
        watch_parent()
    settings, config = scrapy_settings(args.config, args.database, args.log_level)
    if args.serve:
        from crawler.daemon.crawl_serve import serve

        return serve(settings, config, args, imported=imported)
    json_logs = args.log_format == "json"
    if json_logs:
        configure_logging(args.log_level, "json")
    process = CrawlerProcess(settings, install_root_handler=not json_logs)
    crawler = process.create_crawler(FeedSpider)
    clock = PhaseClock(crawler)
    clock.times["basewatch/t/imported"] = round(imported - PROCESS_STARTED, 3)
    process.crawl(crawler, plan=args.plan, database_url=config.database_url,
                  max_entries=config.crawl.max_entries_per_feed)
    process.start()
    stats = cycle_stats(crawler, clock, cpu_before=0.0)
    write_stats(args.stats, stats)
    return exit_code(stats)


if __name__ == "__main__":
    raise SystemExit(main())
