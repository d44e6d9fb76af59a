"""Soak run of the Telegram bot: minutes of mixed updates from many users against the loopback
fake Bot API server of the tests (tests/botapi_server.py). Nothing leaves 127.0.0.1.

    .venv/bin/python -m bench.soak --minutes 5                 # 200 users, as fast as the machine holds
    .venv/bin/python -m bench.soak --minutes 1 --production    # with the production limits on

The bot runs as its own process (``bench.soak --serve-bot``: ``python -m bot``'s code path with the
settings from the environment) so that its RSS can be sampled alone. Each simulated user is a
closed loop: it sends one update, waits for the bot's response to it, and sends the next, so the
offered rate is the highest the bot (and this machine) sustains. The mix per user step:

    55 % a private question (some with no answer in the corpus)   → sendMessage to that chat
    10 % /ask in one of 10 groups                                 → sendMessage quoting it
    10 % chatter in a group                                       → nothing (checked at the end)
    10 % 「更多 ▸」 on the user's last answer                       → answerCallbackQuery + editMessageText
     8 % an inline query                                          → answerInlineQuery
     4 % a sticker in private                                     → sendMessage (the hint)
     3 % /start or /speakers                                      → sendMessage

By default the production limits that would cap the rate are lifted (QA_RATE_LIMIT=0 and no
30 msg/s flood limiter) so the run measures the machine; ``--production`` keeps them (users then
pace themselves under 20 questions a minute). Reported: updates and answers per second, latency
from update to response (p50/p95/p99/max), RSS of the bot after warm-up and at the end, every
unanswered update, duplicate or unexpected reply, bot log line at WARNING or above, exit code.
The run fails (exit 1) on an unanswered update, a duplicate, a bot ERROR/traceback or a bad exit.
Bounded: every loop ends at the deadline; each wait has a timeout.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TOKEN = "123456:FAKE-soak-token-not-from-botfather"
ADMIN = 1  # the admin who asks /stats at the end (not one of the simulated users)
QUESTIONS = [
    "天开西青园引进了多少项目", "新质生产力", "习近平说了什么", "西青区委书记说了什么？", "如何发展新质生产力？",
    "天开高教科创园", "朱财斌怎么看产业发展", "以标准助力高质量发展", "火星上有没有液态水", "今天的天气怎么样",
    "人工智能的发展方向是什么", "<b>天开西青园</b> & 项目", "😀🎉", "谁提到了科技创新",
]
GROUPS = [-1001000000000 - k for k in range(10)]
ANSWER_TIMEOUT = 60.0  # seconds a user waits for a response before counting it unanswered


def load_fake_server():
    spec = importlib.util.spec_from_file_location("botapi_server", ROOT / "tests" / "botapi_server.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["botapi_server"] = module
    spec.loader.exec_module(module)
    return module


# -- expectations: which response answers which update ----------------------------------------------

class Ledger:
    """Updates waiting for a response, matched as the fake server sees the bot's requests."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.waiting: dict[tuple, tuple[float, threading.Event, dict]] = {}
        self.latencies: list[float] = []
        self.unexpected: list[str] = []
        self.group_replies = Counter()
        self.admin_text: list[str] = []

    def expect(self, key: tuple) -> tuple[threading.Event, dict]:
        event, box = threading.Event(), {}
        with self.lock:
            self.waiting[key] = (time.monotonic(), event, box)
        return event, box

    def settle(self, key: tuple, call) -> bool:
        with self.lock:
            entry = self.waiting.pop(key, None)
        if entry is None:
            return False
        started, event, box = entry
        self.latencies.append(time.monotonic() - started)
        box["call"] = call
        event.set()
        return True

    def forget(self, key: tuple) -> None:
        with self.lock:
            self.waiting.pop(key, None)

    def on_call(self, call) -> None:
        """Runs in the fake server's threads for every request the bot makes."""
        if call.status != 200:
            return
        m, p = call.method, call.params
        if m == "sendMessage":
            chat = int(p.get("chat_id") or 0)
            if chat == ADMIN:
                self.admin_text.append(p.get("text", ""))
                return
            if chat < 0:
                reply_to = (p.get("reply_parameters") or {}).get("message_id")
                self.group_replies[chat] += 1
                if not self.settle(("group", chat, reply_to), call):
                    self.unexpected.append(f"group {chat}: reply to {reply_to}")
            elif not self.settle(("private", chat), call):
                self.unexpected.append(f"private {chat}: {p.get('text', '')[:40]!r}")
        elif m == "editMessageText":
            if not self.settle(("edit", int(p.get("chat_id") or 0), int(p.get("message_id") or 0)), call):
                self.unexpected.append(f"edit {p.get('chat_id')}/{p.get('message_id')}")
        elif m == "answerCallbackQuery":
            self.settle(("callback", p.get("callback_query_id")), call)
        elif m == "answerInlineQuery":
            if not self.settle(("inline", p.get("inline_query_id")), call):
                self.unexpected.append(f"inline {p.get('inline_query_id')}")


