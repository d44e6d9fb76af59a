"""The bot benchmark: the real bot answering 1,000 questions from 50 users over the loopback Bot API.

    .venv/bin/python -m bench.bot                        # 1,000 questions, 50 users, 1,000 passages
    .venv/bin/python -m bench.bot --passages 10000       # a bigger synthetic corpus
    .venv/bin/python -m bench --bot                      # the same, from ``python -m bench`` (also in its default run)
    .venv/bin/python -m bench.bot --passages 100000 --cache bench/out/scale-100000/cache   # at 100k, the scale suite's cache
    .venv/bin/python -m bench.bot --profile bot.prof     # + a cProfile (CPU time) of the bot's event-loop thread
    .venv/bin/python -m bench.bot --clients 5            # the request layer alone: PTB's HTTPXRequest vs the bot's, same run

The bot is ``python -m bot``'s code path (``bot.app.build_application`` + ``bot.app.run``, the
settings from the environment) in its own process, long-polling the fake Bot API server of the
tests (tests/botapi_server.py), which runs in this process on 127.0.0.1 — nothing else is
contacted. The corpus is the synthetic one of bench/corpus.py, its index cached under
bench/out/bot-cache-<n>/, the questions drawn from it (bench.corpus.questions).

Each of the 50 users is a closed loop: it sends a private question, waits for the bot's
sendMessage to that chat, then sends the next, 20 questions each. Latency runs from the moment
the update is queued at the fake server (before the bot's getUpdates fetches it) to the moment
the matching sendMessage reaches the server. Throughput is the number of answered updates over
the time from the first update to the last answer. The per-user rate limit (QA_RATE_LIMIT=0) and
the 30 msg/s flood limiter are lifted, as in bench/soak.py: they exist to obey Telegram, and
would cap the figure at 30/s. The fake server's sockets get TCP_NODELAY, as a real server's
have (otherwise each reply's body waits ~40 ms for a delayed ACK on loopback). One warm-up
question is answered before the clock starts. Bounded:
every wait has a timeout. Nothing here is a test: no assertion on time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from . import corpus as synth
from . import soak

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
TARGET = 200.0  # answered updates per second (issue 5)
ANSWER_TIMEOUT = 60.0
START_TIMEOUT = 900.0  # a first run ingests the corpus (about 7 s per 1,000 passages)


def _user(uid: int, questions: list[str], api, ledger: soak.Ledger, failures: list[str]) -> None:
    chat, me = api.private_chat(uid), api.user(uid, f"用户{uid}", f"user{uid}")
    for text in questions:
        event, _ = ledger.expect(("private", uid))
        api.push({"message": api.message(text, chat, sender=me)})
        if not event.wait(ANSWER_TIMEOUT):
            ledger.forget(("private", uid))
            failures.append(f"user {uid}: no answer to {text!r} within {ANSWER_TIMEOUT:.0f} s")
            return


def _cpu_seconds(pid: int, tid: int | None = None) -> float:
    """User + system CPU time of a live process (or of its thread ``tid``) so far (Linux /proc)."""
    where = f"/proc/{pid}/stat" if tid is None else f"/proc/{pid}/task/{tid}/stat"
    try:
        fields = Path(where).read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def serve_profiled(profile: Path) -> int:
    """The bot as ``bench.soak --serve-bot --unthrottled`` runs it, its event-loop thread profiled by
    CPU time (``time.thread_time``: another process's load does not count, nor do the search threads)
    from the start of serving (after the corpus is loaded); the stats are written to ``profile`` when it stops."""
    import cProfile
    import dataclasses

    from bot import app as bot_app
    from bot import logs
    from bot.corpus import open_corpus
    from bot.settings import Settings
    from retrieval.settings import environment

    settings = dataclasses.replace(Settings.from_env(environment(dotenv=None)), send_rate=0)
    logs.configure(settings.log_level, settings.token)
    application = bot_app.build_application(settings, open_corpus(settings.search))
    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    try:
        bot_app.run(application, settings)
    finally:
        profiler.disable()
        profiler.dump_stats(profile)
    return 0


def _search_ms(corpus_dir: Path, cache: Path, questions: list[str]) -> float:
    """Mean time of the bot's ``Retriever.search`` (top 15, as a question fetches) and first-page render, in this process."""
    from bot import render
    from retrieval import Retriever

    retriever = Retriever.from_path(corpus_dir, cache)
    retriever.search(questions[0], 15)  # jieba loaded
    t0 = time.perf_counter()
    for q in questions:
        hits = retriever.search(q, 15)
        if hits:
            render.answer_page(q, tuple(hits), 0, 3, False)
    return (time.perf_counter() - t0) / len(questions) * 1000


CLIENTS = {"PTB's HTTPXRequest": "ptb", "the bot's TrackedRequest": "bot"}


def client_cpu(kind: str, url: str, messages: int = 1000, users: int = 50) -> dict:
    """In this process: ``messages`` sendMessage calls (answers rendered from the 1k corpus, their
    buttons, link previews off) from ``users`` concurrent senders through one Bot whose request is
    ``kind`` ("ptb": PTB's HTTPXRequest, "bot": bot.network.TrackedRequest; 8 connections each, as
    bot/app.py's CONNECTIONS), to the Bot API at ``url``. Returns the CPU time of this thread per call."""
    import asyncio

    from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
    from telegram.constants import ParseMode
    from telegram.request import HTTPXRequest

    from bot import render
    from bot.app import CONNECTIONS
    from bot.network import ApiHealth, TrackedRequest
    from retrieval import Retriever

    corpus_dir = synth.write_corpus(OUT / "corpus-1000", 1000)
    retriever = Retriever.from_path(corpus_dir, OUT / "bot-cache-1000")
    pages = [render.answer_page(q, tuple(hits), 0, 3, False).html
             for q in synth.questions(corpus_dir, 50, seed=11) if (hits := retriever.search(q, 15))]
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(f"全文 {k}", callback_data=f"f:k3x9a:{k}") for k in (1, 2, 3)],
                                   [InlineKeyboardButton(f"引用 {k}", callback_data=f"c:k3x9a:{k}") for k in (1, 2, 3)],
                                   [InlineKeyboardButton("更多 ▸", callback_data="p:k3x9a:3")]])
    request = HTTPXRequest(connection_pool_size=CONNECTIONS) if kind == "ptb" else TrackedRequest(ApiHealth(), connection_pool_size=CONNECTIONS)

    async def sends() -> tuple[float, float]:
        async with Bot(soak.TOKEN, base_url=url, request=request) as bot:
            async def user(u: int, n: int) -> None:
                for k in range(n):
                    await bot.send_message(1000 + u, pages[(u + k) % len(pages)], parse_mode=ParseMode.HTML,
                                           reply_markup=markup, link_preview_options=LinkPreviewOptions(is_disabled=True))
            await user(0, 5)  # connections open
            cpu0, t0 = time.thread_time(), time.perf_counter()
            await asyncio.gather(*(user(u, messages // users) for u in range(users)))
            return time.thread_time() - cpu0, time.perf_counter() - t0

    cpu, wall = asyncio.run(sends())
    n = users * (messages // users)
    return {"cpu_ms": cpu / n * 1000, "per_s": n / wall, "chars": statistics.fmean(len(p) for p in pages)}


def clients(rounds: int) -> str:
    """The request layer alone, same run: PTB's HTTPXRequest and the bot's TrackedRequest, alternated
    ``rounds`` times, each in a process of its own against one fake Bot API in this process."""
    fake = soak.load_fake_server()
    runs: dict[str, list[dict]] = {name: [] for name in CLIENTS}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with fake.FakeBotAPI(token=soak.TOKEN, record=False) as api:
        for _ in range(rounds):
            for name, kind in CLIENTS.items():
                out = subprocess.run([sys.executable, "-m", "bench.bot", "--client", kind, api.base_url], cwd=ROOT, env=env,
                                     capture_output=True, text=True, timeout=600, check=True)
                runs[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
    ptb = runs["PTB's HTTPXRequest"]
    base = statistics.median(r["cpu_ms"] for r in ptb)
    rows = [f"**The request layer alone** (1,000 sendMessage calls of {ptb[0]['chars']:.0f}-character answers with "
            f"7 buttons, 50 concurrent senders, one Bot per process against the fake Bot API on 127.0.0.1; "
            f"{rounds} rounds alternated, medians)", "",
            "| client | CPU per sendMessage (sending thread) | ratio | runs |", "|---|---:|---:|---|"]
    for name, rs in runs.items():
        cpu = statistics.median(r["cpu_ms"] for r in rs)
        each = ", ".join(f"{r['cpu_ms']:.2f}" for r in rs)
        rows.append(f"| {name} | {cpu:.2f} ms | {cpu / base:.2f}× | {each} |")
    return "\n".join(rows)


def measure(passages: int, n_questions: int, users: int, seed: int = 11, profile: Path | None = None,
            out: Path = OUT, cache: Path | None = None) -> dict:
    """Run the benchmark; corpus, cache (unless ``cache`` names one) and bot log under ``out``. Returns the figures."""
    out.mkdir(parents=True, exist_ok=True)
    cache = cache or out / f"bot-cache-{passages}"
    corpus_dir = synth.write_corpus(out / f"corpus-{passages}", passages)
    pool = synth.questions(corpus_dir, n_questions, seed=seed)
    fake = soak.load_fake_server()
    ledger, failures = soak.Ledger(), []
    log_path = out / "bot-bench.log"
    with fake.FakeBotAPI(token=soak.TOKEN, record=False) as api:
        api.on_call = ledger.on_call  # the server answers with TCP_NODELAY (tests/botapi_server.py)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "QA_", "LOG_"))}
        env.update({"TELEGRAM_BOT_TOKEN": soak.TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
                    "QA_CORPUS": str(corpus_dir), "QA_CACHE_DIR": str(cache),
                    "QA_RATE_LIMIT": "0", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)})
        cmd = ([sys.executable, "-m", "bench.bot", "--serve-profiled", str(profile)] if profile else
               [sys.executable, "-m", "bench.soak", "--serve-bot", "--unthrottled"])
        with log_path.open("w") as log_file:
            bot = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
            try:
                soak._wait_until(lambda: api.counts.get("setMyCommands", 0) > 0 or bot.poll() is not None, START_TIMEOUT)
                if bot.poll() is not None:
                    raise SystemExit(f"the bot exited ({bot.returncode}) before serving; see {log_path}")
                _user(999, pool[:1], api, ledger, failures)  # warm-up: jieba loaded, connections open
                ledger.latencies.clear()
                per_user = [[pool[(u * 7 + k) % len(pool)] for k in range(n_questions // users)] for u in range(users)]
                crowd = [threading.Thread(target=_user, args=(1000 + u, qs, api, ledger, failures), daemon=True)
                         for u, qs in enumerate(per_user)]
                cpu0, loop0 = _cpu_seconds(bot.pid), _cpu_seconds(bot.pid, bot.pid)
                here0, t0 = time.process_time(), time.monotonic()
                for t in crowd:
                    t.start()
                for t in crowd:
                    t.join(ANSWER_TIMEOUT * (n_questions // users) + 10)
                elapsed = time.monotonic() - t0
                bot_cpu, here = _cpu_seconds(bot.pid) - cpu0, time.process_time() - here0
                loop_cpu = _cpu_seconds(bot.pid, bot.pid) - loop0
            finally:
                soak.stop_bot(bot)
        counts = dict(api.counts)
    asked = [q for qs in per_user for q in qs]
    search_ms = _search_ms(corpus_dir, cache, asked)
    lat = sorted(ledger.latencies)
    answered = len(lat)
    return {
        "passages": passages, "users": users, "questions": users * (n_questions // users), "answered": answered,
        "elapsed_s": elapsed, "answered_per_s": answered / elapsed,
        "p50_ms": soak.percentile(lat, 0.5) * 1000, "p95_ms": soak.percentile(lat, 0.95) * 1000,
        "mean_ms": statistics.fmean(lat) * 1000 if lat else float("nan"),
        "bot_cpu_ms_per_answer": bot_cpu / max(answered, 1) * 1000,
        "loop_cpu_ms_per_answer": loop_cpu / max(answered, 1) * 1000,
        "server_cpu_ms_per_answer": here / max(answered, 1) * 1000,
        "search_render_ms": search_ms,
        "failures": failures[:10], "unexpected": ledger.unexpected[:10], "requests": counts,
        "bot_exit": bot.returncode,
    }


def markdown(r: dict) -> str:
    met = "met" if r["answered_per_s"] >= TARGET and not r["failures"] else "MISSED"
    return "\n".join([
        f"**Bot benchmark** ({r['questions']:,} questions from {r['users']} users, {r['passages']:,} passages; "
        "the real Application in its own process against the fake Bot API on 127.0.0.1; "
        "per-user rate limit and 30 msg/s flood limiter lifted; TCP_NODELAY on the fake server)",
        "",
        "| | Yanlu bot |",
        "|---|---:|",
        f"| answered updates per second | {r['answered_per_s']:.0f} |",
        f"| latency update → sendMessage p50 / p95 | {r['p50_ms']:.0f} / {r['p95_ms']:.0f} ms |",
        f"| answered / sent | {r['answered']:,} / {r['questions']:,} in {r['elapsed_s']:.1f} s |",
        f"| CPU time per answer: bot process / fake server + users | {r['bot_cpu_ms_per_answer']:.1f} / {r['server_cpu_ms_per_answer']:.1f} ms |",
        f"| of which the bot's event-loop thread (PTB, httpx, handlers, rendering; not the searches) | {r['loop_cpu_ms_per_answer']:.1f} ms |",
        f"| of which `search()` + rendering the answer (same questions, measured alone) | {r['search_render_ms']:.1f} ms |",
        f"| getUpdates calls / sendMessage calls | {r['requests'].get('getUpdates', 0):,} / {r['requests'].get('sendMessage', 0):,} |",
        "",
        f"Target ≥ {TARGET:.0f} answered updates/s: {r['answered_per_s']:.0f}/s, {met}."
        + (f" Unanswered: {len(r['failures'])} ({r['failures'][0]})." if r["failures"] else ""),
    ])


def run(args: argparse.Namespace) -> str | None:
    """The hook ``python -m bench`` calls (``--suites bot``)."""
    r = measure(getattr(args, "bot_passages", 1000), getattr(args, "bot_questions", 1000), getattr(args, "bot_users", 50),
                profile=getattr(args, "bot_profile", None), cache=getattr(args, "bot_cache", None))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"bot-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(r, ensure_ascii=False, indent=1))
    return markdown(r)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", dest="bot_passages", type=int, default=1000)
    parser.add_argument("--questions", dest="bot_questions", type=int, default=1000)
    parser.add_argument("--users", dest="bot_users", type=int, default=50)
    parser.add_argument("--cache", dest="bot_cache", type=Path,
                        help="the index cache to serve from (default: bench/out/bot-cache-<passages>, built if missing); "
                             "e.g. bench/out/scale-100000/cache, the scale suite's")
    parser.add_argument("--profile", dest="bot_profile", type=Path,
                        help="write a cProfile (CPU time) of the bot's event-loop thread here")
    parser.add_argument("--clients", type=int, metavar="ROUNDS",
                        help="instead: the request layer alone, PTB's HTTPXRequest against the bot's TrackedRequest, "
                             "CPU per sendMessage, ROUNDS rounds alternated in one run")
    parser.add_argument("--serve-profiled", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--client", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_profiled:
        return serve_profiled(args.serve_profiled)
    if args.client:
        print(json.dumps(client_cpu(*args.client)))
        return 0
    if args.clients:
        print(clients(args.clients))
        return 0
    print(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
