"""Sources: parse feeds, news sitemaps, section pages and Telegram previews; source health, schedule and leases."""
