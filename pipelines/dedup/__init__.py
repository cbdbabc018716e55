"""Stories: one id for the many copies of an article (URLs, content hashes, MinHash LSH), and the URLs already fetched."""
