"""The minutes' rich text in the app: an editor for paragraphs, bulleted and numbered lists, bold, italic and
underline, and the conversion to the small HTML subset the server keeps (p, br, ul, ol, li, b, i, u).

Qt's own `toHtml()` writes a full document with inline styles (``<span style="font-weight:700">``); the server's
sanitiser drops every attribute, so bold would silently vanish. `document_html` therefore walks the document's
blocks and fragments and writes only the tags the minutes know; `RichTextEdit.set_html` reads the server's
subset back (Qt understands it as it is).
"""

from __future__ import annotations

import html
from typing import Final

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTextEdit, QWidget

from ecabinet.ui.style import TOUCH_TARGET_PX

__all__ = ["FormatBar", "RichTextEdit", "document_html"]

_ORDERED: Final = frozenset(
    {
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListUpperAlpha,
        QTextListFormat.Style.ListLowerRoman,
        QTextListFormat.Style.ListUpperRoman,
    }
)
_LINE_SEPARATOR: Final = "\u2028"  # Shift+Enter: a line break inside a paragraph
_OBJECT: Final = "\ufffc"  # an embedded object (an image pasted in): not part of the minutes


def _inline(block: QTextBlock) -> str:
    """A block's text with <b>, <i>, <u> around the runs that carry them, line breaks as <br/>."""
    out: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            text = fragment.text().replace(_OBJECT, "")
            if text:
                out.append(_wrap(text, fragment.charFormat()))
        iterator += 1
    return "".join(out)


def _wrap(text: str, fmt: QTextCharFormat) -> str:
    escaped = "<br/>".join(html.escape(part, quote=False) for part in text.split(_LINE_SEPARATOR))
    if not text.strip(_LINE_SEPARATOR + " "):
        return escaped  # formatting on blanks means nothing in the minutes
    if fmt.fontUnderline() and not fmt.isAnchor():  # a pasted link is underlined by Qt, not by its author
        escaped = f"<u>{escaped}</u>"
    if fmt.fontItalic():
        escaped = f"<i>{escaped}</i>"
    if fmt.fontWeight() >= QFont.Weight.DemiBold.value:
        escaped = f"<b>{escaped}</b>"
    return escaped


def document_html(document: QTextDocument) -> str:
    """The document as the minutes' HTML subset; empty paragraphs are left out, an empty document is ""."""
    out: list[str] = []
    open_list: tuple[object, str] | None = None  # (the QTextList, "ul" or "ol")
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        inline = _inline(block)
        if text_list is not None:
            tag = "ol" if text_list.format().style() in _ORDERED else "ul"
            if open_list is None or open_list[0] != text_list:
                if open_list is not None:
                    out.append(f"</{open_list[1]}>")
                out.append(f"<{tag}>")
                open_list = (text_list, tag)
            if inline:
                out.append(f"<li>{inline}</li>")
        else:
            if open_list is not None:
                out.append(f"</{open_list[1]}>")
                open_list = None
            if inline.replace("<br/>", "").strip():
                out.append(f"<p>{inline}</p>")
        block = block.next()
    if open_list is not None:
        out.append(f"</{open_list[1]}>")
    result = "".join(out)
    return "" if result in ("<ul></ul>", "<ol></ol>") else result


class RichTextEdit(QTextEdit):
    """A text box for a decision or the general remarks; grows with its text (within limits), keeps only what
    the minutes can print (pasting keeps bold and lists, drops colours, fonts and images)."""

    focused = Signal(object)  # self: the format bar follows the box being written in
    MIN_HEIGHT: Final = 3 * TOUCH_TARGET_PX // 2
    MAX_HEIGHT: Final = 360

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.document().setDocumentMargin(8)
        self.document().contentsChanged.connect(self._fit_height)
        self._fit_height()

    def html(self) -> str:
        return document_html(self.document())

    def set_html(self, text: str) -> None:
        """Show the server's rich text (already its safe subset)."""
        self.document().setHtml(text or "")
        self._fit_height()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste: the HTML is brought down to the minutes' subset first (no colours, fonts or images)."""
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            self.textCursor().insertHtml(document_html(scratch))
            return
        super().insertFromMimeData(source)

    def _fit_height(self) -> None:
        height = round(self.document().size().height()) + 2 * self.frameWidth() + 4
        self.setFixedHeight(max(self.MIN_HEIGHT, min(self.MAX_HEIGHT, height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    # -- formatting (the format bar and the keyboard shortcuts) ------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold.value
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.fontUnderline())
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, ordered: bool) -> None:
        """Bullets or numbers for the paragraphs selected; the same again makes them paragraphs."""
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and (current.format().style() in _ORDERED) == ordered:
            document = self.document()
            start = document.findBlock(cursor.selectionStart())
            end = document.findBlock(cursor.selectionEnd())
            block = start
            while block.isValid():
                if block.textList() is not None:
                    block.textList().remove(block)
                    block_cursor = self.textCursor()
                    block_cursor.setPosition(block.position())
                    block_format = block.blockFormat()
                    block_format.setIndent(0)
                    block_cursor.setBlockFormat(block_format)
                if block == end:
                    break
                block = block.next()
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            cursor.createList(style)
        cursor.endEditBlock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        for keys, action in (
            (QKeySequence.StandardKey.Bold, self.toggle_bold),
            (QKeySequence.StandardKey.Italic, self.toggle_italic),
            (QKeySequence.StandardKey.Underline, self.toggle_underline),
        ):
            if event.matches(keys):
                action()
                event.accept()
                return
        super().keyPressEvent(event)


class FormatBar(QFrame):
    """Bold, italic, underline, bullets and numbers for the text box last written in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatBar")
        self.target: RichTextEdit | None = None
        self.bold_button = QPushButton("B")
        self.italic_button = QPushButton("I")
        self.underline_button = QPushButton("U")
        self.bullets_button = QPushButton("•≡")
        self.numbers_button = QPushButton("1.≡")
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        font = self.underline_button.font()
        font.setUnderline(True)
        self.underline_button.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for button, action in (
            (self.bold_button, lambda edit: edit.toggle_bold()),
            (self.italic_button, lambda edit: edit.toggle_italic()),
            (self.underline_button, lambda edit: edit.toggle_underline()),
            (self.bullets_button, lambda edit: edit.toggle_list(False)),
            (self.numbers_button, lambda edit: edit.toggle_list(True)),
        ):
            button.setMinimumSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the text box keeps the focus and its selection
            button.clicked.connect(lambda _c=False, act=action: self._apply(act))
            layout.addWidget(button)
        layout.addStretch(1)
        self.setEnabled(False)
        self.retranslate()

    def follow(self, edit: RichTextEdit) -> None:
        self.target = edit
        self.setEnabled(not edit.isReadOnly())

    def _apply(self, action: object) -> None:
        if self.target is not None and callable(action):
            action(self.target)
            self.target.setFocus()

    def retranslate(self) -> None:
        for button, name in (
            (self.bold_button, self.tr("Bold")),
            (self.italic_button, self.tr("Italic")),
            (self.underline_button, self.tr("Underline")),
            (self.bullets_button, self.tr("Bulleted list")),
            (self.numbers_button, self.tr("Numbered list")),
        ):
            button.setToolTip(name)
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
