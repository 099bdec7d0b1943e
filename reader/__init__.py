"""reader: several outlets' articles on one story, side by side, aligned by fact.

Importing the package costs nothing: heavy modules (spaCy, Textual, trafilatura)
are imported only where they are used.
"""

__version__ = "0.1.0"
