"""What content may put into a page: an allow-list of elements and attributes, and the rules for
addresses and plain-text fields.

One policy for everything that reaches HTML from content: the rendered Markdown of pages and
items (content/safety.py walks it) and the fields the templates render (content/fields.py, the
collections' schemas, the vocabulary, the interface words). Nothing is stripped: a value is
published as written, or a problem says what to write instead. Each rule is documented for
editors in README.md ("Raw HTML in pages") and content/README.md.
"""
from __future__ import annotations

import html
import re

# ---------- elements and attributes ----------

# What the site's Markdown and its extensions (mkdocs.yml `markdown_extensions`) write.
MARKDOWN_ELEMENTS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br", "pre", "code", "em", "strong",
    "ul", "ol", "li", "a", "img",                         # Markdown itself
    "table", "thead", "tbody", "tr", "th", "td",          # tables
    "dl", "dt", "dd",                                     # def_list
    "div", "sup",                                         # admonition, footnotes (div.footnote, sup.fnref)
    "details", "summary",                                 # pymdownx.details
}
# The few elements an editor may also write as raw HTML (with md_in_html's `markdown` for blocks).
EDITOR_ELEMENTS = {"span", "abbr", "sub", "small", "mark"}
ELEMENTS = MARKDOWN_ELEMENTS | EDITOR_ELEMENTS

# Harmless on any element: attr_list's `{: #id .class }`, tooltips, and a passage's language.
GLOBAL_ATTRIBUTES = {"id", "class", "title", "lang"}
ATTRIBUTES = {
    "a": GLOBAL_ATTRIBUTES | {"href"},
    # hooks/images.py turns each <img> into a <picture> keeping only these (no `lang`): anything
    # else would vanish silently.
    "img": {"id", "class", "title", "src", "alt", "width"},
    "th": GLOBAL_ATTRIBUTES | {"style"},  # tables: style="text-align: …" of an aligned column
    "td": GLOBAL_ATTRIBUTES | {"style"},
    "ol": GLOBAL_ATTRIBUTES | {"start"},  # a list that starts at another number
    "details": GLOBAL_ATTRIBUTES | {"open"},  # pymdownx.details: ???+ opens the block
}
URL_ATTRIBUTES = {"href", "src", "srcset", "poster", "action", "formaction", "cite", "data", "background",
                  "ping", "longdesc", "manifest", "codebase", "icon", "xlink:href"}

_SCRIPT = "scripts belong in the theme, not in content"
_EMBED = "nothing on this site loads from another host: link to the page instead, [title](https://…)"
_FORM = "a form sends what readers type, perhaps to another host: link to the service's own page instead"
_FORMATTING = "write **bold** or *italic* in Markdown"
ELEMENT_HINTS = {
    "script": _SCRIPT, "noscript": _SCRIPT,
    **dict.fromkeys(["iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe"], _EMBED),
    **dict.fromkeys(["video", "audio", "source", "track"],
                    "media players load from elsewhere and are not part of content: link to the file instead, [title](file.mp4)"),
    "picture": "write ![description](image.jpg): the build makes the <picture> and its sizes",
    "meta": "a page's title and description go in its front matter; to send readers to another page, link to it: [new page](new-page.md)",
    "base": "links are resolved from the page itself: remove <base> and write relative links",
    "link": "stylesheets and fonts belong in the theme (overrides/assets/): link to pages with [text](page.md)",
    "style": "styles belong in the theme (overrides/assets/stylesheets/): give the element a class the theme defines, {: .class }",
    **dict.fromkeys(["form", "input", "button", "select", "textarea", "option", "label", "fieldset", "output", "datalist"], _FORM),
    "svg": "put the drawing in an .svg file beside the page and show it with ![description](drawing.svg)",
    "math": "write the formula as text, or as an image: ![description](formula.svg)",
    **dict.fromkeys(["b", "i", "u", "font", "center"], _FORMATTING),
}
ALLOWED_HINT = "content may use the elements listed in README.md, 'Raw HTML in pages': write it in Markdown instead"


def element_problem(tag: str) -> str | None:
    if tag in ELEMENTS:
        return None
    return f"<{tag}> is not allowed: {ELEMENT_HINTS.get(tag, ALLOWED_HINT)}"