# -- users ---------------------------------------------------------------------------------------

@dataclasses.dataclass
class Tally:
    sent: Counter = dataclasses.field(default_factory=Counter)
    answered: Counter = dataclasses.field(default_factory=Counter)
    unanswered: list = dataclasses.field(default_factory=list)
    crashes: list = dataclasses.field(default_factory=list)


class User(threading.Thread):
    def __init__(self, uid: int, api, ledger: Ledger, tally: Tally, deadline: float, pace: float, seed: int):
        super().__init__(name=f"user-{uid}", daemon=True)
        self.uid, self.api, self.ledger, self.tally = uid, api, ledger, tally
        self.deadline, self.pace, self.rng = deadline, pace, random.Random(seed)
        self.last_answer: dict | None = None
        self.lock = threading.Lock()

    def run(self) -> None:
        while time.monotonic() < self.deadline:
            started = time.monotonic()
            try:
                self.step()
            except Exception as exc:  # a bug in this script, not the bot: count it, keep going
                self.tally.crashes.append(f"{type(exc).__name__}: {exc}")
            rest = self.pace - (time.monotonic() - started)
            if rest > 0:
                time.sleep(min(rest, max(0.0, self.deadline - time.monotonic())))

    def wait(self, kind: str, keys: list[tuple], events: list[tuple[threading.Event, dict]]) -> dict | None:
        self.tally.sent[kind] += 1
        result = None
        for key, (event, box) in zip(keys, events, strict=True):
            if event.wait(ANSWER_TIMEOUT):
                result = box.get("call")  # the last key's: the edit of a button press
            else:
                self.ledger.forget(key)
                self.tally.unanswered.append((kind, key))
                return None
        self.tally.answered[kind] += 1
        return result

    def step(self) -> None:
        api, r, uid = self.api, self.rng.random(), self.uid
        me, chat = api.user(uid, f"用户{uid}", None if uid % 7 == 0 else f"user{uid}"), api.private_chat(uid)
        if r < 0.55:
            self.private(self.rng.choice(QUESTIONS), "question")
        elif r < 0.65:
            group = api.group_chat(self.rng.choice(GROUPS))
            msg = api.message(f"/ask {self.rng.choice(QUESTIONS)}", group, sender=me)
            key = ("group", group["id"], msg["message_id"])
            events = [self.ledger.expect(key)]
            api.push({"message": msg})
            self.wait("group /ask", [key], events)
        elif r < 0.75:
            api.push({"message": api.message("大家好，今天的报纸看了吗？", api.group_chat(self.rng.choice(GROUPS)), sender=me)})
            self.tally.sent["group chatter"] += 1
            time.sleep(0.01)
        elif r < 0.85 and self.more_button() is not None:
            data, message = self.more_button()
            qid = f"cb-{uid}-{time.monotonic_ns()}"
            keys = [("callback", qid), ("edit", uid, message["message_id"])]
            events = [self.ledger.expect(k) for k in keys]
            api.push({"callback_query": {"id": qid, "from": me, "chat_instance": f"ci-{uid}", "message": message, "data": data}})
            call = self.wait("更多 ▸", keys, events)
            if call is not None and isinstance(call.result, dict):
                self.last_answer = call.result
        elif r < 0.93:
            qid = f"in-{uid}-{time.monotonic_ns()}"
            key = ("inline", qid)
            events = [self.ledger.expect(key)]
            api.push({"inline_query": {"id": qid, "from": me, "query": self.rng.choice(QUESTIONS), "offset": ""}})
            self.wait("inline", [key], events)
        elif r < 0.97:
            msg = api.message("x", chat, sender=me)
            del msg["text"]
            msg["sticker"] = {"file_id": "s", "file_unique_id": "s", "width": 512, "height": 512,
                              "is_animated": False, "is_video": False, "type": "regular"}
            self.send_private(msg, "sticker")
        else:
            self.private(self.rng.choice(["/start", "/speakers"]), "command")

    def private(self, text: str, kind: str) -> None:
        self.send_private(self.api.message(text, self.api.private_chat(self.uid),
                                           sender=self.api.user(self.uid, f"用户{self.uid}")), kind)

    def send_private(self, msg: dict, kind: str) -> None:
        key = ("private", self.uid)
        events = [self.ledger.expect(key)]
        self.api.push({"message": msg})
        call = self.wait(kind, [key], events)
        if call is not None and kind == "question" and isinstance(call.result, dict):
            self.last_answer = call.result

    def more_button(self):
        markup = (self.last_answer or {}).get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for b in row:
                if b.get("text") == "更多 ▸":
                    return b["callback_data"], self.last_answer
        return None


