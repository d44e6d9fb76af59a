"""Pages of session 12 (turns12): a hard-wrapped page (a BBS post) whose line filling the page's width
stops inside its sentence goes on in the next line, even one that alone reads as a heading; a last
line cut right after a speaker's clause (某某认为，行政) is kept; a headline labelled with a full title
(某某部部长：…) is the one person the article introduces by that title. Invented pages only; each
rule's first test fails without it, the others hold its bounds."""

from __future__ import annotations

from invented_pages import parse_lines

from retrieval.pages.textpage import line_kind
from retrieval.pages.wrapping import display_width, wrap_width

WIDTH = 76  # columns: 38 CJK characters


def _wrap(text: str, width: int = WIDTH) -> list[str]:
    """``text`` broken into lines of ``width`` display columns, as a BBS post is."""
    lines, cur = [], ""
    for c in text:
        if display_width(cur + c) > width:
            lines.append(cur)
            cur = ""
        cur += c
    return [*lines, cur] if cur else lines


INTRO = ("王大同在学运后参与创办新党,历经二〇一八年地方选举的胜利,接任党主席后又遭遇党内路线争议与同志出走的挫折。"
         "这些起落没有改变王大同的初衷,对他来说,他对政治的坚持反而成为他广泛寻觅人才的动力。")
ASK = "李明(《城南周刊》社长李明,以下简称「李」):去年你经营的地方是山区,当时提名七席议员中六席,你认为有这个成果最主要的原因是什么?"
ANSWER = ("王大同(新党不分区立委候选人,以下简称「王」):其实是确实有一群坚实支持我们的选民,事实上当初本来是要提名八席,"
          "但因为在东镇的人选又有一点波折,所以没有成功,非常可惜,我自己非常自责。")
GOES_ON = "果然最后就是有一群选民坚定的支持我们,另外一个就是人选非常重要,我们也一直在寻找人才。比如说我们在新城东区的人选是林"


def _post() -> list[str]:
    return ["[转录] 专访新党主席王大同", "作者: someone (某某)   2020-01-04 20:25:02",
            *_wrap(INTRO), *_wrap(ASK), *_wrap(ANSWER), *_wrap(GOES_ON)]


def test_a_full_line_cut_inside_its_sentence_goes_on_in_a_line_that_looks_like_a_heading(tmp_path):
    lines = _post()
    assert line_kind(lines[-1]) == "h" and display_width(lines[-2]) == WIDTH  # (the cut: 城东区的人选是林)
    page = parse_lines(tmp_path, lines)
    last = len(lines) - 1
    held = [(p, first) for p, first, end in zip(page.passages, page.lines, page.ends) if first <= last <= end]
    assert held, "the last line is lost"
    p, first = held[0]
    assert p.text.endswith("东区的人选是林") and p.speaker is not None and p.speaker.name == "王大同"


def test_the_wrapped_turns_are_the_glossed_labels_persons(tmp_path):
    page = parse_lines(tmp_path, _post())
    by_text = {p.text[:2]: p.speaker.name if p.speaker else None for p in page.passages}
    assert by_text["李明"] == "李明" and by_text["王大"] == "王大同" and by_text["果然"] == "王大同"


def test_a_page_of_paragraphs_has_no_wrap_width():
    lines = [INTRO, ASK[:40], ANSWER, GOES_ON[:30], "今天天气很好,我们去公园散步,", "他说,"]
    assert wrap_width(lines, [True] * len(lines)) is None
    assert wrap_width(_wrap(INTRO + ANSWER), [True] * 5) == WIDTH


def test_a_last_line_cut_right_after_a_speakers_clause_is_kept(tmp_path):
    lines = ["某市立委质疑部会态度", "2025/09/01 16:48",
             "〔记者张三／台北报导〕某部部长今上任，立委王小明指出，某部竟然用“丢链接”的方式要立委自己填表。",
             "王小明表示，既然部会自己说想要来拜会，真的不用心不甘情不愿的丢个表单来要委员自填。",
             "王小明认为，行政"]
    page = parse_lines(tmp_path, lines)
    cut = [p for p in page.passages if p.text == "王小明认为，行政"]
    assert cut and cut[0].speaker is not None and cut[0].speaker.name == "王小明"


def test_a_short_line_with_no_speakers_clause_under_the_article_is_no_passage(tmp_path):
    lines = ["某市立委质疑部会态度", "2025/09/01 16:48",
             "〔记者张三／台北报导〕某部部长今上任，立委王小明指出，某部竟然用“丢链接”的方式要立委自己填表。",
             "王小明表示，既然部会自己说想要来拜会，真的不用心不甘情不愿的丢个表单来要委员自填。",
             "分享，收藏"]
    assert not [p for p in parse_lines(tmp_path, lines).passages if p.text == "分享，收藏"]


