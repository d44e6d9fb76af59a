"""Where a name ends and in which script it comes out (session 12, names12b).

The sentences are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.lexicon import mentions


def test_a_traditional_aspect_particle_ends_the_name_before_it():
    # 指著 is 指着 as a traditional page writes it: the verb after the name, not the name's third character
    assert [sp.name for _, sp in mentions("大队长张军指著茂密的森林说。", {})] == ["张军"]
    paras = ["“你看,這里是林區,一旦起火,很難控制。”西昌大隊大隊長張軍指著茂密的"]
    assert speakers_of(paras) == ["張軍"]


def test_a_rare_next_word_still_takes_the_names_third_character():
    # 司长曾俊|华联(同): the rule the aspect particle must not break
    assert [sp.name for _, sp in mentions("司长曾俊华联同各部门官员会见记者。", {})] == ["曾俊华"]


def test_a_name_read_from_its_age_comes_out_in_the_pages_script():
    paras = [
        "45歲的陳美華急忙將箱子向二樓轉移。",
        "「工作組已幫我把冰箱搬上來了。」她說。",
        "鄰居們也在搬東西,陳美華還要照顧公婆。",
    ]
    assert speakers_of(paras) == [None, "陳美華", None]


def test_a_speech_verb_closing_a_noun_of_the_dictionary_is_no_speech():
    # 发布了…数据分析；: 分析 ends the noun 数据分析, the person released a report and said nothing here
    assert speakers_of(["副局长李明发布了数据分析;新闻媒体进行采访。"]) == [None]
    assert speakers_of(["局长李明分析,今年的形势依然严峻。"]) == ["李明"]


def test_a_name_the_paragraph_writes_whole_again_keeps_its_third_character():
    # 村民崔某|周家 (jieba: 周家, a word) and 崔某周/nr说 in the same paragraph: one person, 崔某周
    paras = ["在该村村民崔献周家,屋顶还在漏水。“前几天雨下得大。”崔献周说,返家后,他到田里查看。"]
    assert speakers_of(paras) == ["崔献周"]


def test_a_nickname_bracketed_after_the_full_name_means_that_person():
    paras = [
        "互助委員會主席黃先生和前區議員莊德明(阿德)恰好印證了這一點。阿德當選後,租用了辦公室。",
        "「因為我沒有地方,所以就用互助委員會做聯絡點。」阿德說。",
    ]
    assert speakers_of(paras)[1] == "莊德明"


def test_a_nickname_written_only_in_its_brackets_is_left_alone():
    from retrieval.attribution.lexicon import bracketed_nicknames

    text = "前区议员庄德明(阿德)出席活动。他表示会继续服务街坊。"
    assert bracketed_nicknames(text, {"庄德明": "前区议员"}) == {}
    assert bracketed_nicknames(text + "阿德说。", {"庄德明": "前区议员"}) == {"阿德": "庄德明"}


def test_a_title_ends_at_a_person_called_by_surname_and_address_term():
    from retrieval.attribution.lexicon import clean_title

    assert clean_title("互助委员会主席黄先生和前区议员") == "前区议员"
    assert clean_title("食物及卫生局局长") == "食物及卫生局局长"


def test_a_paragraph_an_unnamed_titled_person_speaks_in_is_no_continuation():
    paras = [
        "街道办事处副主任王丽华到现场参与揭牌仪式。王丽华表示:“食堂不仅满足老年人用餐需求,希望成为典范。”",
        "“食堂”位于街道中心,居民在“家门口”就能吃上饭菜。某某茶餐厅负责人介绍,餐厅严把卫生关。“此外,我们还设立了专区。”",
    ]
    assert speakers_of(paras) == ["王丽华", None]


def test_a_quotation_the_page_cuts_open_is_carried_to_no_one():
    paras = [
        "村民王德明家的房顶还在漏水。“前几天雨下得大。”王德明说,返家后,他到田里查看。",
        "“这个村是全镇受灾最严重的村,共转移群众95人。天气转晴后,村民陆续",
    ]
    assert speakers_of(paras) == ["王德明", None]
    closed = [paras[0], "“这个村是全镇受灾最严重的村,共转移群众95人。”"]
    assert speakers_of(closed) == ["王德明", "王德明"]


def test_a_name_jieba_cuts_the_same_way_at_each_place_is_read_whole():
    from retrieval.attribution.lexicon import cut_long_names

    text = "马依俩斯家在村里,地震时他正在看手机。“地震了!”马依俩斯下意识跳下炕。后来马依俩斯说,房子塌了。"
    assert cut_long_names(text, {}) == ["马依俩斯"]
    assert cut_long_names("李强在京会见外宾。李强在京出席会议。", {}) == []  # 在: a clause word
    paras = ["马依俩斯家在村里,地震时他正在看手机。", "“地震了!”马依俩斯下意识跳下炕。“门打不开,被卡住了。”"]
    assert speakers_of(paras) == [None, "马依俩斯"]
