"""One connection to the site's MQTT broker, shared by the terminal and the mediator console.

A paho-mqtt client with a persistent session (clean_session false, a stable client id):
the broker keeps its subscriptions and queues QoS 1 messages while it is away. The client
connects in the background, reconnects by itself, subscribes again on every connection and
says so through ``on_connected``. Publishing waits for the broker's acknowledgement and
raises ChannelError otherwise. The password is read from its file at start, never logged.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt

from kiosk.config import HelpSettings
from kiosk.help.errors import ChannelError, ChannelErrorCode
from kiosk.help.secret_file import read_secret

log = logging.getLogger(__name__)

PUBLISH_TIMEOUT_S = 5.0
MessageHandler = Callable[[str, bytes], None]


@dataclass(frozen=True)
class BrokerSettings:
    """Where the site's broker is and how to log in (the password stays in its file)."""

    host: str
    port: int = 1883
    site_id: str = "site"
    username: str = ""
    password_file: Path | None = None
    tls: bool = False
    keepalive_s: int = 15
    reconnect_max_s: int = 10

    @classmethod
    def from_help(cls, settings: HelpSettings) -> BrokerSettings:
        return cls(
            host=settings.mqtt_host, port=settings.mqtt_port, site_id=settings.site_id,
            username=settings.mqtt_username, password_file=settings.mqtt_password_file,
            tls=settings.mqtt_tls,
        )


class BrokerLink:
    """A background MQTT connection with a persistent session."""

    def __init__(
        self,
        broker: BrokerSettings,
        client_id: str,
        *,
        subscriptions: Sequence[str],
        on_message: MessageHandler,
        on_connected: Callable[[bool], None] | None = None,
        will: tuple[str, bytes] | None = None,
    ) -> None:
        self.broker = broker
        self._subscriptions = tuple(subscriptions)
        self._on_message = on_message
        self._on_connected = on_connected
        self._failure: ChannelErrorCode | None = None
        self._started = False
        self._lock = threading.Lock()
        self._client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
            protocol=mqtt.MQTTv311,
        )
        self._client.reconnect_delay_set(1, broker.reconnect_max_s)
        if will is not None:
            self._client.will_set(will[0], will[1], qos=1, retain=True)
        self._client.on_connect = self._handle_connect
        self._client.on_message = self._handle_message
        self._client.on_disconnect = self._handle_disconnect

    @property
    def connected(self) -> bool:
        return bool(self._client.is_connected())

    @property
    def failure(self) -> ChannelErrorCode | None:
        """Why the link cannot work (a secret file, refused credentials), if it cannot."""
        return self._failure

    def start(self) -> None:
        """Connect in the background; a broker that is down is retried until ``stop``."""
        with self._lock:
            if self._started:
                return
            try:
                self._log_in()
            except ChannelError as error:
                self._failure = error.code
                log.warning("MQTT link not started: %s", error.code)
                return
            self._client.connect_async(self.broker.host, self.broker.port,
                                       self.broker.keepalive_s)
            self._client.loop_start()
            self._started = True

    def stop(self, farewell: tuple[str, bytes] | None = None) -> None:
        """Disconnect (the broker keeps the session), publishing ``farewell`` first if we can."""
        with self._lock:
            if not self._started:
                return
            if farewell is not None and self.connected:
                try:
                    self.publish(farewell[0], farewell[1], retain=True, timeout=2.0)
                except ChannelError:
                    pass  # the last will says the same
            self._client.disconnect()
            self._client.loop_stop()
            self._started = False

    def publish(
        self, topic: str, payload: bytes, *, retain: bool, timeout: float = PUBLISH_TIMEOUT_S
    ) -> None:
        """Publish at QoS 1 and wait for the broker's PUBACK; ChannelError if it does not come."""
        if self._failure is not None:
            raise ChannelError(self._failure)
        if not self.connected:
            raise ChannelError("unreachable")
        info = self._client.publish(topic, payload, qos=1, retain=retain)
        if info.rc != mqtt.MQTT_ERR_SUCCESS:
            raise ChannelError("unreachable")
        try:
            info.wait_for_publish(timeout)
        except (ValueError, RuntimeError) as error:
            raise ChannelError("unreachable") from error
        if not info.is_published():
            raise ChannelError("timeout")

    def publish_nowait(self, topic: str, payload: bytes, *, retain: bool) -> None:
        """Publish at QoS 1 if connected, without waiting (the next connection repeats it)."""
        if self._failure is None and self.connected:
            self._client.publish(topic, payload, qos=1, retain=retain)

    def _log_in(self) -> None:
        if self.broker.username:
            password = read_secret(self.broker.password_file) if self.broker.password_file else None
            self._client.username_pw_set(self.broker.username, password)
        if self.broker.tls:
            self._client.tls_set()

    # paho calls these on its network thread; an exception there would stop the loop.

    def _handle_connect(
        self, client: mqtt.Client, _userdata: Any, flags: mqtt.ConnectFlags,
        reason: Any, _properties: Any,
    ) -> None:
        if reason.is_failure:
            code = reason.value if hasattr(reason, "value") else 0
            # 4: bad user name or password, 5: not authorized (MQTT 3.1.1 return codes).
            self._failure = "auth_failed" if code in (4, 5, 134, 135) else "refused"
            log.warning("MQTT broker refused the connection: %s", self._failure)
            return
        self._failure = None
        log.info("MQTT connected to the site broker (session kept: %s)", flags.session_present)
        for topic in self._subscriptions:
            client.subscribe(topic, qos=1)
        if self._on_connected is not None:
            try:
                self._on_connected(bool(flags.session_present))
            except Exception:
                log.exception("MQTT on_connected handler failed")

    def _handle_disconnect(
        self, _client: mqtt.Client, _userdata: Any, _flags: Any, reason: Any, _props: Any
    ) -> None:
        if reason is not None and getattr(reason, "is_failure", False):
            log.info("MQTT connection lost; reconnecting in the background")

    def _handle_message(self, _client: mqtt.Client, _userdata: Any, message: Any) -> None:
        try:
            self._on_message(str(message.topic), bytes(message.payload))
        except Exception:
            log.exception("MQTT message handler failed")
