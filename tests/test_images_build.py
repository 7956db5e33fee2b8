"""Whole builds of a project copy with images in a page: <picture> in both languages, nothing
leaks from the originals' metadata, a warm build does no image work, bad images stop the build
with one line each and leave the last good site alone."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sitebuild import build, copy_project
from test_images_samples import LEAK_MARKERS, bomb_png, corner_marked, tagged_jpeg, transparent_png

PHOTO_ALT = {"vi": "Ảnh thử nghiệm do bộ kiểm thử tạo ra", "en": "A test image made by the test suite"}
GRAPHIC_ALT = {"vi": "Hình vẽ thử nghiệm", "en": "A test drawing"}
PUBLISHED_IMAGE = re.compile(r"\.(jpe?g|png|webp|avif)$")


def add_images(project: Path) -> None:
    images = project / "docs" / "images"
    images.mkdir(parents=True, exist_ok=True)
    (images / "test-photo.jpg").write_bytes(tagged_jpeg(corner_marked(2400, 1600), orientation=6))
    (images / "test-drawing.png").write_bytes(transparent_png())
    for lang in ("vi", "en"):
        page = project / "docs" / f"province.{lang}.md"
        page.write_text(page.read_text(encoding="utf-8")
                        + f"\n\n![{PHOTO_ALT[lang]}](images/test-photo.jpg)\n\nText.\n\n![{GRAPHIC_ALT[lang]}](images/test-drawing.png)\n",
                        encoding="utf-8")


@pytest.fixture(scope="module")
def image_project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("images") / "project")
    add_images(project)
    first = build(project, project.parent / "site")
    assert first.returncode == 0, first.output
    return project, first


def pictures(html: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", html, re.S)


@pytest.mark.parametrize("page, lang", [("province/index.html", "vi"), ("en/province/index.html", "en")])
def test_images_become_pictures_with_size_in_both_languages(image_project, page, lang):
    project, result = image_project
    html = (result.site / page).read_text(encoding="utf-8")
    found = pictures(html)
    assert len(found) == 2, html
    photo, drawing = found
    assert '<source type="image/avif"' in photo and '<source type="image/webp"' in drawing
    photo_img = re.search(r"<img [^>]*>", photo).group(0)
    # upright: the stored 2400×1600 photo has orientation 6, so it shows 1600 wide × 2400 high
    assert 'width="1600" height="2400"' in photo_img
    assert f'alt="{PHOTO_ALT[lang]}"' in photo_img
    assert "loading=" not in photo_img  # the page's first image loads at once
    assert 'loading="lazy"' in re.search(r"<img [^>]*>", drawing).group(0)
    assert 'width="900" height="500"' in drawing
    for url in re.findall(r'(?:srcset|src)="([^"]+)"', photo + drawing):
        for candidate in url.split(", "):
            target = (result.site / page).parent / candidate.split(" ")[0]
            assert target.is_file(), candidate


def test_published_images_carry_no_metadata(image_project):
    _project, result = image_project
    checked = 0
    for path in result.site.rglob("*"):
        if PUBLISHED_IMAGE.search(path.name):
            data = path.read_bytes()
            for marker in LEAK_MARKERS:
                assert marker not in data, (path, marker)
            checked += 1
    assert checked > 10
    original = result.site / "images" / "test-photo.jpg"
    assert original.is_file() and b"GPS" not in original.read_bytes()[:4096]


def test_a_second_build_processes_no_image(image_project, tmp_path):
    project, _first = image_project
    again = build(project, tmp_path / "site")
    assert again.returncode == 0, again.output
    assert "original(s) processed" not in again.output
    assert "images: 0 cards drawn" in again.output


@pytest.fixture
def last_good_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("last-good-build")
    return site


def test_bad_images_fail_the_build_with_one_line_each(image_project, project_copy, last_good_site):
    project, _ = image_project
    shutil.copytree(project / ".cache", project_copy / ".cache")  # the good images are cached already
    add_images(project_copy)
    images = project_copy / "docs" / "images"
    (images / "bomb.png").write_bytes(bomb_png())
    (images / "broken.jpg").write_bytes(tagged_jpeg()[:3000])
    page = project_copy / "docs" / "invest.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\n![](images/test-drawing.png)\n\n![A secret](../../etc/secret.png)\n", encoding="utf-8")
    result = build(project_copy, last_good_site)
    assert result.returncode != 0
    assert "Traceback" not in result.output
    for expected in ("docs/images/bomb.png: image: is too large to decode safely",
                     "docs/images/broken.jpg: image: cannot be read",
                     "images/test-drawing.png has no alt text",
                     "../../etc/secret.png is outside docs/"):
        assert expected in result.output, result.output
    assert (last_good_site / "index.html").read_text() == "last-good-build"
    assert [p.name for p in last_good_site.iterdir()] == ["index.html"]
