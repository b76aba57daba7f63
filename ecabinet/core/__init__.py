"""The domain of eCabinet, free of Qt, HTTP and databases, so every layer can share one set of rules."""