# -- the bot process -----------------------------------------------------------------------------

def serve_bot(unthrottled: bool) -> int:
    """``python -m bot``, with the flood limiter lifted when ``unthrottled`` (a benchmark only)."""
    from bot import app as bot_app
    from bot import logs
    from bot.corpus import open_corpus
    from bot.settings import Settings
    from retrieval.settings import environment

    settings = Settings.from_env(environment(dotenv=None))
    if unthrottled:
        settings = dataclasses.replace(settings, send_rate=0)
    logs.configure(settings.log_level, settings.token)
    application = bot_app.build_application(settings, open_corpus(settings.search))
    bot_app.run(application, settings)
    return 0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def soak(minutes: float, users: int, production: bool, corpus: str, seed: int) -> dict:
    fake = load_fake_server()
    OUT.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    log_path = OUT / f"soak-{stamp}.log"
    ledger, tally = Ledger(), Tally()
    with fake.FakeBotAPI(token=TOKEN, record=False) as api:
        api.on_call = ledger.on_call
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_", "LOG_"))}
        env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url, "QA_CORPUS": corpus,
                    "QA_ADMIN_IDS": str(ADMIN), "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT),
                    "QA_RATE_LIMIT": "20" if production else "0", "QA_CACHE_DIR": str(OUT / "soak-cache")})
        args = [sys.executable, "-m", "bench.soak", "--serve-bot"] + ([] if production else ["--unthrottled"])
        with log_path.open("w") as log_file:
            bot = subprocess.Popen(args, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
            try:
                _wait_until(lambda: api.counts.get("setMyCommands", 0) > 0, 120)
                started = time.monotonic()
                deadline = started + minutes * 60
                warmup = started + min(60.0, minutes * 60 / 5)
                pace = 3.2 if production else 0.0  # production: under 20 questions a minute per user
                crowd = [User(1000 + k, api, ledger, tally, deadline, pace, seed + k) for k in range(users)]
                for u in crowd:
                    u.start()
                samples: list[tuple[float, float]] = []
                while time.monotonic() < deadline and bot.poll() is None:
                    samples.append((time.monotonic() - started, rss_mb(bot.pid)))
                    time.sleep(min(5.0, max(0.0, deadline - time.monotonic())))
                for u in crowd:
                    u.join(ANSWER_TIMEOUT + 5)
                elapsed = time.monotonic() - started
                samples.append((elapsed, rss_mb(bot.pid)))
                api.push_message("/stats", api.private_chat(ADMIN), sender=api.user(ADMIN, "admin"))
                _wait_until(lambda: ledger.admin_text, 20)
            finally:
                stop_bot(bot)
        counts = dict(api.counts)
    log_lines = log_path.read_text(errors="replace").splitlines()
    problems = [line for line in log_lines if " ERROR " in line or " CRITICAL " in line or "Traceback" in line]
    warnings = [line for line in log_lines if " WARNING " in line]
    after = [rss for t, rss in samples if t >= warmup - started]
    slope = _slope([(t, rss) for t, rss in samples if t >= warmup - started])
    updates = sum(tally.sent.values())
    answered = sum(tally.answered.values())
    return {
        "when": stamp, "minutes": minutes, "users": users, "mode": "production limits" if production else "unthrottled",
        "corpus": corpus, "elapsed_s": round(elapsed, 1),
        "updates": updates, "updates_per_s": round(updates / elapsed, 1),
        "responses_expected": updates - tally.sent["group chatter"], "answered": answered,
        "answered_per_s": round(answered / elapsed, 1),
        "by_kind": {k: [tally.sent[k], tally.answered[k]] for k in sorted(tally.sent)},
        "unanswered": [list(map(str, u)) for u in tally.unanswered[:20]], "unanswered_count": len(tally.unanswered),
        "unexpected": ledger.unexpected[:20], "unexpected_count": len(ledger.unexpected),
        "script_errors": tally.crashes[:10], "script_error_count": len(tally.crashes),
        "latency_ms": {q: round(percentile(ledger.latencies, p) * 1000, 1)
                       for q, p in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99), ("max", 1.0))},
        "mean_latency_ms": round(statistics.fmean(ledger.latencies) * 1000, 1) if ledger.latencies else None,
        "rss_mb": {"start": round(samples[0][1], 1), "after_warmup": round(after[0], 1) if after else None,
                   "max_after_warmup": round(max(after), 1) if after else None, "end": round(samples[-1][1], 1),
                   "slope_mb_per_min_after_warmup": round(slope * 60, 2) if slope is not None else None},
        "rss_samples": [[round(t, 1), round(rss, 1)] for t, rss in samples],
        "rss_by_minute": _by_minute(samples, elapsed),
        "bot_requests": counts, "bot_log_problems": problems[:20], "bot_log_problem_count": len(problems),
        "bot_log_warnings": warnings[:20], "bot_log_warning_count": len(warnings),
        "bot_exit_code": bot.returncode, "bot_stats": ledger.admin_text[-1] if ledger.admin_text else None,
        "log": str(log_path.relative_to(ROOT)),
    }


