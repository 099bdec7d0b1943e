"""The analysis core: files -> cleaned text -> sentences, entities, facts.

Pure logic only. Nothing under `reader.core` may import Textual or Rich (a test
enforces it), so the core runs in scripts, in `reader analyze`, and in the UI's
worker thread alike.
"""
