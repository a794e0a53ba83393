"""The webhook channel: an HTTP POST per help event (ntfy-style text, or JSON).

"ntfy" sends a short text body with Title, Tags and Priority headers (what ntfy.sh and a
self-hosted ntfy expect); "json" sends the call document. Both carry X-Kiosk-Request and
X-Kiosk-Seq so a receiver can drop repeats. Any 2xx answer means delivered; redirects are
not followed (a POST must not silently become a GET). The URL and the token are never
logged: an ntfy topic in a URL is as good as a password.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from kiosk.help.errors import ChannelError
from kiosk.help.model import EventKind, HelpRequest, RequestState
from kiosk.help.secret_file import read_secret

TIMEOUT_S = 5.0

_TOPIC_WORDS = {
    "none": "", "printing": "printing", "scanning": "scanning", "website": "a website",
    "usb": "a USB stick", "safe": "the safe", "other": "something else",
}


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *_args: Any, **_kwargs: Any) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


class WebhookChannel:
    """POSTs each help event to one URL, with an optional bearer token."""

    name = "webhook"

    def __init__(
        self,
        url: str,
        *,
        style: str = "ntfy",
        token_file: Path | None = None,
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        self._url = url
        self._style = style
        self._token_file = token_file
        self._timeout_s = timeout_s
        self._opener = urllib.request.build_opener(_NoRedirect)

    def deliver(self, request: HelpRequest, event: EventKind) -> None:
        headers = {"X-Kiosk-Request": request.id, "X-Kiosk-Seq": str(request.seq)}
        if self._token_file is not None:
            headers["Authorization"] = f"Bearer {read_secret(self._token_file)}"
        if self._style == "json":
            body = json.dumps(_document(request, event), ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        else:
            title, tags, priority, text = _ntfy(request, event)
            body = text.encode("utf-8")
            headers.update({"Title": title, "Tags": tags, "Priority": priority,
                            "Content-Type": "text/plain; charset=utf-8"})
        self._post(body, headers)

    def _post(self, body: bytes, headers: dict[str, str]) -> None:
        post = urllib.request.Request(self._url, data=body, headers=headers, method="POST")
        try:
            with self._opener.open(post, timeout=self._timeout_s) as answer:
                answer.read(65536)
                status = int(answer.status)
        except urllib.error.HTTPError as error:
            error.close()
            raise ChannelError(
                "auth_failed" if error.code in (401, 403) else "http_status", status=error.code
            ) from None
        except TimeoutError as error:
            raise ChannelError("timeout") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise ChannelError("timeout") from None
            raise ChannelError("unreachable") from None
        except (OSError, ValueError) as error:
            raise ChannelError("unreachable") from error
        if not 200 <= status < 300:
            raise ChannelError("http_status", status=status)


def _document(request: HelpRequest, event: EventKind) -> dict[str, Any]:
    return {
        "event": event.value,
        "id": request.id,
        "seq": request.seq,
        "terminal": request.terminal,
        "topic": request.topic.value,
        "state": request.state.value,
        "created_at": request.created_at.isoformat(),
        "acknowledged_by": request.acknowledged_by,
    }


def _ntfy(request: HelpRequest, event: EventKind) -> tuple[str, str, str, str]:
    """Title, Tags, Priority and body. Headers stay ASCII; names go in the UTF-8 body.

    The mediator's name is left out: an ntfy server may be a public one.
    """
    words = _TOPIC_WORDS.get(request.topic.value, "")
    about = f" ({words})" if words else ""
    if event is EventKind.CANCEL:
        if request.state is RequestState.DONE:
            return "Kiosk: help given", "white_check_mark", "low", f"{request.terminal}: done"
        return ("Kiosk: help no longer needed", "x", "default",
                f"{request.terminal}: the call was cancelled")
    if request.state is RequestState.ACKNOWLEDGED:
        return ("Kiosk: a mediator is coming", "runner", "low",
                f"{request.terminal}: a mediator is on the way{about}")
    if event is EventKind.UPDATE:  # the person said what the help is about
        return ("Kiosk: call updated", "memo", "default",
                f"{request.terminal}: help with {words or 'something'}")
    return "Kiosk: help requested", "sos", "high", f"Help requested at {request.terminal}{about}"
