"""Building blocks of the Bình Thuận foreign-information site generator.

Plain functions and small classes, importable without MkDocs running, so that each can be
unit-tested; the thin entry points in ``hooks/*.py`` wire them into MkDocs events.
"""
