"""The daemon and its crawl cycles: scheduling, the Scrapy subprocess, metrics, log formats."""
