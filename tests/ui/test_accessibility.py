"""Automated accessibility checks (issue #8; RGAA 4.1 / WCAG 2.2 AA): the stylesheet's
contrasts, the size of every touch target, and the accessible name of every control.

Contrast (WCAG 1.4.3 and 1.4.11), read from kiosk/assets/style.qss by a small parser
(`selectors { property: value; }`, comments ignored; a comma-separated selector list gives
each selector the same declarations). The approach is explicit rather than a full Qt
cascade:

* Text pairs. (a) Every selector that sets `color`. (b) Every selector that sets only a
  `background-color` on something that shows text (QLabel, QPushButton, QToolButton,
  QLineEdit, QListWidget, a QTabBar tab), such as `QPushButton:hover` or `QListWidget`.
  Icon-only controls (`#staffCorner`) show no text and are left out.
* A property a selector does not set is looked up, in order, on the same selector without
  its pseudo-states (`QPushButton[role="primary"]:hover` -> `QPushButton[role="primary"]`),
  on the bare widget type of its last part (`QPushButton`), then on the global `QWidget`.
  The background is the exception: after the selector without pseudo-states, it is the
  background of the rule its ancestor part names (the text before the last space, e.g.
  `QFrame#overlayCard` for `QFrame#overlayCard QLabel`), else the global `QWidget` one.
* rgba() and `transparent` are alpha-blended over that parent background; colours are
  #rgb, #rrggbb, rgb() or rgba() (alpha 0-255 or a percentage); anything else fails loudly.
* Text needs 4.5:1, or 3:1 when large: font-size >= 24px, or >= 18.66px and bold. Buttons
  are judged by their own font size too. `:disabled` text must still reach 4.5:1.
* Boundaries (1.4.11): every border colour set on a button, tool button, line edit or tab
  (except `:disabled`, which WCAG exempts) needs 3:1 against what surrounds the control:
  its ancestor rule's background, or, with no ancestor in the selector, both the screen
  background (`QWidget`) and an overlay card (`QFrame#overlayCard`), where it may sit;
  unless PLACED_IN says the code puts that control in one container only.

Target size and names walk a real shell (1280x800, offscreen) through every screen a person
or a mediator can reach, checking each visible control there: enabled buttons and line
edits, and QTabBar tabs, at least 44x44 px (list items are exempt); buttons, line edits and
lists with a non-empty accessible name.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.artifacts import Origin
from kiosk.clock import FakeClock
from kiosk.roles import Role
from kiosk.ui.app import ShellApp
from kiosk.ui.assets import ASSETS

LEFT = Qt.MouseButton.LeftButton
MIN_TARGET = 44
MEDIATOR_PIN = "482913"

RGB = tuple[float, float, float]
Rules = dict[str, dict[str, str]]

GLOBAL = "QWidget"
CARD = "QFrame#overlayCard"
TEXT_TYPES = {"QLabel", "QPushButton", "QToolButton", "QLineEdit", "QListWidget", "QTabBar"}
CONTROL_TYPES = {"QPushButton", "QToolButton", "QLineEdit", "QTabBar"}
ICON_ONLY = ("#staffCorner",)
# Controls whose selector does not say where they sit, but which the code only ever puts in
# one container: compact_button() is only used in the session bar.
PLACED_IN = {'QToolButton[role="compact"]': "QWidget#sessionBar"}
QT_CLOSE_BUTTON = "CloseButton"
_COLOUR = re.compile(r"#[0-9a-fA-F]{3,6}\b|rgba?\([^)]*\)|\btransparent\b")


# -- the stylesheet -----------------------------------------------------------------------


def parse_qss(text: str) -> Rules:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    rules: Rules = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip().lower()] = value.strip()
        for selector in selectors.split(","):
            rules.setdefault(" ".join(selector.split()), {}).update(declarations)
    return rules


def parse_colour(value: str) -> tuple[RGB, float]:
    """(r, g, b) in 0-255 and an alpha in 0-1."""
    value = value.strip().lower()
    if value == "transparent":
        return (0.0, 0.0, 0.0), 0.0
    if match := re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value):
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        r, g, b = (float(int(digits[i : i + 2], 16)) for i in (0, 2, 4))
        return (r, g, b), 1.0
    if match := re.fullmatch(r"rgba?\(([^)]*)\)", value):
        parts = [p.strip() for p in match.group(1).split(",")]
        r, g, b = (float(p) for p in parts[:3])
        alpha = 1.0
        if len(parts) == 4:
            raw = parts[3]
            alpha = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw) / 255
        return (r, g, b), alpha
    raise ValueError(f"unsupported colour in style.qss: {value!r}")


def blend(colour: str, under: RGB) -> RGB:
    """`colour` as seen over the opaque `under` (rgba and transparent are see-through)."""
    (r, g, b), alpha = parse_colour(colour)

    def mix(c: float, u: float) -> float:
        return alpha * c + (1 - alpha) * u

    return mix(r, under[0]), mix(g, under[1]), mix(b, under[2])


def luminance(rgb: RGB) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def hex_of(rgb: RGB) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in rgb)


def without_states(selector: str) -> str:
    """`QTabBar::tab:selected` -> `QTabBar::tab` (subcontrols stay)."""
    return re.sub(r"(?<!:):[a-z-]+", "", selector)


def last_part(selector: str) -> str:
    return selector.rsplit(" ", 1)[-1]


def widget_type(selector: str) -> str:
    match = re.match(r"[A-Za-z]+", last_part(selector))
    return match.group(0) if match else ""


def lookup(rules: Rules, selector: str, prop: str) -> str | None:
    for candidate in (selector, without_states(selector), widget_type(selector), GLOBAL):
        if prop in rules.get(candidate, {}):
            return rules[candidate][prop]
    return None


def background(rules: Rules, selector: str) -> RGB:
    """The opaque background behind `selector`'s text (see the module docstring)."""
    global_bg, alpha = parse_colour(rules[GLOBAL]["background-color"])
    assert alpha == 1.0, "the global QWidget background must be opaque"
    if selector == GLOBAL:
        return global_bg
    for candidate in (selector, without_states(selector)):
        own = rules.get(candidate, {}).get("background-color")
        if own is not None:
            return blend(own, surroundings(rules, selector)[0])
    return surroundings(rules, selector)[0]


