"""The Berlin chapter's surveillance games: one package each, one line each in registry.py."""
