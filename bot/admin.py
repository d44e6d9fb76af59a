"""Admin commands (only from QA_ADMIN_IDS): /reload re-indexes the corpus, /stats shows counters.

/reload builds the new Retriever in a worker thread while the old one keeps answering, and swaps
it into the BotState only when the build succeeded: a failed reload keeps the old index and says
why. One reload at a time. Files the build skipped are named in the reply.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from telegram import Update

from retrieval import Retriever, YanluError
from retrieval.settings import Settings as SearchSettings

from .corpus import CorpusFacts, open_corpus
from .corpus import facts as corpus_facts
from .state import BotContext, BotState

log = logging.getLogger(__name__)

MAX_SKIPPED_SHOWN = 10


@dataclass(frozen=True, slots=True)
class Reloaded:
    """The outcome of a reload: the new retriever (None if it failed), why not, files skipped."""

    retriever: Retriever | None
    facts: CorpusFacts | None
    error: str | None
    skipped: tuple[str, ...]
    seconds: float


class _Collect(logging.Handler):
    """The warnings logged by one thread (the build): which files were skipped and why."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread, self.lines = threading.get_ident(), []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.lines.append(record.getMessage())


def build(search: SearchSettings, make: Callable[[], Retriever] | None = None) -> Reloaded:
    """Index ``search.corpus`` — or run ``make`` (e.g. adding one file to the served index) — in a
    worker thread; never raises for a corpus problem."""
    started, collect = time.perf_counter(), _Collect()
    logger = logging.getLogger("retrieval")
    logger.addHandler(collect)
    try:
        r = make() if make is not None else open_corpus(search)
        return Reloaded(r, corpus_facts(r), None, tuple(collect.lines), time.perf_counter() - started)
    except YanluError as exc:
        return Reloaded(None, None, str(exc), tuple(collect.lines), time.perf_counter() - started)
    except Exception as exc:  # a bug in indexing must not take the bot down: keep serving
        log.error("reload of %s failed", search.corpus, exc_info=exc)
        return Reloaded(None, None, f"{type(exc).__name__}（详见日志）", tuple(collect.lines), time.perf_counter() - started)
    finally:
        logger.removeHandler(collect)


async def reload_corpus(state: BotState) -> Reloaded | None:
    """Re-index the corpus off the event loop and swap it in on success; None if a reload is running."""
    if state.reload_lock.locked():
        return None
    async with state.reload_lock:
        return await rebuild(state)


async def rebuild(state: BotState, added: Sequence[Path] = ()) -> Reloaded:
    """Re-index the corpus off the event loop and swap it in on success (the caller holds
    ``state.reload_lock``: /reload, and an article added from the chat). With ``added`` files,
    only they are indexed, as a delta segment beside the served index (``Retriever.add_files``:
    the same exact scores as a full rebuild); the next start or /reload folds them in."""
    search = state.settings.search
    served = state.retriever
    make = (lambda: served.add_files(added, max_file_bytes=search.max_file_bytes)) if added else None
    result = await asyncio.to_thread(build, search, make)
    s = state.stats
    if result.retriever is None:
        s.failed_reloads += 1
        log.warning("reload of %s failed, still serving the previous index: %s", search.corpus, result.error)
        return result
    state.serve(result.retriever, result.facts)
    s.reloads, s.last_reload = s.reloads + 1, time.time()
    log.info("reloaded %s: %d passages from %d documents in %.1f s (%d files skipped)", search.corpus,
             len(result.retriever.passages), len(result.retriever.documents), result.seconds, len(result.skipped))
    return result


def reload_reply(result: Reloaded | None, corpus: str) -> str:
    """The admin's answer to /reload, in HTML."""
    if result is None:
        return "⏳ 已有一次重新索引正在进行，请稍候。"
    lines = []
    if result.retriever is None:
        lines.append(f"⚠️ 重新索引失败，仍在使用原来的索引。\n原因：{escape(result.error or '')}")
    else:
        r = result.retriever
        lines.append(f"✅ 已重新索引 <code>{escape(corpus)}</code>：{len(r.documents)} 篇文章，{len(r.passages)} 段，"
                     f"{len(r.speakers())} 位发言人（{result.seconds:.1f} 秒）。")
    if result.skipped:
        lines.append(f"跳过了 {len(result.skipped)} 个文件：")
        lines += [f"• {escape(_short(line))}" for line in result.skipped[:MAX_SKIPPED_SHOWN]]
        if len(result.skipped) > MAX_SKIPPED_SHOWN:
            lines.append(f"…… 另有 {len(result.skipped) - MAX_SKIPPED_SHOWN} 个，详见日志")
    return "\n".join(lines)


def _short(line: str, limit: int = 160) -> str:
    line = line.removeprefix("skipped ")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def stats_reply(state: BotState) -> str:
    """/stats: uptime, questions, answers, no-answers, limits, errors, API health, corpus size, memory."""
    s, f, r, health = state.stats, state.facts, state.retriever, state.health
    up = int(time.time() - s.started)
    lines = [
        "<b>言录 · 运行状态</b>",
        f"运行时间：{up // 86400} 天 {up % 86400 // 3600} 小时 {up % 3600 // 60} 分 {up % 60} 秒",
        f"问题：{s.questions}（有答案 {s.answered}，无答案 {s.no_answer}）",
        f"限流丢弃：{s.limited}　未授权聊天：{s.refused}",
        f"错误：{s.errors}　无法送达：{s.undeliverable}",
        f"语料：{len(f.documents)} 篇文章，{f.passages} 段，{f.speakers} 位发言人；索引耗时 {r.build_seconds:.2f} 秒",
        f"重新索引：{s.reloads} 次成功，{s.failed_reloads} 次失败"
        + (f"；上次 {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime(s.last_reload))}" if s.last_reload else ""),
        f"可翻页的回答：{len(state.views)}",
        f"Bot API：{'正常' if health.up else '无法连接'}；中断 {health.outages} 次，失败请求 {health.failed_requests}，重试 {health.retried_requests}",
    ]
    rss = rss_mb()
    if rss is not None:
        lines.append(f"内存（RSS）：{rss:.0f} MB")
    return "\n".join(lines)


def rss_mb() -> float | None:
    """This process's resident memory in MB (Linux), else None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


# -- handlers ------------------------------------------------------------------------------------

async def reload(update: Update, context: BotContext) -> None:
    """/reload (admins): re-index the corpus without a restart; a failure keeps the old index."""
    result = await reload_corpus(context.state)
    await update.effective_message.reply_html(reload_reply(result, context.state.settings.search.corpus))


async def stats_command(update: Update, context: BotContext) -> None:
    """/stats (admins): uptime, questions answered, no-answers, errors, corpus size."""
    await update.effective_message.reply_html(stats_reply(context.state))


async def not_admin(update: Update, context: BotContext) -> None:
    """/reload or /stats from anyone else: no reply (the commands are not advertised), one log line."""
    user = update.effective_user
    log.warning("refused %s from user %s (not in QA_ADMIN_IDS)", (update.effective_message.text or "").split()[0][:32],
                user.id if user else None)
