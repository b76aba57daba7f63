"""The change feed: what changed since a client's cursor, filtered per user."""