def stop_bot(bot: subprocess.Popen) -> None:
    """SIGTERM, then a kill if the bot has not stopped within a minute."""
    bot.send_signal(signal.SIGTERM)
    try:
        bot.wait(60)
    except subprocess.TimeoutExpired:
        bot.kill()
        bot.wait(10)


def _wait_until(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the bot did not answer in time")
        time.sleep(0.05)


def _by_minute(samples: list[tuple[float, float]], elapsed: float) -> list[float]:
    """The RSS sample nearest each whole minute (and the end)."""
    marks = [60.0 * k for k in range(int(elapsed // 60) + 1)] + [elapsed]
    return [round(min(samples, key=lambda s: abs(s[0] - m))[1], 1) for m in marks]


def _slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares MB per second."""
    if len(points) < 3:
        return None
    mt = statistics.fmean(t for t, _ in points)
    mr = statistics.fmean(r for _, r in points)
    den = sum((t - mt) ** 2 for t, _ in points)
    return sum((t - mt) * (r - mr) for t, r in points) / den if den else None


def markdown(r: dict) -> str:
    lat, rss = r["latency_ms"], r["rss_mb"]
    lines = [
        f"## Bot soak, {r['when']} ({r['mode']})",
        "",
        f"{r['users']} users, {r['elapsed_s']:.0f} s, corpus `{r['corpus']}`, fake Bot API on 127.0.0.1.",
        "",
        "| figure | value |",
        "|---|---|",
        f"| updates sent | {r['updates']} ({r['updates_per_s']}/s) |",
        f"| responses expected / received | {r['responses_expected']} / {r['answered']} ({r['answered_per_s']}/s) |",
        f"| unanswered | {r['unanswered_count']} |",
        f"| duplicate or unexpected replies | {r['unexpected_count']} |",
        f"| latency update → response p50 / p95 / p99 / max | {lat['p50']} / {lat['p95']} / {lat['p99']} / {lat['max']} ms |",
        f"| bot RSS start / after warm-up / max after / end | {rss['start']} / {rss['after_warmup']} / {rss['max_after_warmup']} / {rss['end']} MB |",
        f"| RSS slope after warm-up | {rss['slope_mb_per_min_after_warmup']} MB/min |",
        f"| bot RSS at each minute (0, 1, …, end) | {' / '.join(str(v) for v in r['rss_by_minute'])} MB |",
        f"| bot log lines at ERROR or with a traceback | {r['bot_log_problem_count']} |",
        f"| bot log lines at WARNING (e.g. a retried network error) | {r['bot_log_warning_count']} |",
        f"| bot exit code after SIGTERM | {r['bot_exit_code']} |",
        f"| errors in this script (not the bot) | {r['script_error_count']} |",
        "",
        "| update kind | sent | answered |",
        "|---|---|---|",
    ]
    lines += [f"| {k} | {s} | {a if k != 'group chatter' else '— (must stay silent)'} |" for k, (s, a) in r["by_kind"].items()]
    lines += ["", "Bot API requests the bot made: " + ", ".join(f"{k} {v}" for k, v in sorted(r["bot_requests"].items()))]
    if r["bot_stats"]:
        lines += ["", "The bot's own /stats at the end:", "", "```", r["bot_stats"], "```"]
    if r["bot_log_problems"] or r["bot_log_warnings"]:
        lines += ["", "First bot log lines at WARNING or above:", "", "```",
                  *(r["bot_log_problems"] + r["bot_log_warnings"])[:20], "```"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--production", action="store_true", help="keep the rate limit and the flood limiter")
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--serve-bot", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--unthrottled", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_bot:
        return serve_bot(args.unthrottled)
    result = soak(args.minutes, args.users, args.production, args.corpus, args.seed)
    text = markdown(result)
    (OUT / f"soak-{result['when']}.md").write_text(text + "\n", "utf-8")
    (OUT / f"soak-{result['when']}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    print(text)
    ok = not (result["unanswered_count"] or result["unexpected_count"] or result["bot_log_problem_count"]
              or result["script_error_count"])
    return 0 if ok and result["bot_exit_code"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
