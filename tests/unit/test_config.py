"""Configuration: defaults, overrides, and one sentence per problem naming the key and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import config
from kiosk.cli import main


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[config.ConfigProblem]:
    with pytest.raises(config.ConfigError) as caught:
        config.load(path=path, env={})
    return caught.value.problems


def test_embedded_defaults() -> None:
    settings = config.load(path=None, env={})
    assert settings.idle_timeout_s == 180
    assert settings.warning_s == 60
    assert settings.default_language == "fr"
    assert settings.languages == ("fr", "en", "ar", "es", "pt", "uk")


def test_file_overrides_defaults_and_environment_overrides_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[site]\nname = "Médiathèque"\n[session]\nidle_timeout_s = 120\n')
    settings = config.load(path=path, env={"KIOSK_SESSION_IDLE_TIMEOUT_S": "90"})
    assert settings.site_name == "Médiathèque"
    assert settings.idle_timeout_s == 90
    assert settings.warning_s == 60


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[site]\nname = "CCAS"\n')
    assert config.load(env={"KIOSK_CONFIG": str(path)}).site_name == "CCAS"


@pytest.mark.parametrize(
    ("text", "key", "code", "line"),
    [
        ("[session]\nidle_timeout_s = \"three\"\n", "session.idle_timeout_s", "wrong_type", 2),
        ("[session]\n\nwarning_s = 5\n", "session.warning_s", "out_of_range", 3),
        ("[session]\nidle_timeout_s = true\n", "session.idle_timeout_s", "wrong_type", 2),
        ("[site]\nname = \"  \"\n", "site.name", "empty", 2),
        ("[site]\nnom = \"x\"\n", "site.nom", "unknown_key", 2),
        ("[languages]\noffered = [\"fr\", \"xx\"]\n", "languages.offered", "unknown_language", 2),
        ("[languages]\ndefault = \"ar\"\noffered = [\"fr\"]\n", "languages.default",
         "not_offered", None),
        ("[paths]\ndata_dir = \"relative/dir\"\n", "paths.data_dir", "not_absolute", 2),
        ("[languages]\noffered = [1, 2]\n", "languages.offered", "wrong_type", 2),
    ],
)
def test_each_invalid_value_gives_its_sentence(
    tmp_path: Path, text: str, key: str, code: str, line: int | None
) -> None:
    found = problems(write(tmp_path, text))
    assert [(p.key, p.code, p.line) for p in found] == [(key, code, line)]
    sentence = config.describe(found[0])
    assert key in sentence
    if line:
        assert f"line {line}" in sentence


def test_every_problem_is_listed_not_just_the_first(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "[session]\nidle_timeout_s = 1\nwarning_s = 9999\nx = 1\n"))
    assert {p.key for p in found} == {
        "session.idle_timeout_s", "session.warning_s", "session.x",
    }


def test_syntax_error_names_the_line(tmp_path: Path) -> None:
    found = problems(write(tmp_path, "[site]\nname = \"ok\"\nbroken line\n"))
    assert found[0].code == "syntax" and found[0].line == 3
    assert "line 3" in config.describe(found[0])


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    assert problems(tmp_path / "nope.toml")[0].code == "file_missing"
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert problems(binary)[0].code == "not_utf8"


def test_bad_environment_value(tmp_path: Path) -> None:
    with pytest.raises(config.ConfigError) as caught:
        config.load(path=None, env={"KIOSK_SESSION_WARNING_S": "soon"})
    assert caught.value.problems[0].key == "session.warning_s"


def test_config_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write(tmp_path, "[session]\nwarning_s = 5\n")
    assert main(["config", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "session.warning_s" in out and "line 2" in out
    good = tmp_path / "good.toml"
    good.write_text('[site]\nname = "Bibliothèque"\n', encoding="utf-8")
    assert main(["config", "check", str(good)]) == 0
    assert "valid" in capsys.readouterr().out


def test_browser_permissions_are_checked(tmp_path: Path) -> None:
    found = problems(write(tmp_path, '[browser]\npermissions = ["visio.example.org:teleport"]\n'))
    assert [(p.key, p.code, p.line) for p in found] == [
        ("browser.permissions", "not_a_permission", 2)
    ]
    assert "host:permission" in config.describe(found[0])
