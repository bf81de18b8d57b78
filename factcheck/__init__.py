"""factcheck: find where news articles about one event agree and disagree."""

__version__ = "0.1.0"
