"""The Qt-free client side of eCabinet: talking to the server and keeping the device's own state.

Nothing here imports Qt or `ecabinet.server`; the UI (`ecabinet.ui`) drives these objects from background
threads and reacts to what they return or raise, so the same code can serve scripts and tests.
"""
