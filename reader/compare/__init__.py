"""How the outlets differ, from a finished analysis: claims and number
conflicts, word diffs, omissions, unique sentences, quote groups.

May import: reader.align, reader.language, reader.ingest and the base modules.
Reuses the quotes carried in the model; never finds them again.
"""
