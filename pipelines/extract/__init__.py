"""Article text, title, dates and language from a fetched page (trafilatura plus named rules), in a process pool."""
