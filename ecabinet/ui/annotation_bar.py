"""The marking tools above the reader: pen, highlighter, note, eraser, colours, undo/redo, sharing, my notes.

Large buttons (a finger or a pen hits them on a tablet), one tool at a time, and every choice said aloud to a
screen reader by its accessible name. The bar only reports choices; the reader acts on them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ecabinet.ui.style import TOUCH_TARGET_PX
from ecabinet.ui.viewer.annotated_view import PALETTE, Tool

__all__ = ["AnnotationBar"]


class AnnotationBar(QFrame):
    """Tool buttons (exclusive), colour swatches, undo/redo, "share what I mark", my notes, export."""

    tool_chosen = Signal(object)  # Tool
    colour_chosen = Signal(str)
    undo_requested = Signal()
    redo_requested = Signal()
    share_toggled = Signal(bool)
    notes_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationBar")
        self.tool_buttons: dict[Tool, QPushButton] = {}
        self._tools = QButtonGroup(self)
        self._tools.setExclusive(True)
        # Two rows: what to mark with (tools, colours), then what to do with the marks; one row would crowd a
        # tablet in portrait.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        layout = QHBoxLayout()
        layout.setSpacing(6)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        outer.addLayout(layout)
        outer.addLayout(actions)
        for tool in (Tool.READ, Tool.PEN, Tool.HIGHLIGHTER, Tool.NOTE, Tool.ERASER):
            button = self._button(checkable=True)
            button.setObjectName("toolButton")
            button.clicked.connect(lambda _checked=False, t=tool: self._choose_tool(t))
            self._tools.addButton(button)
            self.tool_buttons[tool] = button
            layout.addWidget(button)
        self.tool_buttons[Tool.READ].setChecked(True)
        layout.addSpacing(10)
        self.colour_buttons: dict[str, QPushButton] = {}
        self._colours = QButtonGroup(self)
        self._colours.setExclusive(True)
        for colour in PALETTE:
            swatch = self._button(checkable=True)
            swatch.setObjectName("colourSwatch")
            swatch.setFixedSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
            # The swatch shows its own colour: a per-button rule, since the colour is data, not theme.
            swatch.setStyleSheet(
                f"QPushButton#colourSwatch {{ background: {colour}; border-radius: {TOUCH_TARGET_PX // 2}px; }}"
                f"QPushButton#colourSwatch:checked {{ border: 4px solid palette(window-text); }}"
            )
            swatch.clicked.connect(lambda _checked=False, c=colour: self.colour_chosen.emit(c))
            self._colours.addButton(swatch)
            self.colour_buttons[colour] = swatch
            layout.addWidget(swatch)
        self.colour_buttons[PALETTE[0]].setChecked(True)
        layout.addStretch(1)
        self.undo_button = self._button()
        self.undo_button.clicked.connect(self.undo_requested)
        self.redo_button = self._button()
        self.redo_button.clicked.connect(self.redo_requested)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        self.share_box = QCheckBox()
        self.share_box.setMinimumHeight(TOUCH_TARGET_PX)
        self.share_box.toggled.connect(self.share_toggled)
        actions.addSpacing(10)
        actions.addWidget(self.share_box)
        actions.addStretch(1)
        self.notes_button = self._button()
        self.notes_button.clicked.connect(self.notes_requested)
        self.export_button = self._button()
        self.export_button.clicked.connect(self.export_requested)
        actions.addWidget(self.notes_button)
        actions.addWidget(self.export_button)
        self.set_history(can_undo=False, can_redo=False)
        self.retranslate()

    @staticmethod
    def _button(*, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setCheckable(checkable)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMinimumSize(TOUCH_TARGET_PX, TOUCH_TARGET_PX)
        return button

    def retranslate(self) -> None:
        names = {
            Tool.READ: (self.tr("Read"), self.tr("Read and scroll; tap a mark to share, edit or delete it")),
            Tool.PEN: (self.tr("Pen"), self.tr("Write with the pen")),
            Tool.HIGHLIGHTER: (self.tr("Highlight"), self.tr("Highlight text: drag across the words")),
            Tool.NOTE: (self.tr("Note"), self.tr("Add a note: tap where it belongs")),
            Tool.ERASER: (self.tr("Eraser"), self.tr("Erase your marks: touch them")),
        }
        for tool, (text, description) in names.items():
            button = self.tool_buttons[tool]
            button.setText(text)
            button.setToolTip(description)
            button.setAccessibleName(description)
        colour_names = {
            PALETTE[0]: self.tr("Red"),
            PALETTE[1]: self.tr("Blue"),
            PALETTE[2]: self.tr("Green"),
            PALETTE[3]: self.tr("Yellow"),
            PALETTE[4]: self.tr("Purple"),
        }
        for colour, swatch in self.colour_buttons.items():
            swatch.setAccessibleName(self.tr("Colour: %1").replace("%1", colour_names[colour]))
            swatch.setToolTip(colour_names[colour])
        self.undo_button.setText("↶ " + self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change to your marks"))
        self.redo_button.setText("↷ " + self.tr("Redo"))
        self.redo_button.setAccessibleName(self.tr("Redo"))
        self.share_box.setText(self.tr("Share new marks"))
        self.share_box.setAccessibleName(self.tr("Share what I mark from now on with the meeting's participants"))
        self.share_box.setToolTip(
            self.tr("Private marks stay on this device. Shared ones are seen by the participants of the meeting.")
        )
        self.notes_button.setText(self.tr("My notes"))
        self.notes_button.setAccessibleName(self.tr("List my notes and marks in this meeting"))
        self.export_button.setText(self.tr("Export copy"))
        self.export_button.setAccessibleName(self.tr("Save a copy of this document with my marks as a PDF"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_history(self, *, can_undo: bool, can_redo: bool) -> None:
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)

    def set_tool(self, tool: Tool) -> None:
        """Show `tool` as chosen (without announcing it again)."""
        self.tool_buttons[tool].setChecked(True)

    def set_export_allowed(self, allowed: bool, reason: str = "") -> None:
        self.export_button.setEnabled(allowed)
        self.export_button.setToolTip(reason)

    def _choose_tool(self, tool: Tool) -> None:
        self.tool_chosen.emit(tool)
