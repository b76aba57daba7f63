"""The PDF reader, split as in qpageview: rendering (`renderer`), and the scrolling page view (`view`).

Pages are rendered by a worker process (`ecabinet.pdf.render`) and shown by `DocumentView`, which lays the pages
out, asks the `RenderService` for what is visible and paints placeholders until the pixels arrive.
"""

from ecabinet.ui.viewer.renderer import ImageCache, RenderKey, RenderService
from ecabinet.ui.viewer.view import DocumentView, FitMode

__all__ = ["DocumentView", "FitMode", "ImageCache", "RenderKey", "RenderService"]
