"""Two named people speak in one paragraph (issue 10): the one who says most is named when their
words, held to their own sentences, are clearly more (``speech._says_most``); even shares stay
contested (nobody); a quotation before "…X接受采访时称。" is X's words, not the narration after."""

from attribution_helpers import speakers_of

LEAD = "昨天下午，电影《远山》在北京举行首映礼，主创悉数到场。"


def test_the_larger_share_is_named():
    para = ("王志平则表示演这个角色很过瘾，还首次在大银幕上说方言，“算是我演过最难的一个人物了！” 导演林晓雯"
            "则为观众解读了片名《远山》的寓意：“我们的编剧这次写的是她的家乡，她说希望山里的孩子都能走出去。"
            "我也希望呈现出那些年代大家最渴望看到的东西，山外面的世界。”")
    assert speakers_of([LEAD, para]) == [None, "林晓雯"]


def test_even_shares_name_nobody():
    para = ("王志平表示，这部电影拍得很辛苦，山里的天气变化很快。而主演林晓雯则笑称，拍摄时天天下雨，"
            "大家都在泥地里走路。")
    assert speakers_of([LEAD, para])[1] is None


def test_quotation_before_a_sentence_final_verb_is_theirs():
    para = ("“对方自称是救助站的工作人员，但打来的电话不是固定电话，而是一个外地的手机号码。”昨天，派出所副所长"
            "张建国接受记者采访时称。不过，对方熟练地报出了董某的身份证号码，民警马上联系董某的家人。赶到派出所的"
            "董母称，女儿今年28岁，在外地做生意，也到过深圳。")
    assert speakers_of(["本报讯 一名女子的家人接到一个奇怪的电话。", para])[1] == "张建国"
