"""Entry point of one crawl cycle's subprocess: run the feed spider over a plan, then exit."""

from __future__ import annotations

import argparse
import logging
import os

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.spiders.feeds import FeedSpider
from pipelines.config import load_config


def scrapy_settings(config_dir: str, database_url: str, log_level: str = "INFO"):
    """Project settings with the limits from config/settings.yaml laid over them."""
    config = load_config(config_dir, database_url=database_url)
    crawl = config.settings.crawl
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.setdict({
        "BASEWATCH_CONFIG": config.directory,
        "BASEWATCH_DATABASE_URL": config.settings.database_url,
        "USER_AGENT": crawl.user_agent,
        "ROBOTSTXT_OBEY": crawl.obey_robots_txt,
        "DOWNLOAD_TIMEOUT": crawl.download_timeout_seconds,
        "DOWNLOAD_MAXSIZE": crawl.max_download_bytes,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl.concurrent_requests_per_host,
        "LOG_LEVEL": log_level,
    }, priority="cmdline")
    return settings, config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--plan", required=True)
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    settings, config = scrapy_settings(args.config, args.database, args.log_level)
    process = CrawlerProcess(settings)
    process.crawl(FeedSpider, plan=args.plan, database_url=config.settings.database_url,
                  max_entries=config.settings.crawl.max_entries_per_feed)
    process.start()
    logging.getLogger(__name__).info("crawl cycle finished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
