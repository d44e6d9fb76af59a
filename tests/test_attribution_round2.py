"""Attribution mechanisms of issue 10's second round on web pages: possessors, companions,
a transliterated name with an honorific after it, topics answered, clauses with no subject of
their own. The texts are written for these tests: they test mechanisms, not quality.
"""

from __future__ import annotations

from retrieval.attribution.lexicon import mentions
from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs, context=context)]


def test_a_possessor_does_not_contest_a_pronoun():
    paras = [
        "作家王建华说他家里有很多书,“我的一大苦恼就是书没地方放。”",
        "我问他最近在读什么书,他说在读三本书:一是再读冯友兰的《中国哲学简史》;二是一本小说。",
    ]
    assert _who(paras) == ["王建华", "王建华"]


def test_a_companion_does_not_lead_the_sentence():
    context = ("美国总统唐纳德·特朗普会见采访团队",)
    para = ("美国总统唐纳德·特朗普4月7日就与中国国家主席习近平进行的会谈向采访团队表示,“我们取得了重大突破”。"
            "特朗普总统与习近平主席一起会见采访团队时还表示“问题将会消失”。")
    assert _who([para], context) == ["唐纳德·特朗普"]


def test_a_transliterated_name_with_an_honorific_after_it():
    context = ("美国总统唐纳德·特朗普4月6日在佛罗里达与中国国家主席习近平会晤",)
    paras = ["特朗普总统和习主席的首次会面气氛友好。特朗普总统在晚宴上表示,“能够接待习主席一行,我们感到非常荣幸”。"]
    assert _who(paras, context) == ["唐纳德·特朗普"]
    # 和 before a surname and an honorific joins: 习主席 is no person named 和习
    assert all(sp.name != "和习" for _, sp in mentions("特朗普总统和习主席的首次会面", {}))


def test_the_reason_spoken_about_is_no_words():
    assert _who(["央视采访了王建华,他谈到了队员在场上给人不努力感觉的原因。"]) == [None]
    assert _who(["央视采访了王建华,他谈到,队员在场上要更加努力。"]) == ["王建华"]


def test_a_clause_with_no_subject_speaks_with_the_earlier_clause_of_its_sentence():
    context = ("某某村党支部书记王建华",)
    # colon: 就在…面前拍了胸脯：“…” — 就 opens a clause whose subject came before
    assert _who(["王建华上任的第一天,就在全村党员面前拍了胸脯:“路,我一定把它修起来!”"], context) == ["王建华"]
    # a verb opening its clause, the subject in the nearest clause that names one
    assert _who(["会议开始后,大家先唱了国歌,之后王建华就分享了考察心得,并表示村里明年要修路。"], context) == ["王建华"]
    # …一手拿出发言稿对记者说：— the clause names nobody, the one before opens with 他
    paras = ["3月1日,委员王建华一到驻地就扎进房间修改提案。他一手抚摸着键盘,一手拿出发言稿对记者说:“我们应该集中精力研究新问题。”"]
    assert _who(paras, context) == ["王建华"]
    # after a speech verb of someone else, the clauses are what was said: nobody
    assert _who(["有网民发帖称,王建华曾在纪录片中露面,谈及村里的种种情况,引发关注。"], context) == [None]
    # a clause opening with no such word keeps no subject (大屏幕上写着：…)
    assert _who(["王建华走进会场,大屏幕上写着:“欢迎各位代表。”"], context) == [None]


def test_a_paragraph_two_people_speak_in_goes_to_the_one_who_says_most():
    context = ("外交部发言人王建华", "国务卿李明会见外长张强")
    para = ("据报道,外交部发言人王建华表示,李明要求与张强进行交谈。李明在会谈结束后表示,"
            "他在会谈中告诉张强,美方准备继续推动合作,同时他还敦促对方改变暂停履行协议的决定。")
    out = attribute_paragraphs([para], context=context)[0]
    assert out.speaker.name == "李明" and out.confidence < 0.95
    # one reporting another inside their own words keeps the paragraph
    assert _who(["外交部发言人王建华9日表示,李明称他对张强很不满意,我方对此保持平静态度,并将继续谋求修复关系。"], context) == ["王建华"]
    # words shared about evenly: nobody
    even = "外交部发言人王建华表示,双方应当加强沟通。李明则表示,双方应当保持克制。"
    assert _who([even], context) == [None]
    # the one who spoke the paragraph before is the other one: nobody
    before = "外交部发言人王建华表示,双方应当加强沟通与合作。"
    assert _who([before, "王建华表示,会谈很好。李明则解释,会谈中双方就很多问题交换了意见,达成了广泛的共识,还将继续沟通。"], context) == ["王建华", None]


