"""The images of one `mkdocs build` (every language), as the hook and the templates ask for them.

One instance lives as long as the MkDocs process; each language build calls it again, and work
already done for the same files and settings is not repeated. Pages only ask for social cards
and zoom tiles; what each language build asked for is left as plain data (`leave`), and the
finishing step draws what the cache lacks, on every core, and publishes it (`finish`), once for
the whole site: in the outermost build, or in the parent of a parallel build.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

from campaignsite.errors import ContentError
from campaignsite.images import cards
from campaignsite.images import references
from campaignsite.images.batch import run_jobs
from campaignsite.images.cache import ImageCache, entry_key
from campaignsite.images.markup import line_of, rewrite_images
from campaignsite.images.planning import published_name
from campaignsite.images.processing import process_original
from campaignsite.images.publish import LinkedFile, link_or_copy, link_tree
from campaignsite.images.settings import GRAPHIC, RASTER_SUFFIXES, ImageSettings
from campaignsite.images.tiles import DZI_NAME, make_tiles
from campaignsite.images.views import picture_view, zoom_view

VARIANTS_URL = "assets/responsive"
ZOOM_URL = "assets/zoom"
VIEWER_URL = "assets/vendor/openseadragon"
# Theme and vendored images (logo, viewer buttons) are cleaned of metadata but get no variants.
CLEAN_ONLY = ("assets/",)


@dataclass(frozen=True)
class ImageRecord:
    docs_path: str  # "images/map.jpg", relative to docs/
    key: str
    manifest: dict = field(hash=False, compare=False)

    @property
    def stem(self) -> str:
        return PurePosixPath(self.docs_path).stem

    @property
    def base_url(self) -> str:
        return f"{VARIANTS_URL}/{self.key}"


def scan(docs_dir: Path) -> list[str]:
    """Raster files under docs/ (docs-relative, sorted); hidden files and folders are skipped."""
    found = []
    for folder, dirs, names in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if not name.startswith(".") and name.lower().endswith(RASTER_SUFFIXES):
                found.append((Path(folder) / name).relative_to(docs_dir).as_posix())
    return sorted(found)


class ImageLibrary:
    def __init__(self, project_root: Path, settings: ImageSettings, report=print, workers: int | None = None):
        self.root = project_root
        self.workers = workers  # None: every core
        self.settings = settings
        self.report = report
        self.cache = ImageCache(project_root / ".cache" / "images")
        self.records: dict[str, ImageRecord] = {}
        self.image_errors: list[ContentError] = []
        self.bad: set[str] = set()  # docs paths of images that could not be processed
        self.bad_urls: set[str] = set()  # … and where MkDocs would publish them in this build
        self.page_errors: list[ContentError] = []
        self.processed_last_run = 0  # how many originals the last prepare() had to process
        self._stamp: tuple | None = None
        self.by_url: dict[str, ImageRecord] = {}  # the current language build: published URL → image
        self.tiles: dict[str, str] = {}  # key → docs path of the image whose tiles to publish
        self.cards: dict[str, str] = {}  # site URL → cache key of its card, to publish
        self.pending_cards: dict[str, dict] = {}  # cache key → the card's text (CardText.data()), to draw

    # ---- originals → cache ------------------------------------------------------------------
    def prepare(self, docs_dir: Path) -> None:
        """Process every raster image under ``docs_dir`` that the cache does not hold yet."""
        paths = scan(docs_dir)
        stats = [(docs_dir / path).stat() for path in paths]
        stamp = (self.settings.fingerprint(), tuple((p, s.st_size, s.st_mtime_ns) for p, s in zip(paths, stats)))
        if stamp == self._stamp:
            self.processed_last_run = 0
            for record in self.records.values():
                self.cache.entry_dir("originals", record.key)  # still in use: keep it when pruning
            return
        fingerprint = self.settings.fingerprint()
        records, errors, jobs = {}, [], []
        same_bytes: dict[str, list[str]] = {}  # key → every docs path with those bytes: processed once
        self.bad = set()
        for docs_path in paths:
            with_variants = not docs_path.startswith(CLEAN_ONLY)
            key = entry_key(self.cache.hash_of(docs_dir / docs_path), f"{fingerprint}:{with_variants}")
            manifest = self.cache.manifest(key)
            if manifest is not None:
                records[docs_path] = ImageRecord(docs_path, key, manifest)
            elif key in same_bytes:
                same_bytes[key].append(docs_path)
            else:
                same_bytes[key] = [docs_path]
                jobs.append((str(docs_dir / docs_path), str(self.cache.entry_dir("originals", key)), self.settings, with_variants))
        for job, result in run_jobs(process_original, jobs, "images", self.report, self.workers):
            key = Path(job[1]).name
            for docs_path in same_bytes[key]:
                if "error" in result:
                    self.bad.add(docs_path)
                    errors.append(ContentError(self._project_path(docs_dir / docs_path), None, "image", result["error"]))
                else:
                    records[docs_path] = ImageRecord(docs_path, key, result)
        self.cache.save_index()
        self.records, self.image_errors, self.processed_last_run = records, errors, len(jobs)
        self._stamp = stamp

    def _project_path(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    # ---- cache → MkDocs files ---------------------------------------------------------------
    def register_files(self, files, config, languages: list[str], with_variants: bool = True):
        """Publish cleaned originals instead of the files in docs/, and (``with_variants``, in
        the first language's build: their URLs are shared) every variant."""
        docs_dir = os.path.abspath(config.docs_dir)
        self.by_url, self.bad_urls = {}, set()
        present = set()
        for file in list(files):
            if not file.abs_src_path or not file.src_uri.lower().endswith(RASTER_SUFFIXES):
                continue
            if not os.path.abspath(file.abs_src_path).startswith(docs_dir + os.sep):
                continue
            present.add(file.src_uri)
            record = self.records.get(file.src_uri)
            if record is None:
                self.bad_urls.add(file.url)
                continue  # a bad image: its error stops the build before anything is written
            files.remove(file)
            linked = self._original_file(config, record, file.dest_uri)
            files.append(linked)
            self.by_url[linked.url] = record
        # mkdocs-static-i18n leaves images without a language suffix out of the other
        # languages' builds; add them back at the same URL, so English pages can show them too.
        for docs_path, record in self.records.items():
            if docs_path not in present and not _language_suffix(docs_path, languages):
                linked = self._original_file(config, record, docs_path)
                files.append(linked)
                self.by_url[linked.url] = record
        seen = set()
        for record in self.records.values() if with_variants else ():
            entry = self.cache.root / "originals" / record.key
            for variant in record.manifest["variants"]:
                uri = f"{record.base_url}/{published_name(record.stem, variant)}"
                if uri not in seen:
                    seen.add(uri)
                    files.append(LinkedFile.generated(config, uri, abs_src_path=str(entry / variant["file"])))
        return files

    def _original_file(self, config, record: ImageRecord, dest_uri: str) -> LinkedFile:
        source = self.cache.root / "originals" / record.key / record.manifest["original"]
        linked = LinkedFile.generated(config, record.docs_path, abs_src_path=str(source))
        linked.dest_uri = dest_uri
        return linked

    # ---- pages ------------------------------------------------------------------------------
    def rewrite_page(self, html: str, page, config, render) -> str:
        """Every <img> of a rendered page → <picture>; missing alt text and bad references are
        collected as errors naming the page and the image."""
        def error(src: str, message: str) -> None:  # rare: find the page's path and line only then
            line = line_of(_read(page.file.abs_src_path), PurePosixPath(src).name or src) if src else None
            page_path = self._project_path(Path(config.docs_dir) / page.file.src_uri)
            self.page_errors.append(ContentError(page_path, line, "image", message))

        def replace(attributes: dict[str, str], index: int) -> str | None:
            src = attributes.get("src", "")
            if not attributes.get("alt", "").strip():
                error(src, f"{src or '<img>'} has no alt text: describe what it shows for readers who cannot see it, "
                           f"in this page's language: ![description]({src})")
            if not src or references.is_external(src) or src.startswith("data:"):
                return None
            if not src.split("?")[0].split("#")[0].lower().endswith(RASTER_SUFFIXES):
                return None  # SVG and other vector images are published as they are
            found = references.resolve(src, page.url, page.file.src_uri, set(self.by_url), set(self.records))
            if isinstance(found, references.Problem):
                already_reported = (references.site_url_of(src, page.url) in self.bad_urls
                                    or references.docs_path_of(src, page.file.src_uri) in self.bad)
                if not already_reported:
                    error(src, found.message)
                return None
            if not attributes.get("alt", "").strip():
                return None
            record = self.by_url[found.url]
            width = attributes.get("width", "")
            view = picture_view(record.manifest, record.base_url, record.stem, found.url, attributes["alt"],
                                eager=index == 0, attributes=attributes,
                                requested_width=int(width) if width.isdigit() else None)
            return render(view)

        return rewrite_images(html, replace)

    def take_errors(self, originals: bool = True) -> list[ContentError]:
        """The pages' image errors so far, and (``originals``) the images that could not be processed."""
        errors = (self.image_errors if originals else []) + self.page_errors
        self.page_errors = []
        return errors

    # ---- for templates (exhibits) -----------------------------------------------------------
    def record_for(self, src: str) -> ImageRecord:
        """The image at a docs path or site URL ("exhibits/taberd-map/scan.png")."""
        src = src.lstrip("/")
        record = self.records.get(src) or self.by_url.get(src)
        if record is None:
            raise PluginError(f"images: no image {src!r} under docs/ (or it could not be processed); "
                              "pass the path relative to docs/, e.g. 'exhibits/<item>/<file>'")
        return record

    def picture(self, src: str, alt: str, *, eager: bool = False, sizes: str | None = None,
                link_original: bool | None = None) -> dict:
        record = self.record_for(src)
        view = picture_view(record.manifest, record.base_url, record.stem, record.docs_path, alt,
                            eager=eager, link_original=link_original)
        if sizes:
            view["sizes"] = sizes
        return view

    def zoom(self, src: str, alt: str, label: str = "", eager: bool = False) -> dict:
        """The data of an image's zoom viewer; its Deep Zoom tiles are made (once, cached) at the end."""
        record = self.record_for(src)
        self.tiles[record.key] = record.docs_path
        picture = self.picture(src, alt, eager=eager, link_original=False)  # the viewer block links the original
        return zoom_view(picture, record.manifest, record.docs_path, f"{ZOOM_URL}/{record.key}/{DZI_NAME}", VIEWER_URL, label or alt)

    # ---- social cards -----------------------------------------------------------------------
    def card(self, url: str, text: cards.CardText) -> None:
        """Ask for the card of one page; it is drawn (or taken from the cache) at the end."""
        key = text.key()
        self.cards[url] = key
        if key not in self.pending_cards and not self._card_path(key).exists():
            self.pending_cards[key] = text.data()

    def _card_path(self, key: str) -> Path:
        return self.cache.entry_dir("cards", key).with_suffix(cards.SUFFIX)

    # ---- the end of the whole build ---------------------------------------------------------
    def leave(self) -> dict:
        """What the pages built so far asked for, as JSON data for `finish` (then forgotten here)."""
        kept = {"cards": self.cards, "pending_cards": self.pending_cards, "tiles": self.tiles,
                "used": {section: dict.fromkeys(keys, True) for section, keys in self.cache.used.items()}}
        self.cards, self.pending_cards, self.tiles = {}, {}, {}
        return kept

    def finish(self, site_dir: Path, kept: dict) -> dict[str, int]:
        """Draw missing cards and tiles, put them into the site, prune the cache; ``kept``: what
        every language build left (`leave`)."""
        for section, keys in kept.get("used", {}).items():
            self.cache.used[section].update(keys)
        card_jobs = [(cards.CardText.from_data(text), str(self._card_path(key)))
                     for key, text in sorted(kept.get("pending_cards", {}).items()) if not self._card_path(key).exists()]
        for _job, _result in run_jobs(cards.write_card, card_jobs, "social cards", self.report, self.workers):
            pass
        for url, key in sorted(kept.get("cards", {}).items()):
            link_or_copy(self._card_path(key), site_dir / url)
        tiles = {key: self.cache.entry_dir("tiles", key) for key in kept.get("tiles", {})}
        tile_jobs = []
        for key, docs_path in sorted(kept.get("tiles", {}).items()):
            if not (tiles[key] / DZI_NAME).exists():
                record = self.record_for(docs_path)
                source = self.cache.root / "originals" / key / record.manifest["original"]
                tile_jobs.append((str(source), str(tiles[key]), record.manifest["kind"] == GRAPHIC, self.settings))
        for job, result in run_jobs(make_tiles, tile_jobs, "zoom tiles", self.report, self.workers):
            if "error" in result:
                docs_path = kept["tiles"][Path(job[1]).name]
                raise PluginError(f"images: cannot make zoom tiles of {docs_path}: {result['error']}")
        tile_files = sum(link_tree(path, site_dir / ZOOM_URL / key) for key, path in sorted(tiles.items()))
        return {"cards drawn": len(card_jobs), "cards": len(kept.get("cards", {})), "tiles made": len(tile_jobs),
                "tile files": tile_files, "pruned": self.cache.prune()}


def _language_suffix(docs_path: str, languages: list[str]) -> bool:
    suffixes = PurePosixPath(docs_path).suffixes
    return len(suffixes) >= 2 and suffixes[-2][1:] in languages


def _read(path: str | None) -> str:
    try:
        return Path(path).read_text(encoding="utf-8") if path else ""
    except (OSError, UnicodeDecodeError):
        return ""
