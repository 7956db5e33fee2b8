"""The engine of a multilingual public-information campaign site, read as its pipeline:

config/       campaign.yml (identity, languages' roles, collections) and the Site every hook asks for
content/      hand-written pages: YAML front matter, UTF-8, fields, validation, safety
collections/  items of content/: schemas, loader, records, views, generated pages, dates
i18n/         languages, fallback pages, alternates, sitemaps, parity, words, CLDR formats, slugs
images/       responsive variants, cache, social cards, zoom tiles
search/       one index per language, diacritic folding
feeds/        iCalendar, Atom, open data, JSON-LD
publishing/   Content-Security-Policy and headers, link check
theme/        the stylesheet, identity for templates, the one patch of Material

Plain functions and small classes, importable without MkDocs running, so that each can be
unit-tested; the thin entry points in ``hooks/*.py`` wire them into MkDocs events. Nothing here
names a campaign, a body or a place: those come from the instance (campaign.yml, content/).
"""