def attribute_problem(tag: str, name: str, value: str) -> str | None:
    """Why ``name="value"`` may not stand on an allowed element ``tag``, or None."""
    if name.startswith("on"):
        return f"{name}= is an event handler, that is a script: remove it; {_SCRIPT}"
    allowed = ATTRIBUTES.get(tag, GLOBAL_ATTRIBUTES)
    if name not in allowed:
        if name == "style":
            return style_problem(value) or "style= is not allowed here: give the element a class the theme defines, {: .class }"
        if name in URL_ATTRIBUTES and (problem := url_problem(value, link=False)):
            return f"{name}= {problem}"
        return f"{name}= is not allowed on <{tag}>: remove it (<{tag}> may have {', '.join(sorted(allowed))})"
    if name in ("href", "src"):
        problem = url_problem(value, link=name == "href")
        return f"{name}= {problem}" if problem else None
    if name == "style":
        return style_problem(value)
    if name == "id" and value.startswith("__"):
        return "ids starting with __ belong to the theme: choose another id"
    if name in ("width", "start") and not value.isdigit():
        return f"{name}= must be a whole number, e.g. {{: {name}={480 if name == 'width' else 3} }}"
    return None


# ---------- addresses ----------

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CONTROLS_AND_SPACE = "".join(chr(code) for code in range(0x21))
LINK_SCHEMES = {"http", "https", "mailto", "tel"}
SCRIPT_SCHEMES = {"javascript", "vbscript"}


def browser_form(value: str) -> str:
    """The address as a browser reads it: leading and trailing controls and spaces go, tabs and
    line breaks inside vanish (so "java\\tscript:" is "javascript:"); entities are already decoded."""
    return re.sub(r"[\t\n\r]", "", value.strip(_CONTROLS_AND_SPACE))


def url_problem(value: str, *, link: bool) -> str | None:
    """Why an address may not appear in content, or None. ``link``: the target of <a href>, which
    may go to another host (listed in .build/external-links.txt); anything else the page loads
    (images, media, styles) must be on this site."""
    address = browser_form(value)
    match = _SCHEME.match(address)
    scheme = match.group(1).lower() if match else None
    if scheme in SCRIPT_SCHEMES:
        return f"is a {scheme}: address, which runs a script: link to a page or a file instead"
    if scheme == "data":
        return "is a data: address, a file hidden inside the page: put the file in docs/ (or the item's folder) and link to it"
    control = _CONTROL.search(value)
    if control:
        return f"contains an invisible control character (U+{ord(control.group()):04X}): remove it"
    no_scheme_host = address.replace("\\", "/").startswith("//")  # browsers read \ as / in web addresses
    if not link and (no_scheme_host or scheme in ("http", "https")):
        return ("loads from another host, which then sees every reader: put the file in docs/ (or the item's folder) "
                "and write a relative address, ![description](file.png)")
    if no_scheme_host:
        return "starts with //, another host: write the address in full, https://…"
    if scheme is not None and (scheme not in LINK_SCHEMES or not link):
        return f"uses {scheme}:, which content may not: link to a page of this site, an https:// address, mailto: or tel:"
    return None


# ---------- CSS ----------

_ALIGNMENT = re.compile(r"^\s*text-align\s*:\s*(left|right|center)\s*$", re.I)


def style_problem(value: str) -> str | None:
    """style= only as Markdown tables write it (text-align of a column); every other style is the theme's."""
    if all(_ALIGNMENT.match(part) for part in value.split(";") if part.strip()):
        return None
    if "url(" in value.lower().replace(" ", "") or "@import" in value.lower():
        return ("style= loads a file with CSS url(): images go in the page, ![description](file.png), "
                "and styles in the theme; nothing loads from another host")
    return "style= may only align a table column: give the element a class the theme defines, {: .class }"


# ---------- fields that templates render ----------

def text_problem(value: str) -> str | None:
    """Titles, summaries, captions, alt texts, source titles, labels: text, never markup."""
    if "<" in value or ">" in value:
        return "must be plain text: remove HTML tags and the characters < and >"
    if html.unescape(value) != value:
        return "must be plain text: write the character itself, not an HTML entity such as &amp; or &#39;"
    control = _CONTROL.search(value)
    if control:
        return f"contains an invisible control character (U+{ord(control.group()):04X}): remove it"
    return None


# A full web address, written into an href as it is: none of the characters that could end an
# attribute or hide a scheme.
_WEB_ADDRESS = re.compile(r"^https?://[^\s/\"'<>`\\]+\.[^\s\"'<>`\\]+$")


def web_address_problem(value: str) -> str | None:
    """A field that becomes a link to another site (a source, an official page)."""
    if not _WEB_ADDRESS.match(value) or url_problem(value, link=True):
        return "must be a full web address starting with https:// (or http://), without spaces or quotes"
    return None


_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def email_problem(value: str) -> str | None:
    """An address written into href="mailto:…": letters, digits and . _ % + - only."""
    return None if _EMAIL.match(value) else "must be an e-mail address such as press@example.gov.vn"


_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def key_problem(value: str) -> str | None:
    """Vocabulary keys end up in filters' attributes: lower-case letters, digits and hyphens."""
    return None if _KEY.match(value) else "must be lower-case letters, digits and hyphens, e.g. old-town"
