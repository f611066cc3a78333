"""Akhbar: raw Persian, Arabic and English news articles to a multilingual briefing."""

__version__ = "0.1.0"
