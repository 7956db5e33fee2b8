"""Test images made with Pillow (no photographs are committed), and checks that each sample
really carries what the image tests rely on: GPS, XMP, IPTC, a comment, an orientation, a
non-sRGB colour profile, a bomb-sized header."""
from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageCms, ImageDraw

SECRET_PLACE = "Secret Beach 10.9N"  # what metadata must never leak
CAMERA = "TestCam-GPS"
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
       b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Secret Beach 10.9N"/>'
       b'</rdf:RDF></x:xmpmeta>')
LEAK_MARKERS = [b"Exif\x00\x00", b"http://ns.adobe.com/xap/1.0/", b"Photoshop 3.0", SECRET_PLACE.encode(), CAMERA.encode(), b"adobe:ns:meta"]


def photo(width: int = 2400, height: int = 1600, seed: int = 1) -> Image.Image:
    """A photo-like image: smooth gradients with noise (thousands of colours)."""
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40 + seed).convert("RGB")
    image = Image.blend(base, noise, 0.35)
    ImageDraw.Draw(image).ellipse([width // 4, height // 4, width // 2, height // 2], fill=(30 * seed % 255, 120, 200))
    return image


def _iptc_segment(caption: str) -> bytes:
    record = b"\x1c\x02\x78" + struct.pack(">H", len(caption)) + caption.encode()  # 2:120 caption
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(record)) + record
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def tagged_jpeg(image: Image.Image | None = None, orientation: int = 1) -> bytes:
    """A JPEG with EXIF (camera, orientation, GPS position), XMP, IPTC and a comment."""
    image = image or photo()
    exif = Image.Exif()
    exif[0x010F] = CAMERA
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (10.0, 55.0, 30.0), 3: "E", 4: (108.0, 6.0, 0.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif, xmp=XMP, comment=SECRET_PLACE.encode())
    data = buffer.getvalue()
    return data[:2] + _iptc_segment(SECRET_PLACE) + data[2:]


def corner_marked(width: int = 1200, height: int = 800) -> Image.Image:
    """A photo with a pure red block in its top-left corner (to see where orientation put it)."""
    image = photo(width, height)
    ImageDraw.Draw(image).rectangle([0, 0, width // 6, height // 6], fill=(255, 0, 0))
    return image


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def wide_gamut_icc() -> bytes:
    """A minimal ICC v2 RGB profile with Adobe RGB (1998) primaries (D50-adapted) and gamma 2.2:
    colours tagged with it are more saturated than the same numbers in sRGB."""
    def xyz(x, y, z):
        return b"XYZ \x00\x00\x00\x00" + _s15(x) + _s15(y) + _s15(z)
    curve = b"curv\x00\x00\x00\x00" + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\x00\x00"
    text = b"Wide gamut test"
    desc = b"desc\x00\x00\x00\x00" + struct.pack(">I", len(text) + 1) + text + b"\x00" + b"\x00" * 8 + b"\x00" * 70
    tags = [(b"desc", desc), (b"wtpt", xyz(0.9642, 1.0, 0.8249)), (b"rXYZ", xyz(0.6097, 0.3111, 0.0195)),
            (b"gXYZ", xyz(0.2053, 0.6257, 0.0609)), (b"bXYZ", xyz(0.1492, 0.0632, 0.7446)),
            (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    offset = 128 + 4 + 12 * len(tags)
    table, body = b"", b""
    for signature, data in tags:
        data += b"\x00" * (-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    size = offset + len(body)
    header = (struct.pack(">I", size) + b"\x00" * 4 + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ " + b"\x00" * 12
              + b"acsp" + b"\x00" * 24 + struct.pack(">I", 0) + _s15(0.9642) + _s15(1.0) + _s15(0.8249))
    header += b"\x00" * (128 - len(header))
    return header + struct.pack(">I", len(tags)) + table + body


def wide_gamut_png(colour=(60, 170, 70)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), colour).save(buffer, "PNG", icc_profile=wide_gamut_icc())
    # noise so that it counts as a photo, colour kept at the centre
    return buffer.getvalue()


def cmyk_jpeg() -> bytes:
    buffer = io.BytesIO()
    image = photo(800, 600).convert("CMYK")
    ImageDraw.Draw(image).rectangle([0, 0, 200, 150], fill=(0, 255, 255, 0))  # CMYK red
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def transparent_png() -> bytes:
    image = Image.new("RGBA", (900, 500), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse([100, 50, 800, 450], fill=(10, 92, 107, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(width: int = 40_000, height: int = 40_000) -> bytes:
    """A tiny file whose header claims 1.6 gigapixels: decoding it would take gigabytes."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b"")


def bmp_named_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "BMP")
    return buffer.getvalue()


# ---- the samples are what they claim to be ------------------------------------------------

def test_tagged_jpeg_carries_every_kind_of_metadata():
    data = tagged_jpeg(orientation=6)
    for marker in LEAK_MARKERS:
        assert marker in data, marker
    image = Image.open(io.BytesIO(data))
    assert image.getexif()[0x0112] == 6
    assert image.getexif().get_ifd(0x8825)[1] == "N"


def test_wide_gamut_profile_is_a_valid_rgb_profile():
    profile = ImageCms.ImageCmsProfile(io.BytesIO(wide_gamut_icc()))
    assert "wide gamut" in ImageCms.getProfileDescription(profile).lower()
    converted = ImageCms.profileToProfile(Image.new("RGB", (1, 1), (60, 170, 70)), profile, ImageCms.createProfile("sRGB"))
    red, green, blue = converted.getpixel((0, 0))
    assert red < 40 and green > 165  # more saturated once expressed in sRGB


def test_bomb_header_claims_huge_size_in_few_bytes():
    data = bomb_png()
    assert len(data) < 200
    with pytest.raises(Image.DecompressionBombError, match="1600000000 pixels"):
        Image.open(io.BytesIO(data))
