"""Article extraction and sources on real pages: no labelled line lost, the headline as title.

tests/data/dev-pages/ is a copy of ../shared/dev-pages/; tests/data/real-odd/ holds the ODD
pages of ../shared/real-pages (p01, p03, …, p25) with their gold rows and sources.json
entries — the even half is the frozen blind set and is never copied here.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest

from retrieval.cache.files import scan
from retrieval.cli import main
from retrieval.evaluation import attribution_metrics, load_jsonl, titles_agree
from retrieval.pages.ingest import load_corpus, parse_page, read_file
from retrieval.pages.textpage import dateline_outlet, parse

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = DATA / "dev-pages"
ODD = DATA / "real-odd"


def _metrics(folder: Path, gold: str) -> dict:
    return attribution_metrics(load_jsonl(folder / gold), folder, folder / "seed.txt")


@pytest.fixture(scope="module")
def dev():
    return _metrics(DEV, "attribution-gold.jsonl")


@pytest.fixture(scope="module")
def odd():
    return _metrics(ODD, "gold.jsonl")


def _parsed(path: Path):
    return parse_page(path, read_file(path))


def test_no_labelled_line_is_lost(dev, odd):
    assert dev["lost"] == [] and dev["lost_lines"] == 0
    assert odd["lost"] == [] and odd["lost_lines"] == 0


def test_titles_consistent_with_sources(dev, odd):
    for m in (dev, odd):
        assert m["titles_checked"] == len([p for p in m["pages"] if p["file"] != "seed"])
        assert m["titles_consistent"] == 1.0, [p for p in m["pages"] if p.get("title_consistent") is False]


def test_headlines_found_on_the_page_without_sources(tmp_path):
    """Without sources.json the pages with a headline still give it (not a caption, chrome or a quote)."""
    sources = json.loads((ODD / "sources.json").read_text("utf-8")) | json.loads((DEV / "sources.json").read_text("utf-8"))
    expected = {
        "p01.txt": "省委召开优秀县(市、区)委书记座谈会",
        "p07.txt": "郭董透過臉書說新聞 不讓朋友誤信不專業報導",
        "p09.txt": "总投资110亿!新凤鸣集团项目签约!",
        "p11.txt": "省政府新闻办举行解读《山东省林木种质资源保护办法》新闻发布会",  # not "中国新媒体(http://…):"
        "p15.txt": "境外媒体点评两会首场发布会:“实打实”",  # not the portal's chrome "新闻源 财富源"
        "p25.txt": "“這樣的好地方,舍不得搬走吶”",  # under its kicker 陳代蓉——
        "dev-01.txt": "2022年10月27日外交部发言人毛宁主持例行记者会",
        "dev-04.txt": "雷军:在小米参与和推动下,中国山寨机已被彻底消灭",
    }
    for name, title in expected.items():
        src = (ODD if name.startswith("p") else DEV) / name
        copy = tmp_path / name
        copy.write_bytes(src.read_bytes())
        got = _parsed(copy).document.title
        assert got == title and titles_agree(got, sources[name]["title"].split(" (")[0])


def test_a_quote_is_never_the_title():
    # dev-09: "不解 国力球员赵昌宏咬牙切齿:“…”" stands among the paragraphs: it is one of them
    page = _parsed(DEV / "dev-09.txt")
    assert "赵昌宏" not in page.document.title
    assert any(p.text.startswith("不解 国力球员赵昌宏") for p in page.passages)
    text = "“今年的收成比去年好多了！”村民李大山笑着说，他家的苹果卖到了每斤八元。\n" \
           "“合作社帮我们找到了销路。”李大山说，今年全村的收入翻了一番，大家都很高兴。\n"
    assert parse(text).title is None  # no headline on the page: none is made up from a quote


def test_sources_json_gives_the_url(tmp_path):
    (tmp_path / "a.txt").write_text("某某新闻标题在这里\n2024-03-01 10:00 来源:某某日报\n" + "这是一段正文，讲述了一件事情的来龙去脉，内容足够长。\n" * 3, "utf-8")
    (tmp_path / "b.txt").write_text("市民王先生说，公园修好以后，每天都来这里散步，心情好多了。\n" * 3, "utf-8")
    (tmp_path / "sources.json").write_text(json.dumps({
        "a.txt": {"url": "https://example.com/a", "title": "另一个标题", "outlet_and_date": "别的报 2024-03-01"},
        "b.txt": {"url": "https://example.com/b", "title": "(no headline in stored text) 公园修好了", "outlet_and_date": "晚报 (via x)"},
    }, ensure_ascii=False), "utf-8")
    a, b = _parsed(tmp_path / "a.txt").document, _parsed(tmp_path / "b.txt").document
    assert a.url == "https://example.com/a" and b.url == "https://example.com/b"
    assert (a.title, a.outlet) == ("某某新闻标题在这里", "某某日报")  # the page's own come first
    assert (b.title, b.outlet) == ("公园修好了", "晚报")  # sources.json fills what the page lacks
    assert _parsed(ODD / "p01.txt").document.url == "http://www.gcdr.gov.cn/content.html?id=30479"


def test_metadata_files_are_not_warned_about(tmp_path, caplog):
    (tmp_path / "a.txt").write_text("这是一段正文，讲述了一件事情的来龙去脉，内容足够长。\n", "utf-8")
    (tmp_path / "sources.json").write_text('{"a.txt": "https://example.com/a"}', "utf-8")
    (tmp_path / "gold.jsonl").write_text('{"file": "a.txt", "idx": 0, "speaker": null}\n', "utf-8")
    (tmp_path / "notes.xyz").write_text("x", "utf-8")
    with caplog.at_level(logging.WARNING):
        (page,) = load_corpus(tmp_path)
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert ".json" not in warned and "notes.xyz" in warned
    assert page.document.url == "https://example.com/a"
    files, skipped = scan(tmp_path)
    assert [f.rel for f in files] == ["a.txt"] and len(skipped) == 1 and "notes.xyz" in skipped[0]


def test_a_changed_sources_json_changes_the_page_key(tmp_path):
    (tmp_path / "a.txt").write_text("这是一段正文，讲述了一件事情的来龙去脉，内容足够长。\n", "utf-8")
    (tmp_path / "sources.json").write_text('{"a.txt": "https://example.com/a"}', "utf-8")
    (key1,) = [f.key for f in scan(tmp_path)[0]]
    (tmp_path / "sources.json").write_text('{"a.txt": "https://example.com/changed"}', "utf-8")
    (key2,) = [f.key for f in scan(tmp_path)[0]]
    assert key1 != key2


def test_transcript_turns_are_passages():
    text = "\n".join([
        "发布会实录",
        "2024-05-06 15:00 来源:某某网",
        "5月6日下午,市政府新闻办举行新闻发布会,介绍今年城市更新工作进展情况,并回答记者提问。",
        "陈强:",
        "新闻界的各位朋友,女士们、先生们:",
        "大家下午好!",
        "欢迎参加今天的新闻发布会,下面请市住建局负责同志介绍有关情况。",
        "记者:老旧小区改造今年有什么新举措?",
        "李明(市住建局):今年重点是加装电梯。",
        "问:资金从哪里来?",
        "答:财政补一点。",
        "参加今天发布会的新闻单位主要有:",
    ])
    page = parse(text)
    texts = [b.text for b, k in page.body if k == "p"]
    assert texts == [
        "5月6日下午,市政府新闻办举行新闻发布会,介绍今年城市更新工作进展情况,并回答记者提问。",
        "陈强:新闻界的各位朋友,女士们、先生们:",  # a name alone on a line opens the paragraph after it
        "大家下午好!",
        "欢迎参加今天的新闻发布会,下面请市住建局负责同志介绍有关情况。",
        "记者:老旧小区改造今年有什么新举措?",
        "李明(市住建局):今年重点是加装电梯。",
        "问:资金从哪里来?",
        "答:财政补一点。",
        "参加今天发布会的新闻单位主要有:",
    ]
    assert page.title == "发布会实录" and page.outlet == "某某网"
    assert page.roles[3] == "turn" and page.ends[3] == 4


def test_the_article_at_the_top_beats_a_list_of_stories_below():
    article = [
        "主帅赛后谈胜利",
        "“年轻球员今天打得很有韧性，防守端执行得非常好，这是我们取胜的关键。”主教练王强在赛后说。",
        "王强表示，球队下一阶段的重点是减少失误，提高篮板球的保护，继续给年轻人机会。",
        "“我们还有很多需要提高的地方，每一场比赛都是学习的机会。”王强说。",
    ]
    stories = [f"其他联赛：某队击败某队取得{n}连胜 2021-10-{n:02d}" for n in range(10, 18)]
    stories += ["2021-10-18 09:00", "相关新闻", "评论"]
    page = parse("\n".join(article + stories))
    assert [b.text for b, k in page.body if k == "p"] == article[1:]
    assert page.title == "主帅赛后谈胜利"


def test_captions_and_widgets_are_not_passages():
    text = "\n".join([
        "村里来了新书记",
        "2023-06-01 08:00 来源:某某日报",
        "▲李书记(左二)在田间查看庄稼长势 记者 张三 摄",
        "李书记到村里任职已经三年，这三年来村里的道路修好了，产业也发展起来了。",
        "李书记",
        "分享到微信朋友圈",
        "打开微信,点击底部的“发现”,",
    ])
    page = parse(text)
    assert [b.text for b, k in page.body] == ["李书记到村里任职已经三年，这三年来村里的道路修好了，产业也发展起来了。"]


def test_a_site_watermark_after_every_paragraph_is_dropped():
    page = _parsed(ODD / "p13.txt")
    assert not any(p.text.endswith("拜客生活常识网") for p in page.passages)
    assert "秦大使:这是对媒体公开发布的。" in [p.text for p in page.passages]


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("新华网北京3月13日电(记者张三)全国人大会议今天闭幕。", "新华网"),
        ("人民网北京7月3日电 记者从有关部门获悉,新规下月实施。", "人民网"),
        ("新华社联合国1月6日电(记者王建刚)联合国秘书长古特雷斯6日呼吁各方保持克制。", "新华社"),
        ("衡东融媒2月23日讯(通讯员 许思思)为深入贯彻落实中央一号文件精神,工作人员深入乡镇。", "衡东融媒"),
        ("本报讯(记者 李四)昨天,全市召开会议。", None),
        ("本报北京3月1日电 记者从会上获悉,方案已经出台。", None),
        ("据新华社消息,会议于昨日召开。", None),
        ("中国电信今天发布新产品。", None),
    ],
)
def test_outlet_from_datelines(paragraph, outlet):
    assert dateline_outlet(paragraph) == outlet


def test_dateline_outlet_on_pages():
    assert _parsed(DEV / "dev-13.txt").document.outlet == "新华社"
    assert _parsed(DEV / "dev-02.txt").document.outlet == "中廣網"  # traditional page, kept as written
    assert _parsed(DEV / "dev-15.txt").document.outlet == "新华社"  # 来源: sp20241224 is no outlet


def test_eval_prints_pages_lost_lines_and_titles(capsys):
    gold = str(ODD / "gold.jsonl")
    assert main(["eval", "--attribution", gold, "--files", "p0*.txt,p11.txt"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("precision")
    for key in ("lost_lines", "titles_consistent", "title_agreement"):
        assert key in out
    rows = [ln.split()[0] for ln in out.splitlines() if ln.startswith("p") and ln.split()[0].endswith(".txt")]
    assert rows == ["p01.txt", "p03.txt", "p05.txt", "p07.txt", "p09.txt", "p11.txt"]
    assert main(["eval", "--attribution", gold, "--files", "p13.txt", "--json"]) == 0
    m = json.loads(capsys.readouterr().out)
    assert [p["file"] for p in m["pages"]] == ["p13.txt"]
    assert {"precision", "recall", "lost", "confused", "title", "title_consistent"} <= set(m["pages"][0])


def test_headline_over_a_byline_and_the_date_not_the_site_name():
    text = "\n".join([
        "中国新闻网",
        "体育频道",
        "主场逆转取胜 球队迎来三连胜",
        "作者:张三",
        "2023-04-05 21:30",
        "本站讯 昨晚的比赛中,主队在落后十分的情况下连续得分,最终以两分优势取胜,取得三连胜。",
        "主教练李明赛后表示,球员们在下半场展现了很强的斗志,这场胜利来之不易。",
    ])
    page = parse(text)
    assert page.title == "主场逆转取胜 球队迎来三连胜"
    assert page.published == "2023-04-05T21:30:00"
    assert page.body[0][0].text.startswith("本站讯")  # a dateline, not the site's disclaimer


def test_an_editor_asking_is_a_turn_not_the_end_of_the_article():
    text = "\n".join([
        "对话乡村医生",
        "2023-08-19 09:00 来源:某某网",
        "编辑:您在村里行医多少年了?",
        "王医生:整整三十年了,村里的老人孩子我都看过。",
        "编辑:最难的是什么?",
        "王医生:冬天下雪出诊,山路不好走。",
        "责任编辑:李四",
        "相关链接:",
        "另一篇报道的摘要写在这里,它是一段完整的句子,讲的是别的事情,和本文没有关系。",
    ])
    texts = [b.text for b, k in parse(text).body]
    assert texts == ["编辑:您在村里行医多少年了?", "王医生:整整三十年了,村里的老人孩子我都看过。",
                     "编辑:最难的是什么?", "王医生:冬天下雪出诊,山路不好走。"]


def test_a_comment_widget_is_not_the_article():
    text = "\n".join([
        "小区加装电梯顺利完工",
        "2023-09-01 10:00 来源:某某网",
        "经过三个月的施工,老旧小区的第一部电梯昨天正式投入使用,居民们纷纷前来试乘。",
        "“以前爬六楼要歇好几次,现在方便多了。”居民张建国说。",
        "网友评论",
        "北京网友:这样的好事应该多做一些。",
        "上海网友:我们小区什么时候也能装上电梯呢?",
    ])
    texts = [b.text for b, k in parse(text).body]
    assert texts == ["经过三个月的施工,老旧小区的第一部电梯昨天正式投入使用,居民们纷纷前来试乘。",
                     "“以前爬六楼要歇好几次,现在方便多了。”居民张建国说。"]


def test_the_cached_corpus_follows_a_changed_sources_json(tmp_path):
    from retrieval import Retriever

    corpus, cache = tmp_path / "corpus", tmp_path / "cache"
    corpus.mkdir()
    (corpus / "a.txt").write_text("市民王先生说，公园修好以后，每天都来这里散步，心情好多了。\n", "utf-8")
    (corpus / "sources.json").write_text('{"a.txt": "https://example.com/old"}', "utf-8")
    settled = time.time() - 60  # files and folder older than the manifest: its one-stat-per-folder start applies
    for p in (corpus / "a.txt", corpus / "sources.json", corpus):
        os.utime(p, (settled, settled))
    assert Retriever.from_path(corpus, cache_dir=cache).passages[0].source.url == "https://example.com/old"
    (corpus / "sources.json").write_text('{"a.txt": {"url": "https://example.com/new"}}', "utf-8")  # in place
    assert Retriever.from_path(corpus, cache_dir=cache).passages[0].source.url == "https://example.com/new"


def test_a_site_name_after_the_headline_is_no_part_of_the_title(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>市长谈城市更新：三年完成改造_新浪新闻</title></head><body>"
        "<p>市长张三表示，今年将完成全市老旧小区改造任务的三分之一，三年内全部完成。</p>"
        "<p>他说，改造资金由财政和社会资本共同承担，居民也可以自愿出资。</p></body></html>", "utf-8")
    doc = _parsed(page).document
    assert (doc.title, doc.outlet) == ("市长谈城市更新：三年完成改造", "新浪新闻")


def test_eval_names_a_gold_page_it_cannot_read(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"file": "missing.txt", "idx": 0, "speaker": "张三"}\n', "utf-8")
    assert main(["eval", "--attribution", str(gold)]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_a_name_alone_on_the_first_line_of_the_article_opens_its_first_turn():
    text = "\n".join([
        "发布会实录",
        "2024-05-06 15:00 来源:某某网",
        "主持人:",
        "各位记者朋友,大家下午好,欢迎参加今天的新闻发布会,首先请市住建局负责同志介绍情况。",
        "李明:今年全市计划改造老旧小区一百个,目前已经开工六十个,年底前全部完工。",
    ])
    texts = [b.text for b, k in parse(text).body]
    assert texts[0] == "主持人:各位记者朋友,大家下午好,欢迎参加今天的新闻发布会,首先请市住建局负责同志介绍情况。"


def test_paragraphs_outweigh_a_longer_list_of_headlines():
    article = [
        "“防守端大家执行得很好，年轻球员也打出了自己的特点。”主教练王强在赛后说。",
        "王强表示：“下一场对手很强，我们要把失误控制住，继续保持专注。”",
    ]
    headlines = [f"第{n}轮综述：湖人客场击败勇士取得三连胜，詹姆斯砍下三十分十篮板，浓眉哥贡献二十分" for n in range(1, 9)]
    page = parse("\n".join(["赛后发布会", *article, "热门赛事", "热门赛事", "热门赛事", "热门赛事", "热门赛事", "热门赛事", *headlines]))
    assert [b.text for b, k in page.body if k == "p"] == article


def test_the_article_goes_on_past_a_date_line_inside_it():
    text = "\n".join([
        "一年来的变化",
        "2024-01-05 08:00 来源:某某日报",
        "去年春天,村里开始修建新的水渠,村民们都盼着早日完工,好让庄稼不再靠天吃饭。",
        "2023年10月1日",
        "“水渠通了,今年的麦子浇上了水,收成比往年好多了。”村民李大山说,他家今年多收了两千斤粮食。",
        "责任编辑:王五",
        "相关新闻",
    ])
    texts = [b.text for b, k in parse(text).body]
    assert texts[-1].startswith("“水渠通了") and len(texts) == 2


def test_a_turn_without_punctuation_among_turns_is_a_passage():
    text = "\n".join([
        "赛后采访",
        "2023-07-01 22:00 来源:某某网",
        "记者:今天的比赛你满意吗?",
        "劉子歌:是的",
        "记者:下一站去哪里比赛?",
        "劉子歌:下个月去欧洲参加公开赛,希望能保持现在的状态。",
    ])
    texts = [b.text for b, k in parse(text).body if k == "p"]
    assert "劉子歌:是的" in texts and len(texts) == 4


def test_site_chrome_above_the_headline_is_not_the_title():
    article = [
        "某市长调研港口建设",
        "2024-03-05 09:00 来源:某某日报",
        "3月4日,某市长王建华到港口建设工地调研,了解港口建设进展和存在的困难。",
        "王建华指出,港口建设是全市重点项目,要加快进度,确保年底前投入使用。",
    ]
    for chrome in ("跳至主要内容", "无障碍链接", "转换到繁体中文", "当前报章为 第14238号"):
        page = parse("\n".join([chrome, *article]))
        assert page.title == "某市长调研港口建设", chrome
    # a row of menu items is navigation, never a headline
    page = parse("\n".join(["国内 国际 社会 文史 经济 滚动", *article]))
    assert page.title == "某市长调研港口建设"
    # a kicker and a title the article barely repeats stay the headline
    page = parse("\n".join(["春风十里不如你", *article[1:]]))
    assert page.title == "春风十里不如你"


def test_a_byline_is_not_the_title():
    body = [
        "3月4日,某市长王建华到港口建设工地调研,了解港口建设进展和存在的困难。",
        "王建华指出,港口建设是全市重点项目,要加快进度,确保年底前投入使用。",
    ]
    for byline in ("记者黄小明／台北报导", "文/学生记者团 王小雪 杨小坤"):
        assert parse("\n".join([byline, *body])).title is None, byline
    assert parse("\n".join(["郭卫民(中评社 林艳摄) |", *body])).title is None  # a photo credit


def test_a_short_headline_with_a_number_and_chrome_with_nothing_better():
    body = [
        "村里工作千头万绪,情况错综复杂,当好一个村书记难度不小,要会谋划也要会落实。",
        "村党组织书记不仅要会谋划,要有宏观的视野,还要有战略的思维和大局的意识。",
    ]
    assert parse("\n".join(["主持人 徐培武", "村书记36计", "主持人 徐培武", *body])).title == "村书记36计"
    assert parse("\n".join(["48小时新闻排行", *body])).title is None  # site chrome is never a headline


def test_a_lead_in_over_short_lines_of_words_is_one_passage_not_headings():
    text = "\n".join([
        "市里开会部署春耕",
        "2024-03-02 09:00 来源:某某网",
        "3月1日上午,市政府召开春耕生产工作会议,各区县负责同志参加会议,会上通报了去年的粮食产量。",
        "张华回应:",
        "今年不会再让农民等种子",
        "化肥价格保持稳定",
        "会议还听取了各区县的情况汇报,并对下一阶段的重点任务作了具体安排,要求各地抓紧落实。",
        "王军指出",
        "眼下正是备耕的关",
    ])
    body = parse(text).body
    texts = [b.text for b, k in body if k == "p"]
    assert "张华回应:今年不会再让农民等种子化肥价格保持稳定" in texts
    assert texts[-1] == "王军指出眼下正是备耕的关"  # a page cut inside its last sentence
    assert not [b for b, k in body if k == "h"]


def test_headings_under_an_article_stay_out_without_a_lead_in():
    text = "\n".join([
        "市里开会部署春耕",
        "2024-03-02 09:00 来源:某某网",
        "3月1日上午,市政府召开春耕生产工作会议,各区县负责同志参加会议,会上通报了去年的粮食产量。",
        "会议还听取了各区县的情况汇报,并对下一阶段的重点任务作了具体安排,要求各地抓紧落实。",
        "热门专题",
        "春耕备耕进行时",
    ])
    texts = [b.text for b, k in parse(text).body]
    assert len(texts) == 2 and texts[-1].startswith("会议还听取")


def test_a_footer_repeating_the_headline_is_the_headline_block():
    text = "\n".join([
        "某某论坛 发表于 2024-3-9 21:27:28",
        "主教练:感谢全队的坚持",
        "3月9日,某某队客场一比零取胜,赛后主教练李强表示今天的胜利来之不易,感谢全队的坚持。",
        "页: [1]",
        "查看完整版本: 主教练:感谢全队的坚持",
    ])
    page = parse(text)
    assert page.title == "主教练:感谢全队的坚持"
    assert [b.index for b in page.head] == [1, 4]
    assert [b.text for b, k in page.body] == [text.splitlines()[2]]


def test_a_heading_giving_a_quoted_persons_words_is_a_passage_a_text_label_is_not():
    text = "\n".join([
        "新车发布会",
        "2024-04-18 20:00 来源:某某网",
        "4月18日晚,某某公司在北京举行新车发布会,董事长王刚登台介绍了新车的配置和价格。",
        "被指抄袭外观",
        "王刚:挺委屈的",
        "发布会上,王刚称,新车的外观由公司自己的团队设计,用了整整三年时间,和别家并不一样。",
        "要点一:续航里程",
        "新车的续航里程达到七百公里,比上一代提高了一百公里,售价与上一代保持不变。",
    ])
    body = parse(text).body
    assert ("王刚:挺委屈的", "p") in [(b.text, k) for b, k in body]
    assert ("要点一:续航里程", "h") in [(b.text, k) for b, k in body]
