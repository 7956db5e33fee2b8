"""Security headers for the host and a matching <meta> Content-Security-Policy in every page.

Material inlines a few small scripts; instead of 'unsafe-inline' the policy lists their sha256
hashes, computed from the built pages (they differ by page depth and theme version). Hosts that
read `_headers` (Netlify, Cloudflare Pages) get the full set; GitHub Pages serves no headers, so
each page also carries what a <meta> policy can express (not frame-ancestors, not reporting).
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

PLACEHOLDER = "<!-- cs:csp -->"
_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S | re.I)
_DATA_TYPES = ("application/ld+json", "application/json")

BASE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # OpenSeadragon 6.1.1 (overrides/assets/vendor/openseadragon) inserts one fixed <style> when the
    # zoom viewer opens; allowing exactly that text avoids a CSP report (theme.css keeps focus visible).
    "style-src": ["'self'", "'sha256-9xTiqzfwFaL2SGb1rmr8gysEwVVjIvqWAgmZgqFqpEE='"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
HEADER_ONLY = {"frame-ancestors": ["'none'"]}  # ignored in <meta>, so only in the headers file

OTHER_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def inline_script_hashes(html: str) -> set[str]:
    """CSP source expressions for the executable inline scripts of a page."""
    hashes = set()
    for attributes, body in _INLINE_SCRIPT.findall(html):
        kind = re.search(r'type\s*=\s*["\']?([^"\'\s>]+)', attributes)
        if kind and kind.group(1).lower() in _DATA_TYPES:
            continue  # data blocks are never executed
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes.add(f"'sha256-{digest}'")
    return hashes


def policy(hashes: set[str], for_header: bool) -> str:
    directives = {name: list(values) for name, values in BASE_POLICY.items()}
    directives["script-src"] += sorted(hashes)
    if for_header:
        directives.update(HEADER_ONLY)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


def meta_tag(hashes: set[str]) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes, for_header=False)}">'


def headers_file(hashes: set[str]) -> str:
    """Netlify / Cloudflare Pages `_headers`: the same rules for every path."""
    lines = ["/*", f"  Content-Security-Policy: {policy(hashes, for_header=True)}"]
    lines += [f"  {name}: {value}" for name, value in OTHER_HEADERS.items()]
    lines += ["", "/assets/*", "  Cache-Control: public, max-age=604800", ""]
    return "\n".join(lines)


def secure_page(html: str) -> tuple[str, set[str]]:
    """A written page with its meta policy in place, and the hashes of its inline scripts."""
    hashes = inline_script_hashes(html)
    if PLACEHOLDER in html:
        html = html.replace(PLACEHOLDER, meta_tag(hashes), 1)
    return html, hashes


def write_headers(site_dir: Path, hashes: set[str]) -> None:
    """`_headers` with the hashes of every page's inline scripts."""
    (site_dir / "_headers").write_text(headers_file(hashes), encoding="utf-8")
