"""Image planning and processing without MkDocs: sizes, formats, metadata, orientation, colour,
refusals (bomb, corrupt, unsupported, traversal), the page markup and the cache."""
from __future__ import annotations

import dataclasses
import io
import json
import sys
from pathlib import Path

import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))

from campaignsite.images import planning, references  # noqa: E402
from campaignsite.images.decoding import ImageProblem, open_original  # noqa: E402
from campaignsite.images.library import ImageLibrary, scan  # noqa: E402
from campaignsite.images.markup import line_of, rewrite_images  # noqa: E402
from campaignsite.images.processing import MANIFEST, process_original  # noqa: E402
from campaignsite.images.settings import DEFAULT, GRAPHIC, PHOTO, ImageSettings  # noqa: E402
from test_images_samples import (LEAK_MARKERS, bmp_named_png, bomb_png, cmyk_jpeg, corner_marked, photo,  # noqa: E402
                                 tagged_jpeg, transparent_png, wide_gamut_png)

FAST = dataclasses.replace(DEFAULT, avif_speed=9)  # same pipeline, quicker AVIF for tests


# ---- planning ------------------------------------------------------------------------------

@pytest.mark.parametrize("width, expected", [
    (4000, [480, 960, 1600]),
    (1600, [480, 960, 1600]),
    (1200, [480, 960, 1200]),
    (700, [480, 700]),
    (300, [300]),
])
def test_widths_are_never_upscaled(width, expected):
    assert planning.target_widths(width, (480, 960, 1600)) == expected


def test_photos_get_avif_and_jpeg_graphics_webp_and_png():
    photo_plan = planning.plan_variants(4000, 3000, PHOTO, DEFAULT)
    assert [(v.width, v.height, v.format) for v in photo_plan] == [
        (480, 360, "avif"), (960, 720, "avif"), (1600, 1200, "avif"),
        (480, 360, "jpeg"), (960, 720, "jpeg"), (1600, 1200, "jpeg")]
    assert {v.format for v in planning.plan_variants(900, 500, GRAPHIC, DEFAULT)} == {"webp", "png"}


def test_kind_depends_on_transparency_and_colours():
    assert planning.kind_of(True, None, 256) == GRAPHIC
    assert planning.kind_of(False, 12, 256) == GRAPHIC
    assert planning.kind_of(False, None, 256) == PHOTO


def test_display_size():
    assert planning.display_size(4000, 3000, 1600) == (1600, 1200)
    assert planning.display_size(4000, 3000, 1600, requested_width=400) == (400, 300)


def test_settings_fingerprint_changes_with_any_setting():
    assert DEFAULT.fingerprint() == ImageSettings().fingerprint()
    assert dataclasses.replace(DEFAULT, jpeg_quality=81).fingerprint() != DEFAULT.fingerprint()


# ---- references ----------------------------------------------------------------------------

def test_reference_resolution():
    published = {"images/map.jpg"}
    assert references.resolve("../images/map.jpg", "province/", "province.vi.md", published, set()) == references.Resolved("images/map.jpg")
    assert references.resolve("../../images/map.jpg", "en/province/", "province.en.md", published, set()) == references.Resolved("images/map.jpg")
    outside = references.resolve("../../etc/x.png", "province/", "province.vi.md", published, set())
    assert isinstance(outside, references.Problem) and "outside docs/" in outside.message
    missing = references.resolve("images/nope.png", "province/", "province.vi.md", published, set())
    assert isinstance(missing, references.Problem) and "does not exist" in missing.message


def test_traversal_is_never_inside_docs():
    assert references.docs_path_of("../../etc/passwd.png", "guide/page.vi.md") is None
    assert references.docs_path_of("/etc/x.png", "page.vi.md") is None
    assert references.docs_path_of("images/%2e%2e/x.png", "page.vi.md") == "x.png"
    assert references.site_url_of("../../../x.png", "province/") is None


# ---- markup ----------------------------------------------------------------------------------

def test_rewrite_images_counts_and_skips_existing_pictures():
    html = '<p><img src="a.jpg" alt="A"></p><picture><img src="b.jpg" alt="B"></picture><img alt="C" src="c.jpg"/>'
    seen = []
    out = rewrite_images(html, lambda attrs, index: seen.append((attrs["src"], index)) or f"[{attrs['alt']}]")
    assert seen == [("a.jpg", 0), ("c.jpg", 2)]
    assert out == '<p>[A]</p><picture><img src="b.jpg" alt="B"></picture>[C]'


