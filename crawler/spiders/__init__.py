"""Spiders: they only fetch and yield items; pipelines do the rest."""