# -- 某某部部长：… as the headline ---------------------------------------------------------------------

HEADLINE = "某某部部长:看看今天的天空,瓦蓝瓦蓝的,我站在这里,心情也放松了不少"
ARTICLE = ("3月8日,第二场“部长通道”集中采访活动举行,部分列席会议的有关部委主要负责人接受采访。"
           "某某部部长刘大海就去年生态环境保护和专项整治等问题回应了记者提问。")


def _headline_speaker(page):
    return next((p.speaker for p, first in zip(page.passages, page.lines) if first == 0), "no headline passage")


def test_a_headline_labelled_by_a_full_title_is_the_one_person_the_article_gives_it(tmp_path):
    page = parse_lines(tmp_path, [HEADLINE, "时间:2024/3/8 14:31:54", ARTICLE, "扫描关注微信号有更多的信息"])
    sp = _headline_speaker(page)
    assert sp is not None and sp != "no headline passage" and (sp.name, sp.title) == ("刘大海", "某某部部长")


def test_a_full_title_two_people_hold_names_nobody(tmp_path):
    article = ARTICLE + "前某某部部长孙立平也出席了活动。"
    page = parse_lines(tmp_path, [HEADLINE, "时间:2024/3/8 14:31:54", article, "扫描关注微信号有更多的信息"])
    assert _headline_speaker(page) in (None, "no headline passage")


def test_a_bare_post_as_a_headline_label_names_nobody_the_article_gives_no_words(tmp_path):
    article = ARTICLE.replace("某某部部长刘大海", "部长刘大海")
    page = parse_lines(tmp_path, ["部长:看看今天的天空,瓦蓝瓦蓝的,我站在这里,心情也放松了不少", "时间:2024/3/8 14:31:54",
                                  article, "扫描关注微信号有更多的信息"])
    assert _headline_speaker(page) in (None, "no headline passage")


# -- [某某]: 2018-03-12 15:00:47 ----------------------------------------------------------------------

STAMPED = ["《某某工作报告》解读系列访谈", "访谈时间:2018年3月12日15时", "访谈嘉宾:某某大学法学院教授 王建华",
           "访谈主持人:某某电视台主持人 李明亮", "访谈文字实录",
           "[李明亮]: 2018-03-12 15:00:47", "各位观众,大家下午好!我是李明亮。这里是某某新闻局主办的系列解读直播访谈活动现场。",
           "[李明亮]: 2018-03-12 15:01:05", "多年来,执行难问题备受社会各界关注,是长期制约法院工作发展的老大难问题。",
           "[王建华]: 2018-03-12 15:03:35", "执行难的原因是多方面的,我们这几年做了很多研究,也提出了很多建议。"]


def test_a_time_stamped_label_is_the_turn_of_the_person_it_names(tmp_path):
    page = parse_lines(tmp_path, STAMPED)
    got = {p.text[:4]: p.speaker.name if p.speaker else None for p in page.passages}
    assert got == {"各位观众": "李明亮", "多年来,": "李明亮", "执行难的": "王建华"}


def test_a_time_stamped_label_is_no_passage(tmp_path):
    page = parse_lines(tmp_path, STAMPED)
    assert not any(p.text.startswith("[") for p in page.passages)


# -- 马某某 / 某某队主教练 / words (a quote card) ------------------------------------------------------

def _card(words: str) -> list[str]:
    return ["主帅们的发布会", "2017-07-03 10:00",
            "先看昨晚的比赛。比赛结束,主教练总应该总结下比赛吧?输了比赛,主教练总要跟大家交代一下吧。",
            "马克西", "山东某某队主教练", words,
            "马克西感到可惜,主场的球迷则要直接哭晕在厕所了,球队在积分榜上的位置又下降了。"]


def test_a_name_over_its_title_over_first_person_words_labels_them(tmp_path):
    page = parse_lines(tmp_path, _card("我现在也没太想明白今天为什么会输球,今天我们踢得非常好,跟领头羊相比一点也不差。"))
    got = {p.text[:2]: p.speaker for p in page.passages}
    assert got["我现"] is not None and (got["我现"].name, got["我现"].title) == ("马克西", "山东某某队主教练")
    assert not {"马克西", "山东某某队主教练"} & {p.text for p in page.passages}  # the card's lines are no passages


def test_a_name_over_its_title_over_narration_is_no_label(tmp_path):
    page = parse_lines(tmp_path, _card("比赛最后十五分钟,对方没有值得一提的进攻,却在第八十二分钟打进了制胜球。"))
    got = {p.text[:2]: p.speaker for p in page.passages}
    assert got["比赛"] is None
