"""What happens to an article once fetched: extract, dedup, detect, incidents, store, alerts.

Plain functions and records; nothing here imports Scrapy or touches the network.
"""
