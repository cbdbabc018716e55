"""A minimal Scrapy spider, the baseline of bench/poll.py: one conditional GET per feed, nothing stored.

    .venv/bin/python bench/bare_spider.py FEEDS.json   # [[url, etag], ...]
"""

from __future__ import annotations

import json
import sys

import scrapy
from scrapy.crawler import CrawlerProcess


class BareSpider(scrapy.Spider):
    name = "bare"
    custom_settings = {"HTTPERROR_ALLOWED_CODES": [304]}

    def __init__(self, feeds: list, **kwargs):
        super().__init__(**kwargs)
        self.feeds = feeds

    async def start(self):
        for url, etag in self.feeds:
            yield scrapy.Request(url, headers={"If-None-Match": etag}, dont_filter=True)

    def parse(self, response):
        self.crawler.stats.inc_value(f"bare/status/{response.status}")


def main(path: str) -> int:
    feeds = json.loads(open(path, encoding="utf-8").read())
    # basewatch's concurrency (64 in flight, 2 per host); robots.txt is cached by basewatch, so not fetched here.
    process = CrawlerProcess({"CONCURRENT_REQUESTS": 64, "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "ROBOTSTXT_OBEY": False,
                              "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False})
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, feeds=feeds)
    process.start()
    not_modified = crawler.stats.get_value("bare/status/304", 0)
    print(json.dumps({"requests": crawler.stats.get_value("downloader/request_count", 0), "not_modified": not_modified}))
    return 0 if not_modified == len(feeds) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
