"""Tokenization: normalisation, the corpus user dictionary, stopwords."""

from __future__ import annotations

from retrieval.search.tokenizer import Tokenizer, normalize, stopwords


def test_speaker_names_are_single_tokens_in_passages_and_questions(seed_retriever):
    for name in ("马珊珊", "罗进飞", "江浩然"):
        assert name in seed_retriever.tokenize(f"{name}说了什么")
    passage = next(p for p in seed_retriever.passages if "江浩然表示" in p.text)
    assert "江浩然" in seed_retriever.tokenize(passage.text)


def test_no_whitespace_punctuation_or_emoji_tokens():
    tok = Tokenizer()
    tokens = tok("“习近平总书记的重要讲话，”  他说：😀 …… ——!?")
    assert tokens
    for t in tokens:
        assert t.strip() == t and any(c.isalnum() for c in t), t


def test_stopwords_are_dropped_and_kept_as_data():
    sw = stopwords()
    assert {"的", "了", "在", "是", "和", "要"} <= sw
    tokens = Tokenizer()("我们要在发展新质生产力上勇争先")
    assert not {"的", "了", "在", "是", "和", "要"} & set(tokens)


def test_normalisation_nfkc_case_and_traditional():
    assert normalize("ＡＢＣ１２３") == "abc123"
    assert normalize("麒麟軟件副總裁") == "麒麟软件副总裁"
    assert normalize("a\u200bb\ufeff") == "ab"
    tok = Tokenizer()
    assert tok("麒麟軟件副總裁說了什麼") == tok("麒麟软件副总裁说了什么")


def test_the_character_by_character_path_of_normalize_gives_the_full_result():
    import unicodedata

    from retrieval.text import _CONTROL, to_simplified

    def full(text: str) -> str:
        return to_simplified(_CONTROL.sub("", unicodedata.normalize("NFKC", text)).lower())

    samples = [
        "", "他说：“我们ＡＢＣ，１２３。”", "Hello World！", "麒麟軟件副總裁", "a\u200bb", "e\u0301",
        "ｶﾞｷﾞ", "〸〹", "ΣΑΣ", "① ㈱ ㍻", "“今年”——增长5%…", "中国\u302a人", "台灣乾隆",
    ]
    for text in samples:
        assert normalize(text) == full(text), text
    # what Retriever._hits relies on: normalised pieces joined by spaces = the joined text normalised
    assert normalize(" ".join(samples)) == " ".join(normalize(t) for t in samples)
    fast = "他说：“明年ＡＢＣ，１２３。”"
    assert normalize(fast) == "他说:“明年abc,123。”"


def test_an_aligned_normal_form_gives_every_slice_normalised():
    from retrieval.text import aligned

    for text in ("他说：“明年ＡＢＣ，１２３。”Hello！", "麒麟軟件說：“明年ＡＢＣ。”"):  # t2s one character at a time too
        norm = normalize(text)
        assert aligned(text, norm)
        assert all(normalize(text[a:b]) == norm[a:b] for a in range(len(text)) for b in range(a, len(text) + 1))
    for other in ("a\u200bb", "增长…", "e\u0301", "乾隆年間"):  # removed, widened, combined, a t2s phrase
        assert not aligned(other, normalize(other))


def test_two_tokenizers_do_not_share_user_words():
    a = Tokenizer(["天开西青园"])
    b = Tokenizer()
    assert "天开西青园" in a("天开西青园开园以来")
    assert "天开西青园" not in b("天开西青园开园以来")


