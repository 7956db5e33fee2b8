"""Structured content collections: events, projects, exhibits, news and agencies.

Each item is a folder ``content/<collection>/<slug>/`` holding ``item.yml`` (the facts, written
once: dates, places, figures, images, sources) and one ``<lang>.md`` per language (the words:
title, summary and body). Loading reads and validates everything first (all errors at once),
then the generator writes pages; a translation can never disagree with a fact.
"""
