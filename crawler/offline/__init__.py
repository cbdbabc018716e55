"""The offline demo: replayed outlets, a local SMTP sink, and the demo runner."""