def surroundings(rules: Rules, selector: str) -> list[RGB]:
    """What a control or text of `selector` may sit on."""
    ancestor = selector.rsplit(" ", 1)[0] if " " in selector else None
    ancestor = ancestor or PLACED_IN.get(without_states(selector))
    if ancestor is not None and ancestor in rules:
        return [background(rules, ancestor)]
    if ancestor is None and widget_type(selector) in CONTROL_TYPES:
        return [background(rules, GLOBAL), background(rules, CARD)]
    return [background(rules, GLOBAL)]


def is_large(rules: Rules, selector: str) -> bool:
    size = float((lookup(rules, selector, "font-size") or "0").removesuffix("px"))
    weight = lookup(rules, selector, "font-weight") or "normal"
    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 700)
    return size >= 24 or (bold and size >= 18.66)


def text_selectors(rules: Rules) -> list[str]:
    chosen = []
    for selector, props in rules.items():
        if "color" in props:
            chosen.append(selector)
            continue
        subcontrol = re.search(r"::([a-z-]+)", last_part(selector))
        if (
            "background-color" in props
            and widget_type(selector) in TEXT_TYPES
            and (subcontrol is None or subcontrol.group(1) == "tab")
            and not any(name in selector for name in ICON_ONLY)
        ):
            chosen.append(selector)
    return chosen


def border_colour(props: dict[str, str]) -> str | None:
    if "border-color" in props:
        return props["border-color"]
    found = _COLOUR.search(props.get("border", ""))
    return found.group(0) if found else None


@pytest.fixture(scope="module")
def rules() -> Rules:
    return parse_qss((ASSETS / "style.qss").read_text(encoding="utf-8"))


def test_the_parser_reads_the_stylesheet(rules: Rules) -> None:
    assert rules[GLOBAL]["background-color"] == "#f6f4ef"
    assert rules["QLabel#overlayText"]["font-size"] == "24px"  # one of a selector list
    assert background(rules, "QFrame#overlayCard QLabel") == (255.0, 255.0, 255.0)
    assert background(rules, 'QToolButton[role="tile"]:disabled') == parse_colour("#e5e7eb")[0]
    assert without_states('QPushButton[role="primary"]:hover') == 'QPushButton[role="primary"]'
    over = blend("rgba(0, 0, 0, 51)", (255.0, 255.0, 255.0))
    assert over == pytest.approx((204.0, 204.0, 204.0))
    assert contrast((0.0, 0.0, 0.0), (255.0, 255.0, 255.0)) == pytest.approx(21.0)


