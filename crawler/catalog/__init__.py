"""Tools for the source catalog: check sources, discover feeds, record fixtures."""
