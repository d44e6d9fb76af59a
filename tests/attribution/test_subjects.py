"""Who a clause's subject is (retrieval/attribution/subjects.py): the person before a speech verb
across adverbials, manner, errands and leading clauses, connective verbs taking the person opening an
earlier clause, and clauses naming two people that name nobody. Invented text only.
"""

from __future__ import annotations

import pytest
from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.speakers import propose_paragraphs


def test_an_errand_before_the_verb_is_the_speakers_adverbial():
    # 董事长X上午前往…演讲前表示: going to an event, then the time word, then the verb
    text = ["华信公司董事长罗建军上午前往工商论坛演讲前表示,公司扩大海外投资是正常的商业考量。"]
    assert speakers_of(text) == ["罗建军"]


def test_an_errand_after_someone_elses_title_keeps_them_apart():
    # 罗建军的秘书前往…前表示: the secretary speaks, not the person whose secretary they are
    text = ["华信公司董事长罗建军今天到会。", "罗建军的秘书前往会场前表示,公司扩大海外投资是正常的商业考量。"]
    assert speakers_of(text)[1] is None


def test_a_connective_verb_takes_the_person_opening_an_earlier_clause():
    # …，且称 / …，仅称: the verb has no subject; the nearest earlier clause naming anyone names the speaker
    text = [
        "本市目前共有12例确诊病例,市长罗建军屡屡要求卫生部门公布病例的居住地点,且称「不知道」本区是否有病例。",
        "财政局长罗建军今午(23日)举行预算案记者会,三度被问是否参选均没有正面回答,仅称这是最后一份预算案。",
    ]
    assert speakers_of(text) == ["罗建军", "罗建军"]


def test_a_connective_verb_after_a_clause_naming_two_people_is_nobodys():
    # the nearest clause that names anyone names two people: the connective does not choose
    text = ["本市目前共有12例确诊病例,卫生局长罗建军查看了副局长王海燕整理的病例记录,且称「不知道」本区是否有病例。"]
    assert speakers_of(text) == [None]


def test_only_between_the_name_and_the_verb_is_an_adverbial():
    # 议员X仅回应，…: 仅 (data/adverbials.txt, data/after_name.txt) does not end up inside the name
    text = ["议员李建华仅回应,希望同事们把工作做好。"]
    assert speakers_of(text) == ["李建华"]


def test_manner_and_gesture_between_the_name_and_the_verb():
    # 赛后相当不满表示 / 略站起身说 / 详细解释了: words of data/adverbials.txt, in sequence
    text = [
        "华山队主教练李建华赛后相当不满表示,「我们就是太娇气,应该打得更强硬!」",
        "记者的问题还没说完,校长周文斌略站起身说,希望记者能够以政府工作报告为中心话题。",
        "卫生局长刘晓峰详细解释了这两名病例的发病经过。",
    ]
    assert speakers_of(text) == ["李建华", "周文斌", "刘晓峰"]


def test_the_words_used_between_the_name_and_the_verb():
    # X代表用“…”来形容 / 他用这样六个字形容: how the speaker said it (data/speech_units.txt)
    text = [
        "在谈及政府能为企业做些什么时,李建华代表用“月嫂式服务”来形容市政府的转变。",
        "“感恩、责任、珍惜。”当空间中心主任周文斌接过院士证书时,他用这样六个字形容了自己的心情。",
    ]
    assert speakers_of(text) == ["李建华", "周文斌"]


@pytest.mark.parametrize(
    "second",
    [
        "他续说,这次来香港主要有两个目的。",  # 续: going on, jieba joins it to 他
        "他还着重指出了人工智能带来的影响。",  # 着重: with emphasis
    ],
)
def test_an_adverbial_between_the_pronoun_and_the_verb(second):
    assert speakers_of(["中国侨联主席万立明表示,香港侨界要发挥作用。", second]) == ["万立明", "万立明"]


def test_yu_and_a_place_are_an_adverbial_before_the_verb():
    assert speakers_of(["东风汽车董事长竺延明昨于业绩会表示,公司今年的销量目标为335万辆。"]) == ["竺延明"]


def test_a_book_title_does_not_end_the_clause_before_the_verb():
    text = [
        "(巴生28日讯)地方政府发展部长倪可明表示,媒体要讲真话。",
        "他昨晚在《南洋日报》百年报庆晚宴巴生站致开幕词时说:“在一个被谎言蒙蔽的时代,讲真话的媒体更可贵。”",
    ]
    assert speakers_of(text) == ["倪可明", "倪可明"]


def test_during_that_the_sentence_opener_speaks():
    text = ["俄罗斯总统普金即将结束访问,他晚上举行记者会,期间谈到,他愿意与对方会面。"]
    assert speakers_of(text) == ["普金"]


def test_manner_then_the_verb_after_clauses_naming_nobody():
    text = ["现场虽嘈杂,但是外交部长王毅仍驻足倾听提问。",
            "王毅听到后,停下脚步,缓慢而坚定地回答:“中方当然要求对方严格恪守承诺。”"]
    assert speakers_of(text)[1] == "王毅"


def test_a_weekday_between_name_and_verb_keeps_the_subject():
    got = speakers_of(["政府发言人高德明周四说，这个问题不值得回应，各方应当保持克制。"])
    assert got == ["高德明"]


def test_unread_subject_reads_a_surname_and_two_characters_jieba_splits():
    from retrieval.attribution.references import _unread_subject
    assert _unread_subject({}, "郭文海一边认真听取发言") == "郭文海"
    assert _unread_subject({}, "王府井大街人流如织") is None  # a place jieba knows whole
    assert _unread_subject({}, "张开双臂欢迎大家") is None
    assert _unread_subject({}, "高度重视这项工作") is None
    assert _unread_subject({"郭文海": "市委书记"}, "郭文海一边认真听取发言") is None  # known: a mention reads it


