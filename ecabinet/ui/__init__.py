"""The Qt desktop and tablet app: the only package that imports PySide6.

Widgets here are thin: they start an operation (see `operations.py`, driven by `session.py`) and react to
its signals; talking to the server, files and keys belong to `ecabinet.client`.
"""
