"""Shared annotations: the ones a reader chose to show the other readers of a document."""
