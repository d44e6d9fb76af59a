"""Wrong speakers a fresh batch showed (session 5, lead): narrative after a turn, an editor's
lead-in, a record's label with the title inside the name, a verb phrase jieba calls a name, a
question's person taken for the answerer, a dated list of other stories after someone's words.

The pages are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from pathlib import Path

from invented_pages import parse_lines

from retrieval.attribution.lexicon import leadin, plausible_name


def _speakers(tmp_path: Path, lines: list[str]) -> list[str | None]:
    page = parse_lines(tmp_path, lines)
    return [p.speaker.name if p.speaker else None for p in page.passages]


def test_narrative_about_a_speaker_between_their_turns_is_nobodys(tmp_path):
    got = _speakers(tmp_path, [
        "某县警方巧借摩托车抓获逃犯",
        "日前，某县公安局城关派出所民警 刘东明：我当时表明了身份，说我们正在追一名嫌疑人，想借用一下他的摩托车。",
        "刘警官立即坐上了摩托车后座，一路向前追赶，与此同时刘警官也收到了嫌疑人的照片。",  # surname + 警官
        "某县公安局城关派出所民警 刘东明：我坐在摩托车上比对照片，确认了开车的人就是嫌疑人本人。",
        "发现这位车主就是要找的嫌疑人后，民警不动声色，让车主把自己带回到原来的地方。",  # the role word, no 我
    ])
    assert got == ["刘东明", None, "刘东明", None]


def test_an_editors_lead_in_carries_no_words():
    assert leadin("以下为本刊与赵小川的对话实录：")
    assert leadin("以下內容為某某財經社與李小川對話實錄:")
    assert not leadin("赵小川：以下是我们的计划。")
    assert not leadin("以下为本刊与赵小川的对话实录，他说得很坦率。")  # no colon: not a lead-in


def test_a_record_label_with_the_title_inside_the_name(tmp_path):
    got = _speakers(tmp_path, [
        "立法院第九届第三会期第二次会议纪录",
        "主席：现在进行质询，请邱委员文彦发言。",
        "邱委员文彦：（9时2分）主席、各位同仁。院长早，今年的旱情比往年严重，请问水库还能撑多久？",
        "毛院长治国：（9时3分）主席、各位委员。昨天的降雨对解除旱象帮助有限，我们会持续调度。",
    ])
    assert got[-2:] == ["邱文彦", "毛治国"]


def test_a_verb_phrase_jieba_calls_a_name_is_none():
    assert not plausible_name("应邀出席", {}, after_title=True)  # 应邀|出席
    assert plausible_name("古特雷斯", {}, after_title=True) and plausible_name("林郑月娥", {}, after_title=True)


def test_the_answerer_is_never_a_person_a_question_names(tmp_path):
    got = _speakers(tmp_path, [
        "问：中方是否会派团出席本周举行的会议？",
        "答：据我们初步了解，中方可能会有专家学者应邀出席。",
        "问：据报道，某国总理赵大明今天发表讲话。中方对此有何评论？",
        "答：中方在这个问题上的立场是一贯而明确的，我们敦促有关方面切实反省。",
        "问：据报道，某国总统钱小华宣布了新的政策。中方对此有何评论？",
        "答：中方注意到有关报道，打击恐怖主义是各国的共同责任。",
    ])
    assert "赵大明" not in got and "钱小华" not in got and "应邀出席" not in got


def test_a_dated_list_of_other_stories_does_not_continue_someones_words(tmp_path):
    got = _speakers(tmp_path, [
        "赛后，某城队主教练李建明出席了新闻发布会。",
        "他表示：我们全队上下都非常想要拿下这场比赛，但很可惜输了。",
        "队长王小东在接受采访时表示：",
        "首先我要恭喜对手，他们今天的表现确实无可挑剔。我们所有队友都拼到了最后一刻，我为他们感到骄傲。",
        "某卫视直播见证体育新辉煌 10月15日晚，某卫视直播的全国锦标赛决赛现场，为观众呈现了一场扣人...",
        "2025-04-22体育热浪：荧屏内外的激情与活力 近日，某电视台体育频道持续为观众带来精彩纷呈的赛事转播，从本土的联赛...",
        "2025-04-22篮球资讯4月21日 季后赛首轮G1某队主场103-86大胜对手。赛后，队员接受了采访。谈及伤情，队员...",
    ])
    assert got[3] == "王小东" and got[4:] == [None, None, None]


def test_a_request_referred_to_is_no_speech(tmp_path):
    got = _speakers(tmp_path, [
        "“村警”机智擒逃犯",
        "当日早上8时许，前往外地办完事的民警郭明乘坐返回县城的大巴车时遇到一名十分健谈的乘客。",
        "“所长，我在车上发现一名可疑人员，这是他的照片。”郭明立即向派出所所长张磊报告。",
        "得到准确信息后，郭明没有惊动对方，并按照张磊要求，通过聊天的方式稳住对方。直到大巴车到站，民警将其抓获。",
    ])
    assert got[-1] is None  # 按照张磊要求: what 张磊 asked before, referred to
