"""Typed errors of the help package: a code and data, never prose (the UI words them)."""

from __future__ import annotations

from typing import Literal

HelpErrorCode = Literal[
    "unknown_request",  # no request with this id
    "request_closed",  # the request was already cancelled or done
    "fake_outside_tests",  # a fake channel was asked for outside tests and demo mode
]

ChannelErrorCode = Literal[
    "unreachable",  # no connection to the server (refused, no route, broker down)
    "timeout",  # the server did not answer in time
    "http_status",  # the webhook answered, but not with 2xx; data["status"]
    "auth_failed",  # the server refused the credentials
    "refused",  # the server refused the message (e.g. recipients)
    "protocol",  # the server answered something we do not understand
    "secret_unreadable",  # the file holding a password or token cannot be read
    "secret_too_open",  # that file is readable by everyone: it is not used
    "scripted",  # a fake channel's scripted failure
]


class HelpError(Exception):
    """A help operation cannot be done; ``code`` says why."""

    def __init__(self, code: HelpErrorCode, **data: object) -> None:
        super().__init__(code)
        self.code: HelpErrorCode = code
        self.data = data


class ChannelError(Exception):
    """A channel could not deliver a message; the outbox keeps it and retries."""

    def __init__(self, code: ChannelErrorCode, **data: object) -> None:
        super().__init__(code)
        self.code: ChannelErrorCode = code
        self.data = data
