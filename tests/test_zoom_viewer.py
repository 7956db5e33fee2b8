"""Zoomable scans: Deep Zoom tiles made with Pillow, and the vendored OpenSeadragon viewer on a
fixture page built in a project copy (no exhibit content is added to the project)."""
from __future__ import annotations

import dataclasses
import math
import re
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hooks"))

from campaignsite.images.settings import DEFAULT  # noqa: E402
from campaignsite.images.tiles import level_sizes, make_tiles, tile_boxes  # noqa: E402
from conftest import serve  # noqa: E402
from sitebuild import build, copy_project  # noqa: E402

VIEWER = Path(__file__).resolve().parents[1] / "overrides" / "assets" / "vendor" / "openseadragon"


def grid_scan(width: int = 3000, height: int = 2000) -> Image.Image:
    """A test 'scan': a labelled grid, so that deeper zoom levels show more detail."""
    image = Image.new("RGB", (width, height), "#efe3c8")
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 100):
        draw.line([(x, 0), (x, height)], fill="#8a6a4a", width=2)
    for y in range(0, height, 100):
        draw.line([(0, y), (width, y)], fill="#8a6a4a", width=2)
        for x in range(0, width, 100):
            draw.text((x + 10, y + 10), f"{x // 100},{y // 100}", fill="#222222")
    return image


def test_level_sizes_halve_down_to_one_pixel():
    sizes = level_sizes(3000, 2000)
    assert len(sizes) == math.ceil(math.log2(3000)) + 1 == 13
    assert sizes[-1] == (3000, 2000) and sizes[-2] == (1500, 1000) and sizes[0] == (1, 1)


def test_tiles_overlap_their_neighbours():
    boxes = {(c, r): box for c, r, box in tile_boxes(1100, 600, 510, 1)}
    assert sorted(boxes) == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]
    assert boxes[(0, 0)] == (0, 0, 511, 511)
    assert boxes[(1, 1)] == (509, 509, 1021, 600)
    assert boxes[(2, 0)] == (1019, 0, 1100, 511)


def test_make_tiles_writes_a_dzi_and_every_level(tmp_path):
    source = tmp_path / "scan.png"
    grid_scan(1200, 800).save(source)
    result = make_tiles(str(source), str(tmp_path / "tiles"), False, DEFAULT)
    dzi = (tmp_path / "tiles" / "image.dzi").read_text()
    assert 'TileSize="510"' in dzi and 'Overlap="1"' in dzi and '<Size Width="1200" Height="800"/>' in dzi
    levels = sorted(int(p.name) for p in (tmp_path / "tiles" / "image_files").iterdir())
    assert levels == list(range(result["levels"]))
    top = tmp_path / "tiles" / "image_files" / str(levels[-1])
    assert sorted(p.name for p in top.iterdir()) == ["0_0.jpg", "0_1.jpg", "1_0.jpg", "1_1.jpg", "2_0.jpg", "2_1.jpg"]
    assert Image.open(top / "1_1.jpg").size == (512, 291)  # 510 + an overlap on both sides, cut at the edge


def test_bad_original_gives_an_error_not_tiles(tmp_path):
    source = tmp_path / "scan.png"
    source.write_bytes(b"not a png")
    assert "error" in make_tiles(str(source), str(tmp_path / "tiles"), False, dataclasses.replace(DEFAULT))
    assert not (tmp_path / "tiles").exists()


def test_viewer_is_vendored_with_its_licence_and_buttons():
    assert (VIEWER / "LICENSE.txt").read_text().startswith("Copyright (C) 2009 CodePlex Foundation")
    assert "openseadragon 6.1.1" in (VIEWER / "openseadragon.min.js").read_text()[:100]
    assert len(list((VIEWER / "images").glob("*_rest.png"))) >= 8


FIXTURE_INCLUDE = ("{% if page and page.url.endswith('zoom-test/') %}{% set zoom = zoom_view('images/test-scan.jpg', "
                   "'Lưới thử nghiệm (ảnh do bộ kiểm thử tạo)') %}{% include 'partials/zoom-viewer.html' %}{% endif %}")


@pytest.fixture(scope="module")
def zoom_site(tmp_path_factory):
    """A project copy with one fixture page that shows a test scan in the zoom viewer."""
    project = copy_project(tmp_path_factory.mktemp("zoom") / "project")
    (project / "docs" / "images").mkdir()
    grid_scan().save(project / "docs" / "images" / "test-scan.jpg", quality=90)
    for lang in ("vi", "en"):
        (project / "docs" / f"zoom-test.{lang}.md").write_text(
            f"---\ntitle: Zoom test ({lang})\ndescription: A fixture page of the test suite for the zoom viewer.\n"
            "factual: false\n---\n\n## Test scan\n\nTest page.\n", encoding="utf-8")
    main = project / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    anchor = '{% include "partials/content.html" %}'
    assert anchor in text
    main.write_text(text.replace(anchor, anchor + "\n  " + FIXTURE_INCLUDE, 1), encoding="utf-8")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.output
    return result.site


def test_without_javascript_the_page_shows_a_picture_and_links_the_original(zoom_site):
    for page in ("zoom-test/index.html", "en/zoom-test/index.html"):
        html = (zoom_site / page).read_text(encoding="utf-8")
        block = re.search(r'<div class="cs-zoom".*?</div>\s*</p>|<div class="cs-zoom".*?<script', html, re.S).group(0)
        assert "<picture>" in block and 'width="1600" height="1067"' in block
        assert re.search(r'href="(\.\./)+images/test-scan\.jpg"', block)
        assert "3000 × 2000" in block
        dzi = re.search(r'data-dzi="([^"]+)"', block).group(1)
        assert ((zoom_site / page).parent / dzi).resolve().is_file()


def test_viewer_opens_and_loads_deeper_tiles_on_a_phone(zoom_site, phone):
    with serve(zoom_site) as base:
        page = phone.new_page()
        requests: list[str] = []
        problems: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.goto(base + "/en/zoom-test/", wait_until="networkidle")
        assert not any("openseadragon.min.js" in url for url in requests)  # loaded only on request
        page.get_by_role("button", name="Zoom in to see details").click()
        page.wait_for_selector("[data-cs-zoom][data-state=open]", timeout=15000)
        page.wait_for_timeout(500)
        before = {url for url in requests if "image_files/" in url}
        page.evaluate("document.querySelector('[data-cs-zoom]').csViewer.viewport.zoomTo(12, null, true)")
        levels = lambda: {int(url.split("image_files/")[1].split("/")[0]) for url in requests if "image_files/" in url}  # noqa: E731
        for _ in range(60):  # the viewer asks for deeper levels as it settles: give a loaded machine time
            if max(levels(), default=0) == 12:
                break
            page.wait_for_timeout(250)
        assert max(levels()) == 12, levels()  # the full-resolution level of a 3000 px scan
        assert {url for url in requests if "image_files/" in url} - before
        assert all(url.startswith(base) for url in requests), [u for u in requests if not u.startswith(base)]
        assert any("/assets/vendor/openseadragon/images/" in url for url in requests)
        assert not problems, problems
