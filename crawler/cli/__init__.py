"""The `basewatch` command line."""
