"""Scrapy settings; the crawl cycle overrides the limits from config/settings.yaml."""

BOT_NAME = "basewatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "basewatch/0.1 (news monitor)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 64  # across hosts; per host it stays at one or two
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # one or two per host: outlets block abusive pollers
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30  # of the whole download: a server sending a byte every few seconds is cut off
DOWNLOAD_MAXSIZE = 10_000_000  # also bounds decompressed gzip, deflate and brotli bodies
DOWNLOAD_WARNSIZE = 3_000_000
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 1
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DEPTH_LIMIT = 2
# Items of one response handled at once. Scrapy's default (100) starts 100 cooperative tasks for
# every response: ~50,000 of them in a cycle of 500 one-item 304 responses.
CONCURRENT_ITEMS = 8
# Scrapy checks every callback for `return value` in a generator by parsing its source, and its
# cache misses for bound methods (a new object per request): ~5 ms of CPU per response.
WARN_ON_GENERATOR_RETURN_VALUE = False
LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,  # COOKIES_ENABLED is off: not even imported
    # A 5xx or unreachable robots.txt means disallow (Scrapy's own treats it as allow).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.StrictRobotsTxtMiddleware": 100,
    # Before robots.txt: a request to a private address outside its source's origin is refused unfetched.
    "crawler.netguard_middleware.NetGuardMiddleware": 80,
    # Between retry (550) and compression (590): sees 429/503 before the retry middleware does.
    "crawler.middlewares.RetryAfterMiddleware": 580,
}
ROBOTSTXT_CACHE_SECONDS = 86400  # a robots.txt that settled the rules is reused this long (RFC 9309: <= 24 h)
RETRYAFTER_ENABLED = True
RETRYAFTER_DEFAULT_SECONDS = 600  # a 429 without Retry-After
RETRYAFTER_MAX_SECONDS = 86400
NETGUARD_ALLOWED_NETWORKS: list[str] = []  # crawl.allow_private_networks
DNS_RESOLVER = "crawler.netguard_middleware.CheckedResolver"  # connects to the addresses the guard checked

ITEM_PIPELINES = {
    "crawler.item_pipelines.StorePipeline": 500,
}
