"""The Scrapy project, the daemon and the command line of basewatch."""

import pipelines  # noqa: F401  (first: it caps BLAS threads before anything loads numpy)
