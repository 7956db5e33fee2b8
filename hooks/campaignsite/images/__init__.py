"""Responsive, privacy-safe images, social cards and zoom tiles, made with Pillow.

Every raster image under docs/ is decoded once (formats restricted, decompression bombs
refused), turned upright and into sRGB, and re-encoded without metadata (EXIF, GPS, XMP,
IPTC) as a cleaned original plus variants at a few widths. Results live in a cache keyed by
the original's bytes and the settings (`.cache/images/`), shared by every language build.

Modules, one job each:
  settings    what to make (widths, formats, qualities) and its fingerprint
  planning    which variants an image of a given size and kind gets (pure)
  references  an <img src> of a page → the docs file it names, or what is wrong (pure)
  decoding    open an original safely and normalise it (orientation, sRGB, mode)
  encoding    one variant to bytes, without metadata
  processing  one original → its cache entry (runs in worker processes)
  tiles       Deep Zoom (.dzi) tiles of one original
  cards       a page's 1200×630 social card
  cache       the cache folder: keys, manifests, the stat index, pruning
  batch       many jobs over a process pool, with progress
  markup      <img> tags of a rendered page → <picture> (via a template)
  views       plain data for the picture and zoom-viewer templates
  library     the images of one build, as the hook and the templates ask for them
  publish     output files into the site: MkDocs Files that hard-link from the cache

Public API for other collections (exhibits): see ``library.ImageLibrary`` and the Jinja
globals ``picture_view`` / ``zoom_view`` set up by hooks/images.py.
"""