def test_every_text_is_readable_on_its_background(rules: Rules) -> None:
    failures = []
    for selector in text_selectors(rules):
        colour = lookup(rules, selector, "color")
        assert colour is not None
        under = background(rules, selector)
        ratio = contrast(blend(colour, under), under)
        large = is_large(rules, selector) and ":disabled" not in selector
        needed = 3.0 if large else 4.5
        if ratio < needed:
            failures.append(
                f"{selector}: {colour} on {hex_of(under)} is {ratio:.2f}:1, needs {needed}"
            )
    assert not failures, "\n".join(failures)


def test_controls_boundaries_stand_out_from_their_surroundings(rules: Rules) -> None:
    failures = []
    checked = 0
    for selector, props in rules.items():
        colour = border_colour(props)
        if (
            widget_type(selector) not in CONTROL_TYPES
            or ":disabled" in selector
            or colour is None
            or props.get("border") == "none"
        ):
            continue
        for around in surroundings(rules, selector):
            checked += 1
            ratio = contrast(blend(colour, around), around)
            if ratio < 3.0:
                failures.append(f"{selector}: border {colour} on {hex_of(around)} is {ratio:.2f}:1")
    assert checked >= 10  # the parser did find the button rules
    assert not failures, "\n".join(failures)


# -- what the contrast checks assume about the shell ----------------------------------------


def shown_surface(shell: ShellApp, qtbot: QtBot, selector: str) -> QWidget:
    """Show the widget whose background `selector` styles, and return it."""
    window = shell.window
    qtbot.mouseClick(window.attract.touch, LEFT)
    if selector == CARD:
        window.help_panel.open()
        return window.help_panel.card
    if selector == "QFrame#privacyCard":
        window.privacy_cover.open()
        return window.privacy_cover.card
    if selector == "QWidget#sessionBar":
        return window.bar
    assert selector == GLOBAL
    return window.home


SURFACES = [
    GLOBAL,
    CARD,
    "QFrame#privacyCard",
    "QWidget#sessionBar",
]


def test_every_surface_a_background_is_taken_from_is_checked(rules: Rules) -> None:
    ancestors = {s.rsplit(" ", 1)[0] for s in text_selectors(rules) if " " in s}
    ancestors |= set(PLACED_IN.values()) | {GLOBAL, CARD}
    checked = {p if isinstance(p, str) else p.values[0] for p in SURFACES}
    assert ancestors <= checked


