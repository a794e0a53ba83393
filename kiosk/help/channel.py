"""The port every delivery channel implements, and the retry schedule shared by all."""

from __future__ import annotations

from typing import Protocol

from kiosk.help.model import EventKind, HelpRequest

FIRST_RETRY_S = 2.0
LONGEST_RETRY_S = 300.0


class Channel(Protocol):
    """Carries help events to mediators: the site's broker, a webhook, e-mail, a fake.

    ``deliver`` returns once the receiver has the message and raises ChannelError(code)
    otherwise; the outbox keeps the message and the courier tries again later. A channel
    may ignore an event that means nothing to its readers (returning normally).
    """

    name: str

    def deliver(self, request: HelpRequest, event: EventKind) -> None: ...


def retry_delay_s(attempts: int) -> float:
    """Seconds before the next try after ``attempts`` failed ones: 2, 4, 8, ... up to 5 min."""
    return min(FIRST_RETRY_S * 2 ** min(max(attempts - 1, 0), 16), LONGEST_RETRY_S)