def test_simplified_text_skips_opencc_with_the_same_result():
    """The fast path of to_simplified (no character t2s could change) agrees with opencc's t2s itself."""
    from opencc import OpenCC

    from retrieval import text as tokenize

    t2s = OpenCC("t2s")
    changes, phrases, table = tokenize._t2s_tables()
    assert {"說", "軟", "瞭", "覆", "藉"} <= changes and not {"说", "的", "一"} & changes
    assert "一目瞭然" in phrases["瞭"] and table[ord("說")] == "说"
    every_cjk = [chr(c) for c in range(0x3400, 0xA000)]
    assert [tokenize.to_simplified(c) for c in every_cjk] == [t2s.convert(c) for c in every_cjk]
    base = opencc_entries()
    texts = [f"他说{key}了" for key in base] + [a + b + "的" + c for a, b, c in zip(base, base[::-1], base[::7])]
    texts += ["天开西青园引进了多少项目", "一目瞭然，反覆思量。沈默", "藉口 乾隆 於是", "麒麟軟件副總裁說", "於是乾隆說"]
    assert [tokenize.to_simplified(t) for t in texts] == [t2s.convert(t) for t in texts]
    assert tokenize.to_simplified("一目瞭然") == "一目了然" and tokenize.to_simplified("說") == "说"


def opencc_entries() -> list[str]:
    """Every key of opencc's t2s dictionaries (characters and phrases)."""
    from pathlib import Path

    import opencc

    base = Path(opencc.__file__).resolve().parent / "dictionary"
    return [line.split("\t")[0] for name in ("TSCharacters.txt", "TSPhrases.txt")
            for line in (base / name).read_text("utf-8").splitlines() if line.strip()]


def test_the_copied_dictionary_segments_as_jieba_itself_does(tmp_path):
    """Tokenizer starts jieba from a copied prefix dictionary (no public API for that in jieba
    0.42.1): its segmentation must equal a jieba.Tokenizer that jieba initialised itself."""
    import jieba

    from retrieval.search.tokenizer import Tokenizer
    from retrieval.text import normalize

    ours = Tokenizer(["朱财斌", "天开西青园"], cache_dir=tmp_path)
    theirs = jieba.Tokenizer()
    theirs.tmp_dir = str(tmp_path)
    for word, freq in ours.user_freqs:
        theirs.add_word(word, freq=freq)
    text = "天开西青园开园以来，西青区委书记朱财斌说，已引进项目300余个。南京市长江大桥"
    expected = [w.strip() for w in theirs.lcut_for_search(normalize(text), HMM=False)]
    assert ours.words(text) == [w for w in expected if w and any(c.isalnum() for c in w)]


def test_the_fused_cut_is_jiebas_cut_for_search_without_hmm():
    """``cut_for_search`` gives exactly ``lcut_for_search(text, HMM=False)`` (the tokens every
    passage and question is indexed by), with the corpus's user words added."""
    import random
    from pathlib import Path

    import jieba

    from retrieval.search.tokenizer import _HAN, _SKIP, cut_for_search

    assert _HAN.pattern == jieba.re_han_default.pattern and _SKIP.pattern == jieba.re_skip_default.pattern
    data = Path(__file__).resolve().parents[1] / "data"
    lines = [line for f in sorted((data / "qa-corpus").glob("*.txt")) for line in f.read_text("utf-8").splitlines()]
    rng = random.Random(11)
    chars = "".join(lines)[:4000] + "abcXYZ0123456789 .#&+_%-\t\r\n，。！？2024年3.5%臺灣發展"
    texts = lines + ["".join(rng.choice(chars) for _ in range(rng.randint(0, 40))) for _ in range(600)]
    texts += ["", " ", "\r\n", "GDP增长5.2%", "C++和C#", "a b\r\nc", "abc123def", "2024-2025年", "朱财斌表示西青园"]
    t = Tokenizer(["朱财斌", "西青园", "天开园", "ab12"])
    jb = t._jieba
    t.words("热身")  # loads the dictionary
    from retrieval.segmentation import singles

    alone = singles(jb.FREQ)  # (what Tokenizer.words passes: each character's own frequency)
    for text in texts:
        for x in (text, normalize(text)):
            expected = jb.lcut_for_search(x, HMM=False)
            assert cut_for_search(jb.FREQ, jb.total, x) == expected, x
            assert cut_for_search(jb.FREQ, jb.total, x, alone) == expected, x
