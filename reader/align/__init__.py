"""Which sentences state the same fact: features, candidate blocking, pair
scoring, grouping into facts, and the explanation of a match.

May import: reader.language, reader.ingest and the base modules.
"""
