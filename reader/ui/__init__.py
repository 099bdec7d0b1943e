"""The terminal UI: Textual only, fed by `reader.core`, never the reverse.

Nothing here opens article files or imports spaCy: the app receives loaded
documents from the CLI and an `Analysis` from a worker thread.
"""