@pytest.mark.parametrize("selector", SURFACES)
def test_the_surfaces_the_contrast_checks_assume_are_painted(
    shell: ShellApp, qtbot: QtBot, rules: Rules, selector: str
) -> None:
    surface = shown_surface(shell, qtbot, selector)
    QApplication.processEvents()
    # Just inside the surface's top edge, where its margins leave no child.
    point = surface.mapTo(shell.window, QPoint(surface.width() // 2, 5))
    painted = shell.window.grab().toImage().pixelColor(point)
    expected = background(rules, selector)
    seen = (float(painted.red()), float(painted.green()), float(painted.blue()))
    message = f"{selector} is painted {hex_of(seen)}, the stylesheet says {hex_of(expected)}"
    assert seen == pytest.approx(expected, abs=3), message


# -- walking the shell ---------------------------------------------------------------------


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


def type_pin(shell: ShellApp, qtbot: QtBot, pin: str) -> None:
    dialog = shell.window.unlock
    for digit in pin:
        qtbot.mouseClick(dialog.findChild(QPushButton, f"pin_{digit}"), LEFT)
    qtbot.mouseClick(dialog.ok, LEFT)


def open_two_offline_tabs(shell: ShellApp, qtbot: QtBot) -> QTabBar:
    """From the Internet start page: two tabs, so the tab bar shows with its close buttons;
    their pages cannot connect, so the "no connection" panel shows too."""
    browser = shell.window.controller.browser  # type: ignore[union-attr]
    assert browser is not None
    for _ in range(2):
        qtbot.mouseClick(browser.start, LEFT)
        browser.open_url(closed_port_url())
        qtbot.waitUntil(lambda: browser.stack.currentWidget() is browser.problem, timeout=20000)
    assert browser.tab_bar.isVisible()
    return browser.tab_bar


def device_screens(shell: ShellApp, qtbot: QtBot, tmp_path: Path) -> Iterator[str]:
    """Scan (choose, pages, size), Print, My safe (welcome, new safe, inside), USB stick."""
    window = shell.window
    devices = window.controller.devices  # type: ignore[union-attr]
    qtbot.mouseClick(window.home.tiles["scan"], LEFT)
    scan = devices.scan
    assert scan is not None
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in scan.preset_buttons.values()))
    yield "scan: what is it"
    qtbot.mouseClick(scan.preset_buttons[next(iter(scan.preset_buttons))], LEFT)
    qtbot.waitUntil(lambda: scan.thumbs.count() == 1, timeout=10_000)
    yield "scan: pages"
    qtbot.mouseClick(scan.finish_button, LEFT)
    qtbot.waitUntil(scan.save_button.isEnabled, timeout=20_000)
    yield "scan: size"
    qtbot.mouseClick(scan.save_button, LEFT)
    button = window.tray.print_buttons[max(window.tray.print_buttons)]
    qtbot.mouseClick(button, LEFT)
    printing = devices.print
    assert printing is not None
    qtbot.waitUntil(printing.print_button.isEnabled, timeout=10_000)
    yield "print"
    qtbot.mouseClick(window.home.tiles["safe"], LEFT)
    yield "safe: welcome"
    safe = devices.safe
    assert safe is not None
    qtbot.mouseClick(safe.create_button, LEFT)
    qtbot.waitUntil(lambda: safe.steps.currentWidget() is safe.created, timeout=20_000)
    yield "safe: new safe"
    safe.confirm.setText(safe.created_values[2].text().rsplit("-", 1)[-1])
    qtbot.mouseClick(safe.confirm_button, LEFT)
    yield "safe: inside"
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "lettre.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    shell.core.usb._sticks.insert(stick)  # type: ignore[union-attr]
    notice = devices._usb_notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    yield "usb: detected"
    qtbot.mouseClick(notice.open_button, LEFT)
    usb = devices.usb
    assert usb is not None
    qtbot.waitUntil(lambda: usb.list.count() > 0, timeout=10_000)
    yield "usb: files"


