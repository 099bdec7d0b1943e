"""What leaves the program: the JSON document, the comparison report, the summary.

May import: reader.pipeline, reader.cache, reader.compare and every stage below.
Never Textual or Rich (the UI sits above this layer).
"""