def test_line_of():
    assert line_of("a\nb\n![x](map.jpg)\n", "map.jpg") == 3
    assert line_of("a", "zzz") is None


# ---- decoding and processing ----------------------------------------------------------------

def _process(tmp_path: Path, data: bytes, name: str = "in.jpg", settings: ImageSettings = FAST) -> tuple[dict, Path]:
    source = tmp_path / name
    source.write_bytes(data)
    entry = tmp_path / "entry"
    return process_original(str(source), str(entry), settings), entry


def test_photo_variants_sizes_formats_and_no_metadata(tmp_path):
    manifest, entry = _process(tmp_path, tagged_jpeg(photo(2400, 1600)))
    assert manifest["kind"] == PHOTO
    assert sorted((v["format"], v["width"], v["height"]) for v in manifest["variants"]) == [
        ("avif", 480, 320), ("avif", 960, 640), ("avif", 1600, 1067),
        ("jpeg", 480, 320), ("jpeg", 960, 640), ("jpeg", 1600, 1067)]
    for path in entry.iterdir():
        if path.name == MANIFEST:
            continue
        data = path.read_bytes()
        for marker in LEAK_MARKERS:
            assert marker not in data, (path.name, marker)
        published = Image.open(io.BytesIO(data))
        assert not published.getexif(), path.name
        assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop", "icc_profile"} & set(published.info), path.name


def test_orientation_is_applied_before_resizing(tmp_path):
    # Stored landscape with a red top-left block; orientation 6 means "rotate 90° clockwise to view".
    manifest, entry = _process(tmp_path, tagged_jpeg(corner_marked(1200, 800), orientation=6))
    assert (manifest["width"], manifest["height"]) == (800, 1200)
    for name in ("480.jpg", "original.jpg"):
        image = Image.open(entry / name).convert("RGB")
        w, h = image.size
        assert h > w
        red, green, _ = image.getpixel((w - 5, 5))  # the block is now at the top right
        assert red > 200 and green < 60, name
        assert image.getpixel((5, 5))[0] < 200 or image.getpixel((5, 5))[1] > 60


def test_untouched_jpeg_original_keeps_its_quality_but_loses_its_metadata(tmp_path):
    manifest, entry = _process(tmp_path, tagged_jpeg(photo(1000, 700), orientation=1))
    original = (entry / manifest["original"]).read_bytes()
    for marker in LEAK_MARKERS:
        assert marker not in original
    assert Image.open(io.BytesIO(original)).size == (1000, 700)


def test_colour_profile_is_converted_to_srgb(tmp_path):
    manifest, entry = _process(tmp_path, wide_gamut_png((60, 170, 70)), "wide.png")
    image = Image.open(entry / manifest["original"]).convert("RGB")
    red, green, blue = image.getpixel((300, 200))
    assert red < 40 and green > 165  # converted, not just re-tagged
    assert "icc_profile" not in Image.open(entry / manifest["original"]).info


def test_cmyk_becomes_rgb(tmp_path):
    manifest, entry = _process(tmp_path, cmyk_jpeg(), "print.jpg")
    image = Image.open(entry / "480.jpg")
    assert image.mode == "RGB"
    red, green, blue = image.getpixel((10, 10))
    assert red > 200 and green < 60 and blue < 60


def test_transparent_graphic_stays_exact_and_transparent(tmp_path):
    manifest, entry = _process(tmp_path, transparent_png(), "logo.png")
    assert manifest["kind"] == GRAPHIC
    assert {v["format"] for v in manifest["variants"]} == {"webp", "png"}
    webp = Image.open(entry / "900.webp")
    assert webp.mode == "RGBA" and webp.getpixel((0, 0))[3] == 0


@pytest.mark.parametrize("make, name, expected", [
    (lambda: bomb_png(), "bomb.png", "too large to decode safely"),
    (lambda: tagged_jpeg()[:4000], "cut.jpg", "damaged or truncated"),
    (lambda: bmp_named_png(), "fake.png", "not an image in an accepted format"),
    (lambda: b"GIF89a" + bytes(40), "anim.gif", "not an image in an accepted format"),
    (lambda: b"plain text, not an image", "notes.jpg", "not an image in an accepted format"),
])
def test_bad_images_are_refused_with_a_message(tmp_path, make, name, expected):
    manifest, entry = _process(tmp_path, make(), name)
    assert expected in manifest["error"]
    assert not entry.exists()