def test_coordinated_reads_subjects_side_by_side_not_companions_of_one():
    from retrieval.attribution.references import _coordinated
    known = {"王建国": "市长", "李明": "副市长"}
    assert _coordinated({}, known, "市长王建国与副市长李明出席开幕式") == {"王建国", "李明"}
    assert _coordinated({}, known, "市长王建国会见了副市长李明") == set()


def _names(paragraphs: list[str], i: int) -> list[tuple[str, str, float]]:
    props = propose_paragraphs(paragraphs)[i]
    return [(p.speaker.name, next(k[3:] for k, _ in p.features if k.startswith("by:")), p.rule) for p in props]


def test_shou_fang_shi_is_an_adverbial_between_subject_and_verb():
    # a name jieba alone finds, once: a weak name, but the verb is read (it can contest another speaker)
    assert [n for n, _, _ in _names(["郭国文受访时表示，预算议题南部委员都感同身受。"], 0)] == ["郭国文"]


def test_a_person_after_a_verb_is_no_subject_of_a_later_clause_initial_verb():
    got = speakers_of([
        "市委书记张华指出，今年是全市发展进程中具有重要意义的一年。全市上下牢记王明总书记的殷殷嘱托，"
        "作出了加快发展的决定，提出了新的发展思路，明确了走在全省前列的目标，取得了来之不易的成绩。",
    ])
    assert got == ["张华"]


def test_adverbials_between_a_speaker_and_the_verb():
    assert titled_speakers_of(["鸿海集团董事长郭台明受访表示,目前产学链结关系仍不够。"]) == [("郭台明", "鸿海集团董事长")]
    assert titled_speakers_of(["此前,蔚来汽车创始人沈晓晖曾公开表示,融资能力很关键。"])[0][0] == "沈晓晖"
    assert titled_speakers_of(["台北市长蒋万宁微笑并回应,就是全力争取市民认同。"])[0][0] == "蒋万宁"


def test_a_leading_time_clause_then_the_person_and_a_quotation():
    # 在…的时候，纪导…。“…”: the adverbial clause names nobody, the surname and short title the coach
    text = [
        "昨天的比赛中,华山队主教练纪长河对比赛非常不满意。",
        "在总结比赛的时候,纪导神情严肃,语气也很低沉。“这样的比赛很难让人满意,我们必须好好反思。”",
    ]
    assert titled_speakers_of(text)[1][0] == "纪长河"


def test_a_leading_time_clause_naming_someone_is_no_lead_in():
    # the clause names another person: whose the quotation is stays unsure
    text = [
        "昨天的比赛中,华山队主教练纪长河对比赛非常不满意。",
        "在王明提问的时候,纪导神情严肃,语气也很低沉。“这样的比赛很难让人满意,我们必须好好反思。”",
    ]
    assert titled_speakers_of(text)[1] != ("王明", None)


def test_a_person_then_a_predicate_then_manner_before_the_verb():
    # 郎导感谢了现场球迷颇有些激动地表示: the clause's one person speaks, in manner
    text = [
        "主教练孙海平赛前被问到目标时表现得非常低调。",
        "不过今天比赛之后,孙导感谢了现场球迷颇有些激动地表示,“只要穿上这件球衣,就是代表国家。”",
    ]
    assert titled_speakers_of(text)[1] == ("孙海平", "主教练")


def test_two_people_in_the_clause_before_manner_name_nobody():
    text = ["主教练孙海平赛前被问到目标时表现得非常低调。", "孙导的话让队长李强颇有些激动地表示,“我们会全力以赴,不辜负大家。”"]
    assert titled_speakers_of(text)[1][0] != "孙海平"


def test_someone_made_to_speak_is_not_the_opening_person():
    text = ["主教练孙海平赛前被问到目标时表现得非常低调。", "孙导让球员们颇有些激动地表示,“我们会全力以赴,不辜负大家。”"]
    assert titled_speakers_of(text)[1][0] != "孙海平"


def test_manner_alone_before_the_verb_is_the_person_opening_the_clause_before():
    # 楼继伟毫不回避，坦率地回答: the clause before opens with the one person who answers
    text = ["财政部部长楼继伟出席记者会。", "当记者提问时,楼继伟毫不回避,坦率而又入情入理地回答:“这个问题很重要,我们会认真研究。”"]
    assert titled_speakers_of(text)[1][0] == "楼继伟"


def test_manner_alone_after_a_clause_naming_two_people_names_nobody_from_it():
    text = ["财政部部长楼继伟出席记者会。", "当记者提问时,楼继伟和部长王军相视一笑,坦率而又入情入理地回答:“这个问题很重要,我们会认真研究。”"]
    assert titled_speakers_of(text)[1][0] is None


def test_a_leading_after_clause_then_the_person_whose_sentence_ends_in_a_verb():
    # 记者会开始后，徐巧芯自备卷尺…，并强调…: the clause of time names nobody, the person opens the rest
    text = ["立委张丽华昨天出席了会议。", "记者会开始后,张丽华自备卷尺,前往记者室门外,并强调此处是公共区域,没有人可以阻止。"]
    assert titled_speakers_of(text)[1][0] == "张丽华"


def test_the_person_after_a_leading_clause_naming_someone_else_is_the_subject():
    text = ["立委张丽华昨天出席了会议。", "部长王建军离开后,张丽华自备卷尺,前往记者室门外,并强调此处是公共区域,没有人可以阻止。"]
    assert titled_speakers_of(text)[1][0] == "张丽华"
