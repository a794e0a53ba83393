"""The "Call a mediator" feature: calls kept in a persistent outbox, carried to mediators.

A call is stored first (``Outbox``, SQLite), then delivered by every configured channel
(``MqttChannel`` for the site's broker, ``WebhookChannel``, ``EmailChannel``) by the
``Courier``, retried with backoff until each channel has it, and kept until a mediator
acknowledges it or the person cancels. ``HelpService`` is what the terminal's UI uses;
``ConsoleClient`` is what the mediator console uses. Nothing here imports Qt.
"""

from kiosk.help.errors import ChannelError, HelpError
from kiosk.help.model import (
    Delivery,
    EventKind,
    HelpRequest,
    RequestState,
    TerminalProblem,
    TerminalState,
    Topic,
)

__all__ = [
    "ChannelError",
    "Delivery",
    "EventKind",
    "HelpError",
    "HelpRequest",
    "RequestState",
    "TerminalProblem",
    "TerminalState",
    "Topic",
]
