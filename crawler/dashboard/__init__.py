"""The local, read-only web dashboard: incidents, map, chart, sources (`basewatch dashboard`)."""