def test_pixels_between_the_limit_and_twice_the_limit_are_refused_too():
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 1000)).save(buffer, "PNG")  # 1.2 MP: Pillow alone would only warn
    with pytest.raises(ImageProblem, match="too large"):
        open_original(buffer.getvalue(), max_pixels=1_000_000)
    assert Image.MAX_IMAGE_PIXELS == 89_478_485  # the process-wide limit is left as it was


# ---- the cache -------------------------------------------------------------------------------

def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "project" / "docs"
    (docs / "images").mkdir(parents=True)
    for index in range(3):
        buffer = io.BytesIO()
        photo(700, 500, seed=index + 1).save(buffer, "JPEG")
        (docs / "images" / f"p{index}.jpg").write_bytes(buffer.getvalue())
    (docs / "images" / ".hidden.png").write_bytes(transparent_png())
    return docs


def test_second_run_processes_nothing_and_changes_reprocess_only_what_changed(tmp_path):
    docs = _docs(tmp_path)
    root = docs.parent
    assert scan(docs) == ["images/p0.jpg", "images/p1.jpg", "images/p2.jpg"]
    first = ImageLibrary(root, FAST, report=lambda line: None)
    first.prepare(docs)
    assert first.processed_last_run == 3 and not first.image_errors
    first.prepare(docs)  # the other language's build, same process
    assert first.processed_last_run == 0
    again = ImageLibrary(root, FAST, report=lambda line: None)  # a new `mkdocs build`
    again.prepare(docs)
    assert again.processed_last_run == 0
    buffer = io.BytesIO()
    photo(700, 500, seed=9).save(buffer, "JPEG")
    (docs / "images" / "p1.jpg").write_bytes(buffer.getvalue())
    edited = ImageLibrary(root, FAST, report=lambda line: None)
    edited.prepare(docs)
    assert edited.processed_last_run == 1
    changed_setting = ImageLibrary(root, dataclasses.replace(FAST, jpeg_quality=70), report=lambda line: None)
    changed_setting.prepare(docs)
    assert changed_setting.processed_last_run == 3


def test_stale_entries_are_pruned(tmp_path):
    docs = _docs(tmp_path)
    library = ImageLibrary(docs.parent, FAST, report=lambda line: None)
    library.prepare(docs)
    entries = docs.parent / ".cache" / "images" / "originals"
    assert len(list(entries.iterdir())) == 3
    (docs / "images" / "p2.jpg").unlink()
    library = ImageLibrary(docs.parent, FAST, report=lambda line: None)
    library.prepare(docs)
    library.finish(tmp_path / "site", {})  # what the language builds left: nothing here
    assert sorted(p.name for p in entries.iterdir()) == sorted(r.key for r in library.records.values())
    index = json.loads((docs.parent / ".cache" / "images" / "index.json").read_text())
    assert not [path for path in index if path.endswith("p2.jpg")]


def test_bad_image_is_an_error_naming_the_file(tmp_path):
    docs = _docs(tmp_path)
    (docs / "images" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    library = ImageLibrary(docs.parent, FAST, report=lambda line: None)
    library.prepare(docs)
    assert len(library.image_errors) == 1
    message = str(library.image_errors[0])
    assert message.startswith("docs/images/broken.png: image: ") and "export it again" in message
    assert "images/broken.png" not in library.records


def test_identical_images_in_two_places_are_processed_once(tmp_path):
    """Two exhibits with the same scan must not race for one cache entry (seen at 1,000 items)."""
    from PIL import Image

    from campaignsite.images.library import ImageLibrary

    docs = tmp_path / "docs"
    for name in ("a", "b", "c"):
        (docs / name).mkdir(parents=True)
        Image.new("RGB", (600, 400), "#0a5c6b").save(docs / name / "scan.png")
    library = ImageLibrary(tmp_path, FAST, report=lambda line: None, workers=2)
    library.prepare(docs)
    assert library.image_errors == []
    assert library.processed_last_run == 1
    assert len(library.records) == 3 and len({r.key for r in library.records.values()}) == 1
