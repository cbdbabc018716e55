"""The Scrapy project, the daemon and the command line of basewatch."""
