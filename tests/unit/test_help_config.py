"""The [help] settings: a terminal works with no network; each bad key gets its sentence."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kiosk import config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[config.ConfigProblem]:
    with pytest.raises(config.ConfigError) as caught:
        config.load(path=path, env={})
    return caught.value.problems


def test_defaults_switch_every_channel_off() -> None:
    help_ = config.load(path=None, env={}).help
    assert help_.terminal_name == socket.gethostname()[:64]
    assert help_.site_id == "site"
    assert (help_.mqtt_host, help_.webhook_url, help_.email_smtp_host) == ("", "", "")
    assert help_.mqtt_port == 1883 and help_.email_smtp_port == 25
    assert help_.mqtt_password_file is None and help_.mqtt_tls is False
    assert help_.email_to == ()


def test_a_full_help_section(tmp_path: Path) -> None:
    path = write(tmp_path, """
[help]
terminal_name = "Poste à l'accueil"
site_id = "mediatheque-nord"
mqtt_host = "192.168.1.10"
mqtt_port = 8883
mqtt_username = "kiosk"
mqtt_password_file = "/etc/kiosk/mqtt.secret"
mqtt_tls = true
webhook_url = "https://ntfy.example.org/mediateurs"
webhook_format = "json"
webhook_token_file = "/etc/kiosk/webhook.secret"
email_smtp_host = "smtp.mairie.fr"
email_from = "kiosk@mairie.fr"
email_to = ["accueil@mairie.fr", "mediation@mairie.fr"]
email_starttls = true
""")
    help_ = config.load(path=path, env={}).help
    assert help_.terminal_name == "Poste à l'accueil"
    assert help_.mqtt_password_file == Path("/etc/kiosk/mqtt.secret")
    assert help_.mqtt_tls is True and help_.webhook_format == "json"
    assert help_.email_to == ("accueil@mairie.fr", "mediation@mairie.fr")


def test_booleans_from_the_environment() -> None:
    env = {"KIOSK_HELP_MQTT_TLS": "true", "KIOSK_HELP_EMAIL_STARTTLS": "0"}
    help_ = config.load(path=None, env=env).help
    assert help_.mqtt_tls is True and help_.email_starttls is False
    with pytest.raises(config.ConfigError) as caught:
        config.load(path=None, env={"KIOSK_HELP_MQTT_TLS": "perhaps"})
    assert [(p.key, p.code) for p in caught.value.problems] == [("help.mqtt_tls", "wrong_type")]


@pytest.mark.parametrize(
    ("text", "key", "code", "words"),
    [
        ('site_id = "Médiathèque Nord"', "help.site_id", "not_an_id", "lower-case"),
        ('site_id = ""', "help.site_id", "empty", "must not be empty"),
        ('terminal_name = "poste/1"', "help.terminal_name", "bad_terminal_name", "/ + or #"),
        ('mqtt_host = "mqtt://broker"', "help.mqtt_host", "not_a_server", "server name"),
        ("mqtt_port = 70000", "help.mqtt_port", "out_of_range", "between 1 and 65535"),
        ('mqtt_tls = "yes"', "help.mqtt_tls", "wrong_type", "true/false"),
        ('mqtt_password_file = "secret.txt"', "help.mqtt_password_file", "not_absolute",
         "absolute path"),
        ('webhook_url = "ntfy.sh/topic"', "help.webhook_url", "not_a_web_address", "https://"),
        ('webhook_format = "xml"', "help.webhook_format", "not_a_choice", "ntfy, json"),
        ('email_to = ["accueil"]', "help.email_to", "not_an_address", "e-mail address"),
        ('email_from = "kiosk at mairie"', "help.email_from", "not_an_address",
         "e-mail address"),
    ],
)
def test_each_bad_help_value_gives_its_sentence(
    tmp_path: Path, text: str, key: str, code: str, words: str
) -> None:
    found = problems(write(tmp_path, f"[help]\n{text}\n"))
    assert [(p.key, p.code, p.line) for p in found] == [(key, code, 2)]
    sentence = config.describe(found[0])
    assert key in sentence and "line 2" in sentence and words in sentence


def test_email_needs_a_sender_and_recipients(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[help]\nemail_smtp_host = "smtp.mairie.fr"\n'))
    assert [(p.key, p.code) for p in found] == [
        ("help.email_from", "needed_by"), ("help.email_to", "needed_by"),
    ]
    assert config.describe(found[0]).endswith(
        "'help.email_from' must be set when 'help.email_smtp_host' is."
    )


def test_a_password_file_needs_a_user_name(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[help]\nmqtt_password_file = "/etc/kiosk/m"\n'))
    assert [(p.key, p.code) for p in found] == [("help.mqtt_username", "needed_by")]
