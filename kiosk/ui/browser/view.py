"""The web view: no dropped files or links, and a context menu of harmless actions only."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QMenu, QWidget

_HARMLESS = {
    QWebEnginePage.WebAction.Back,
    QWebEnginePage.WebAction.Forward,
    QWebEnginePage.WebAction.Reload,
    QWebEnginePage.WebAction.Stop,
    QWebEnginePage.WebAction.Cut,
    QWebEnginePage.WebAction.Copy,
    QWebEnginePage.WebAction.Paste,
    QWebEnginePage.WebAction.Undo,
    QWebEnginePage.WebAction.Redo,
    QWebEnginePage.WebAction.SelectAll,
    QWebEnginePage.WebAction.PasteAndMatchStyle,
}


def harmless_menu(view: QWebEngineView) -> QMenu:
    """The page's standard context menu with only harmless actions left in it."""
    menu = view.createStandardContextMenu()
    page = view.page()
    harmless = {page.action(action) for action in _HARMLESS}
    for action in menu.actions():
        if action not in harmless and not action.isSeparator():
            menu.removeAction(action)
    return menu


class KioskView(QWebEngineView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("webView")
        self.setAcceptDrops(False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = harmless_menu(self)
        if any(not a.isSeparator() for a in menu.actions()):
            menu.exec(event.globalPos())
        menu.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        event.ignore()
