"""Machine-readable outputs of the collections: iCalendar, Atom, open data and JSON-LD."""
