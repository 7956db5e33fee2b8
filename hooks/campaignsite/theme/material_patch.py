"""The documented patches of Material's JavaScript bundle, each checked against the bundle it patches.

1. Sitemap. Material fetches ``sitemap.xml`` relative to *every* ``<link rel=alternate>`` in
   <head> (it expects them to be language roots). Our hreflang links are per page, so it would
   request ``/en/province/sitemap.xml`` (a 404) and, with an absolute site_url, a third-party
   host. Our language switcher already links each page to its own translation, so that lookup is
   not needed: we narrow its selector to links that opt in, and none do.

2. Lazy search index. Material fetches the search index on every page load (its search box and
   its search.highlight both subscribe at once). We make the index wait until the search toggle
   is on (the reader opened or focused search, or ``?q=`` opened it) or the page was reached from
   a result (``?h=``, what search.highlight marks). The replacement reuses the minified helpers
   of Material's own deferred start of search (``setupSearchWorker``, which waits the same way
   for ``file:`` sites): merge, of, watchToggle("search"), first, switchMap, and shareReplay from
   fetchSearchIndex; those two passages must be present as written, or the names mean something
   else.

3. Lazy search worker. ``watchWorker`` creates the worker (downloading lunr and Material's
   search code) as the page loads. We hand it a stand-in that creates the real worker when the
   first message is posted, which is the index's setup message, sent once the index has come.
   Plain JavaScript: it relies on no minified name.

A Material upgrade that changes any of this fails the build with the patch's name.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Patch:
    name: str
    original: str           # must occur exactly once
    patched: str
    relies_on: tuple[str, ...] = ()  # other passages of the bundle whose minified names `patched` uses


_AWAIT_SEARCH = 'L($(/[?&][qh]=/.test(location.search)),Je("search")).pipe(Re(o=>o),b(()=>ks()),Z(1))'
_LAZY_WORKER = ('new class extends EventTarget{postMessage(d){this.w||(this.w=new Worker(e),'
                'this.w.onmessage=v=>this.dispatchEvent(new MessageEvent("message",{data:v.data})));'
                'this.w.postMessage(d)}}')

PATCHES = (
    Patch("sitemap lookup of the alternate links",
          'M("link[rel=alternate]")', 'M("link[rel=alternate][data-md-sitemap]")'),
    Patch("lazy search index",
          'zi=document.forms.namedItem("search")?ks():tt',
          'zi=document.forms.namedItem("search")?' + _AWAIT_SEARCH + ':tt',
          relies_on=('L($(location.protocol!=="file:"),Je("search")).pipe(Re(o=>o),b(()=>t))',
                     '.pipe(m(()=>__index),Z(1))')),
    Patch("lazy search worker",
          'function Mn(e,t=new Worker(e)){', 'function Mn(e,t=' + _LAZY_WORKER + '){'),
)


class PatchError(Exception):
    pass


def patch_bundle(source: str, patches: tuple[Patch, ...] = PATCHES) -> str:
    for patch in patches:
        count = source.count(patch.original)
        missing = [text for text in patch.relies_on if text not in source]
        if count != 1 or missing:
            found = f"found it {count} times" if count != 1 else f"but not {missing[0]}"
            raise PatchError(
                f"{patch.name}: expected {patch.original} once in Material's bundle, {found}: "
                "Material was upgraded; review hooks/campaignsite/theme/material_patch.py"
            )
        source = source.replace(patch.original, patch.patched)
    return source
