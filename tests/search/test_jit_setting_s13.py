"""QA_JIT: the query path's compiled kernels are a setting read once into ``Settings.jit`` (never
from the environment at import), applied by ``Retriever.from_path``; answers are the same either way."""

import pytest

from retrieval.errors import SettingsError
from retrieval.retriever import Retriever
from retrieval.search import kernels
from retrieval.settings import Settings


@pytest.mark.parametrize(("raw", "on"), [("1", True), ("on", True), ("YES", True), ("0", False), ("off", False), ("false", False)])
def test_qa_jit_is_parsed_as_on_or_off(raw, on):
    assert Settings.from_env({"QA_JIT": raw}).jit is on


def test_qa_jit_defaults_on_and_rejects_other_words():
    assert Settings.from_env({}).jit is True
    with pytest.raises(SettingsError, match="QA_JIT"):
        Settings.from_env({"QA_JIT": "maybe"})


def test_from_path_applies_the_setting_and_the_answers_do_not_change(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("港口新闻\n2024年，该港完成集装箱吞吐量3500万标准箱。\n港口负责人李明表示，明年将新建两个泊位。\n", "utf-8")
    was = kernels.enabled()
    try:
        off = Retriever.from_path(page, settings=Settings(cache_dir=tmp_path / "c1", jit=False))
        assert kernels.enabled() is False
        hits_off = [(h.passage.text, h.score) for h in off.search("港口明年新建几个泊位？")]
        on = Retriever.from_path(page, settings=Settings(cache_dir=tmp_path / "c2", jit=True))
        assert kernels.enabled() is True
        hits_on = [(h.passage.text, h.score) for h in on.search("港口明年新建几个泊位？")]
    finally:
        kernels.switch(was)
    assert hits_off and hits_off == hits_on
