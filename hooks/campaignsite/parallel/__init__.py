"""Build a site's languages in parallel: one process per language, as many at once as there are cores.

mkdocs-static-i18n builds one language per MkDocs build, and from the default language's
on_post_build the others, nested inside it, one after another on one core. Here the parent:

1. loads the configuration once and runs every hook's ``prepare(config)``: what all languages
   share (checking docs/ and content/, writing the generated pages, processing images), once;
2. forks a process per language, which inherits that prepared state (nothing is read or checked
   again), sets static-i18n's current language and its ``building`` flag (so it builds its own
   language only, into the same place of the site as a sequential build would) and runs a normal
   strict MkDocs build into a folder of its own; what the finishing steps need it leaves as JSON
   (``BUILD.part``, see campaignsite/state.py);
3. when every language succeeded, merges the folders into one site in static-i18n's order (a file
   outside the language folders, such as the root 404 or a theme asset, is the last language's,
   as in a sequential build), and runs every hook's ``finish_site(config, part)`` on the union of
   the parts, in the order of their priorities: cards and tiles, sitemaps and 404s, search
   indexes, headers.

A failure in any language fails the whole build with that language's messages; nothing is merged.
`mkdocs serve` and plain `mkdocs build` keep building sequentially with the same hooks.
"""