def test_a_noun_of_what_was_said_before_a_quotation_and_a_quotation_after_an_introduction():
    paras = [
        "兄弟队昨天输球,总教练王建华认为安打虽然不少,但是不够连贯,还要再加强。",
        "对于先发投手李明的表现,他则给了肯定的评价,「不过他5局的时候又开始不稳,所以才将他换下场。」",
        "李明这场比赛共投了78球,先发4局被敲5安,投出4次保送,失掉两分。",
        "「我去年连登板的资格都没有,今年却可以投第一场比赛,已经算可以接受了。」",
        "对于自己首局的状况,他说希望下一场能够找到比赛的感觉,「这是我还要再改进的。」",
    ]
    out = attribute_paragraphs(paras)
    assert [a.speaker.name if a.speaker else None for a in out] == ["王建华", "王建华", None, "李明", "李明"]
    assert out[3].speaker.title == "先发投手"  # 对于 ends the words before a title
    # a noun that says nothing, before a quotation, is no speech
    assert _who(["总教练王建华看了看比分牌,「兄弟队」三个字格外醒目。"]) == [None]


def test_a_book_title_does_not_split_a_clause_and_a_byline_before_a_space_does_not_speak():
    para = "南都讯 记者李明 王建华在接受电视台《对话》栏目采访时称,自己对消费者是有所交代的。"
    assert _who([para], ("王建华接受电视台专访",)) == ["王建华"]
    # a title, a space, a name: still one person (游客 何佳怡)
    assert _who(["“我们每个周末都会来。”——游客 何佳怡"]) == ["何佳怡"]


def test_a_surname_and_title_is_contested_only_in_its_own_sentences():
    paras = [
        "台钢总教练王建华昨天赛后接受采访,谈了对比赛的看法。",
        "两队昨天你来我往,最后投手李明登板,因为失投挨了张强的全垒打。就连王总都认为比赛好看,「虽然最后是我们输了,但那股拼劲要留着。」",
    ]
    assert _who(paras) == [None, "王建华"]
    # another person speaking in the same sentence still contests it (and with no quotation, any other person)
    other = ["台钢总教练王建华昨天赛后接受采访,谈了对比赛的看法。", "王总认为比赛好看,李明则表示,「那股拼劲要留着。」"]
    assert _who(other)[1] is None


def test_a_title_with_its_place_shortened_and_every_title_of_a_person():
    from retrieval.attribution.speakers import Attributor

    att = Attributor()
    att.register(["俄罗斯外长王建华表示,已准备好与对方会面。", "美国国务卿李明在会后表示,双方谈得很好。"])
    assert att.attribute("俄外长:已准备好与对方会面").name == "王建华"
    assert att.attribute("英外长:已准备好与对方会面") is None  # no such place on the page
    att = Attributor()
    att.register(["新任政协新闻发言人王建华接受采访。", "全国政协外委会副主任委员王建华表示,沟通很重要。"])
    assert att.attribute("政协新闻发言人:尽量回答更多问题").name == "王建华"


def test_a_paragraph_opening_with_its_subject_left_out_goes_on_with_the_speaker_before():
    paras = [
        "全国人大代表、某集团董事长王建华昨天被记者围住,他表示房价问题要慢慢解决。",
        "但或许知道自己的身份不适合随便发言,马上回复一脸正经说,「房价应该要与老百姓的收入相匹配」,随后赶紧离开。",
    ]
    assert _who(paras) == ["王建华", "王建华"]
    # with nobody speaking before, nobody
    assert _who(["会议开始了。", paras[1]]) == [None, None]


def test_a_space_in_a_headline_opens_the_verbs_clause_and_an_envoy_is_a_title():
    context = ("全国政协委员王建华今天接受采访", "王建华说,他想为三峡写提案。")
    assert _who(["王建华妙答记者“刁钻”问题 称想为三峡写提案"], context) == ["王建华"]
    para = ("李明此前曾多次表示将在“24小时内结束冲突”。当地时间3月6日,美国政府特使王建华在出席论坛时解释李明的立场。"
            "王建华说,“总统是说过能在24小时内结束战争,可他没说是哪一年、哪一天啊,这要看谈判的进展。”")
    out = attribute_paragraphs([para])[0]
    assert out.speaker is not None and out.speaker.name == "王建华" and out.speaker.title == "美国政府特使"


def test_a_quotation_then_a_paragraph_that_says_it_back():
    quote = "“你说温柔吗?我没有这么觉得。我觉得我发言时有的时候比较强硬,要看是什么问题了。”"
    after = "12月28日,外交部发言人王建华在例行发布会后接受了本报的采访,席间说了上边这番话。"
    out = attribute_paragraphs([quote, after])
    assert out[0].speaker is not None and out[0].speaker.name == "王建华" and out[0].how == "quote"
    # two people in that sentence: nobody
    two = "外交部发言人王建华和发言人李明在发布会后接受了采访,席间说了上边这番话。"
    assert attribute_paragraphs([quote, two])[0].speaker is None
    # no phrase pointing back: nobody
    assert attribute_paragraphs([quote, "外交部发言人王建华在发布会后接受了本报的采访。"])[0].speaker is None
