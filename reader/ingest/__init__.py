"""Files -> documents -> cleaned documents: load, decode, strip boilerplate and
front matter, infer metadata, tell the language, find copies.

May import: reader.model, reader.text, reader.errors, reader.settings. Never spaCy.
"""