def every_screen(shell: ShellApp, qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[str]:
    """Arrange each screen in turn, as a person would reach it, and yield its name."""
    window, core = shell.window, shell.core
    yield "attract"
    qtbot.mouseClick(window.attract.touch, LEFT)
    yield "home"
    sample = tmp_path / "avis.pdf"
    sample.write_bytes(b"%PDF-1.4")
    session = core.sessions.session
    assert session is not None
    session.tray.add_file(sample, Origin.DOWNLOAD, "avis.pdf", "application/pdf")
    qtbot.mouseClick(window.home.tiles["documents"], LEFT)
    yield "documents"
    window.picker.present(session.tray.kept(), multiple=False)
    yield "upload picker"
    qtbot.mouseClick(window.picker.cancel, LEFT)
    yield from device_screens(shell, qtbot, tmp_path)
    qtbot.mouseClick(window.bar.home, LEFT)
    qtbot.mouseClick(window.home.tiles["internet"], LEFT)
    yield "internet start page"
    open_two_offline_tabs(shell, qtbot)
    yield "internet tabs, no connection"
    clock.advance(core.settings.idle_timeout_s + 15)
    window.timer.timeout.emit()
    assert window.idle_warning.isVisible()
    yield "idle warning"
    qtbot.mouseClick(window.idle_warning.still_here, LEFT)
    qtbot.mouseClick(window.bar.end, LEFT)
    assert window.end_dialog.isVisible()
    yield "end session"
    qtbot.mouseClick(window.end_dialog.back, LEFT)
    qtbot.mouseClick(window.bar.help, LEFT)
    assert window.help_panel.isVisible()
    yield "help panel"
    qtbot.mouseClick(window.help_panel.cancel, LEFT)
    qtbot.mouseClick(window.bar.display, LEFT)
    assert window.display_panel.isVisible()
    yield "text size and contrast"
    qtbot.mouseClick(window.display_panel.ok, LEFT)
    qtbot.mouseClick(window.bar.privacy, LEFT)
    assert window.privacy_cover.isVisible()
    yield "privacy cover"
    qtbot.mouseClick(window.privacy_cover, LEFT)
    core.credentials.set_pin(Role.MEDIATOR, MEDIATOR_PIN)
    qtbot.mouseClick(window.bar.findChild(QPushButton, "staffCorner"), LEFT)
    assert window.unlock.isVisible()
    yield "unlock PIN pad"
    type_pin(shell, qtbot, MEDIATOR_PIN)
    qtbot.waitUntil(window.staff.isVisible)
    yield "staff panel"
    qtbot.mouseClick(window.staff.lock, LEFT)
    window.show_error()
    yield "error"
    qtbot.mouseClick(window.error.back, LEFT)
    qtbot.mouseClick(window.bar.end, LEFT)
    qtbot.mouseClick(window.end_dialog.erase, LEFT)
    core.sessions.put_out_of_service("workspace")
    assert window.stack.currentWidget() is window.out_of_service
    yield "out of service"
    core.grants.grant(Role.ADMIN)
    core.sessions.enter_maintenance()
    assert window.stack.currentWidget() is window.maintenance
    yield "maintenance"


def describe(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    where = parent.objectName() if parent is not None else ""
    return f"{widget.metaObject().className()} in {where or '?'}"


def visible(root: QWidget, *kinds: type[QWidget]) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def small_targets(window: QWidget) -> list[str]:
    found = [
        f"{describe(w)} {w.width()}x{w.height()}"
        for w in visible(window, QAbstractButton, QLineEdit)
        if w.isEnabled() and (w.width() < MIN_TARGET or w.height() < MIN_TARGET)
    ]
    for bar in visible(window, QTabBar):
        assert isinstance(bar, QTabBar)
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            if rect.width() < MIN_TARGET or rect.height() < MIN_TARGET:
                found.append(f"{describe(bar)} tab {index} {rect.width()}x{rect.height()}")
    return found


def unnamed_controls(window: QWidget) -> list[str]:
    return [
        describe(w)
        for w in visible(window, QAbstractButton, QLineEdit, QListWidget)
        if not w.accessibleName().strip() and w.metaObject().className() != QT_CLOSE_BUTTON
    ]


def walk_and_check(
    shell: ShellApp,
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    check: Callable[[QWidget], list[str]],
) -> dict[str, list[str]]:
    """What `check` finds on each screen of the walk, by screen."""
    problems = {}
    for screen in every_screen(shell, qtbot, clock, tmp_path):
        QApplication.processEvents()  # let the layouts settle
        if found := check(shell.window):
            problems[screen] = found
    return problems


def report(problems: dict[str, list[str]], window: QWidget) -> str:
    lines = [f"window {window.width()}x{window.height()}"]
    lines += [f"{screen}: {', '.join(found)}" for screen, found in problems.items()]
    return "\n".join(lines)


def test_every_touch_target_is_at_least_44_px(
    shell: ShellApp, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    problems = walk_and_check(shell, qtbot, clock, tmp_path, small_targets)
    assert not problems, report(problems, shell.window)


def test_every_control_on_every_screen_has_an_accessible_name(
    shell: ShellApp, qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    problems = walk_and_check(shell, qtbot, clock, tmp_path, unnamed_controls)
    assert not problems, report(problems, shell.window)


def test_the_tabs_close_buttons_have_an_accessible_name(shell: ShellApp, qtbot: QtBot) -> None:
    qtbot.mouseClick(shell.window.attract.touch, LEFT)
    qtbot.mouseClick(shell.window.home.tiles["internet"], LEFT)
    tab_bar = open_two_offline_tabs(shell, qtbot)
    side = QTabBar.ButtonPosition.RightSide
    buttons = [tab_bar.tabButton(index, side) for index in range(tab_bar.count())]
    assert len(buttons) == 2
    assert all(b is not None and b.accessibleName().strip() for b in buttons)
