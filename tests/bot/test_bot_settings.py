"""Settings from the environment and .env; the token never shown; logging never leaks it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot import logs
from bot.settings import DEFAULT_API_BASE_URL, Settings
from retrieval.errors import SettingsError
from retrieval.settings import environment

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:FAKE-settings-token-for-tests"


def test_defaults(tmp_path):
    s = Settings.from_env(environment(tmp_path / "none", {"TELEGRAM_BOT_TOKEN": TOKEN}))
    assert s.token == TOKEN and s.api_base_url == DEFAULT_API_BASE_URL
    assert (s.search.corpus, s.search.top_k, s.admin_ids, s.log_level) == ("seeds", 3, frozenset(), "INFO")
    assert not s.use_webhook


def test_every_setting(tmp_path):
    s = Settings.from_env({
        "TELEGRAM_BOT_TOKEN": f"  {TOKEN} ", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "QA_CORPUS": "corpus/", "QA_TOP_K": "5", "QA_ADMIN_IDS": "12345, 67890", "LOG_LEVEL": "debug",
        "TELEGRAM_WEBHOOK_URL": "https://bot.example.com/yanlu/hook", "TELEGRAM_WEBHOOK_PORT": "8080",
        "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1", "TELEGRAM_WEBHOOK_SECRET": "s3cret_Value-1",
    })
    assert s.token == TOKEN and s.api_base_url == "http://127.0.0.1:8081/bot"
    assert (s.search.corpus, s.search.top_k, s.admin_ids, s.log_level) == ("corpus/", 5, frozenset({12345, 67890}), "DEBUG")
    assert s.use_webhook and s.webhook_path == "yanlu/hook" and s.webhook_port == 8080
    assert (s.webhook_listen, s.webhook_secret) == ("127.0.0.1", "s3cret_Value-1")


def test_dotenv_is_read_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nQA_TOP_K=4\nQA_CORPUS=from-dotenv\n")
    s = Settings.from_env(environment(env_file, {"QA_CORPUS": "from-env"}))
    assert (s.token, s.search.top_k, s.search.corpus) == (TOKEN, 4, "from-env")


@pytest.mark.parametrize("env, says", [
    ({}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "   "}, "TELEGRAM_BOT_TOKEN is not set"),
    ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN is malformed"),
    ({"TELEGRAM_BOT_TOKEN": "123456:has spaces"}, "TELEGRAM_BOT_TOKEN is malformed"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "QA_TOP_K": "many"}, "QA_TOP_K"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "QA_TOP_K": "0"}, "QA_TOP_K"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "QA_ADMIN_IDS": "alice"}, "QA_ADMIN_IDS"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "localhost:8081"}, "TELEGRAM_API_BASE_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "bot.example.com"}, "TELEGRAM_WEBHOOK_URL"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_PORT": "99999"}, "TELEGRAM_WEBHOOK_PORT"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_SECRET": "no spaces!"}, "TELEGRAM_WEBHOOK_SECRET"),
    ({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "loud"}, "LOG_LEVEL"),
])
def test_bad_settings_say_what_to_set(env, says):
    with pytest.raises(SettingsError, match=says) as err:
        Settings.from_env(env)
    assert "\n" not in str(err.value) and TOKEN not in str(err.value)


def test_repr_never_shows_secrets():
    s = Settings(token=TOKEN, webhook_secret="s3cret_Value-1")
    assert TOKEN not in repr(s) and "s3cret" not in repr(s) and "AAEh" not in str(s)


def test_python_m_bot_without_a_token_prints_one_line_and_exits_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "TELEGRAM_BOT_TOKEN" in run.stderr
    bad = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={**env, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": "oops"})
    assert bad.returncode == 2 and "malformed" in bad.stderr and "oops" not in bad.stderr


def test_the_token_is_redacted_from_every_log_record(caplog):
    logs.add_secret(TOKEN)
    log = logging.getLogger("some.library")
    with caplog.at_level(logging.DEBUG):
        log.debug("POST https://api.telegram.org/bot%s/getMe", TOKEN)
        log.info(f"token is {TOKEN.split(':')[1]}")
        try:
            raise ValueError(f"The token `{TOKEN}` was rejected by the server.")
        except ValueError:
            log.exception("failed")
    text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert text.count(logs.REDACTED) >= 3 and "was rejected" in text


def test_configure_quietens_httpx():
    names = ("", "httpx", "httpcore")
    before = {n: logging.getLogger(n).level for n in names}
    try:
        logs.configure("DEBUG", TOKEN)
        assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
        assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING
    finally:
        for n, level in before.items():
            logging.getLogger(n).setLevel(level)


def test_python_m_bot_with_a_missing_corpus_says_so_and_exits_2(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN,
           "QA_CORPUS": str(tmp_path / "nowhere"), "QA_CACHE_DIR": str(tmp_path / "cache"),
           "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"}
    run = subprocess.run([sys.executable, "-m", "bot"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "nowhere" in run.stderr and TOKEN not in run.stderr + run.stdout
