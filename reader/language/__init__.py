"""Language analysis of the cleaned body text: spaCy (nlp), sentences, entities,
numbers, and the quotes and their speakers (found once here, carried in the model).

May import: reader.ingest and the base modules (model, text, errors, settings).
"""
