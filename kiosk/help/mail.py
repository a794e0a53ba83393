"""The e-mail channel: a plain-text message through the site's SMTP server.

Only what a mailbox reader needs: a message when help is requested and one when a call is
cancelled before anyone came; changes and acknowledgements are left to faster channels.
Port 465 means TLS from the start; otherwise STARTTLS when the settings ask for it. The
password is read from its file at each send and never logged.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from kiosk.help.errors import ChannelError
from kiosk.help.model import EventKind, HelpRequest, RequestState
from kiosk.help.secret_file import read_secret

TIMEOUT_S = 10.0
IMPLICIT_TLS_PORT = 465


class EmailChannel:
    """Sends help calls by e-mail."""

    name = "email"

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        *,
        starttls: bool = False,
        username: str = "",
        password_file: Path | None = None,
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        self._host = host
        self._port = port
        self._sender = sender
        self._recipients = tuple(recipients)
        self._starttls = starttls
        self._username = username
        self._password_file = password_file
        self._timeout_s = timeout_s

    def deliver(self, request: HelpRequest, event: EventKind) -> None:
        message = self.message(request, event)
        if message is None:
            return
        password = read_secret(self._password_file) if self._password_file else ""
        try:
            self._send(message, password)
        except smtplib.SMTPAuthenticationError:
            raise ChannelError("auth_failed") from None
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused,
                smtplib.SMTPDataError) as error:
            raise ChannelError("refused") from error
        except TimeoutError as error:
            raise ChannelError("timeout") from error
        except (smtplib.SMTPException, ssl.SSLError) as error:
            raise ChannelError("protocol") from error
        except OSError as error:
            raise ChannelError("unreachable") from error

    def message(self, request: HelpRequest, event: EventKind) -> EmailMessage | None:
        """The e-mail for this event, or None when this event is not worth a mail."""
        if event is EventKind.CALL:
            subject = f"Kiosk: help requested at {request.terminal}"
            text = f"Someone at {request.terminal} asks for a mediator."
        elif event is EventKind.CANCEL and request.state is RequestState.CANCELLED:
            subject = f"Kiosk: help no longer needed at {request.terminal}"
            text = f"The call from {request.terminal} was cancelled."
        else:
            return None
        message = EmailMessage()
        message["Subject"] = subject
        message["From"] = self._sender
        message["To"] = ", ".join(self._recipients)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(idstring=f"{request.id}.{request.seq}")
        message["X-Kiosk-Request"] = request.id
        message["X-Kiosk-Seq"] = str(request.seq)
        about = "" if request.topic.value == "none" else f"\nAbout: {request.topic.value}"
        asked = request.created_at.astimezone().strftime("%H:%M")
        message.set_content(f"{text}\nTerminal: {request.terminal}{about}\nAsked at: {asked}\n")
        return message

    def _send(self, message: EmailMessage, password: str) -> None:
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self._port == IMPLICIT_TLS_PORT:
            smtp = smtplib.SMTP_SSL(self._host, self._port, timeout=self._timeout_s,
                                    context=context)
        else:
            smtp = smtplib.SMTP(self._host, self._port, timeout=self._timeout_s)
        with smtp:
            if self._starttls and self._port != IMPLICIT_TLS_PORT:
                smtp.starttls(context=context)
            if self._username:
                smtp.login(self._username, password)
            smtp.send_message(message)
