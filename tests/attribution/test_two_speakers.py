"""Two people speaking in one paragraph (retrieval/attribution/speech.py's dominance, decision's
contested attributions): who says which words, who owns nearly all quoted words, and when the
paragraph is contested and names nobody. Invented text only.
"""

from __future__ import annotations

from attribution_helpers import speakers_of

from retrieval.attribution.speakers import propose_paragraphs


def test_a_question_put_is_words_of_the_asker_so_the_paragraph_is_contested():
    got = speakers_of([
        "立委张大明询问，过去政策推动不顺利，包括政策是否适当，这三件事情有做到吗？"
        "院长王小华回应，没有独裁专断，沟通必须加强。",
    ])
    assert got == [None]  # the asker says as much as the one who answers: nobody rather than a wrong name


def test_another_person_through_he_saying_as_much_contests_the_speaker():
    got = speakers_of([
        "导演陈立新为主演周小明鸣不平。",
        "首映礼上有记者就周小明的演技发问，他却平静回应：“我很清楚自己并不是靠演技出名的，但是这不能阻止我去追求、去学习，每一部作品都是很好的学习机会，我会努力。”"
        "陈立新则认为周小明“前途无量”，因为“他很谦虚，在片场常常说自己非常紧张，我认为他一定会有好的前途”。",
    ])
    assert got[1] != "陈立新"


def test_the_person_opening_the_clause_speaks_not_the_one_reported_to():
    got = speakers_of(["总经理赵强陪同副市长钱文参观。", "钱文听取了赵强的汇报后指出，企业要加快转型升级。"])
    assert got == [None, "钱文"]


INTRO = "立法委员张国文今日邀集多名委员召开记者会，委员李亭妃也突然现身。"


def _names(paragraphs: list[str], i: int) -> list[tuple[str, str, float]]:
    props = propose_paragraphs(paragraphs)[i]
    return [(p.speaker.name, next(k[3:] for k, _ in p.features if k.startswith("by:")), p.rule) for p in props]


def test_in_a_contested_paragraph_only_who_says_most_may_be_proposed():
    most_first = (
        "对此，张国文受访时表示，预算议题南部委员都感同身受，所有委员都会尽可能地邀请，但尊重每位委员的时间安排，"
        "也希望中央尽快修法；李亭妃则说，团结最重要。"
    )
    names = _names([INTRO, most_first], 1)
    # contested, but 张国文 says more than twice 李亭妃's words: outspoken, a lesser doubt (session 6)
    assert names[0][:2] == ("张国文", "rules") and names[0][2] >= 0.6
    assert all(n != "李亭妃" for n, _, _ in names)  # the one who says less is no proposal
    near_equal = "对此，张国文受访时表示，预算议题南部委员都感同身受；李亭妃则说，团结最重要，也希望中央尽快修法。"
    names = _names([INTRO, near_equal], 1)
    assert names[0][:2] == ("张国文", "rules") and names[0][2] < 0.6  # contested: the rules' doubt vetoes
    most_last = (
        "对此，张国文受访时表示，团结最重要；李亭妃则说，预算议题南部委员都感同身受，所有委员都会尽可能地邀请，"
        "但尊重每位委员的时间安排，也希望中央尽快修法。"
    )
    # session 7: the one who says nearly all the words is the rules' own proposal (outspoken)
    names = _names([INTRO, most_last], 1)
    assert names[0][:2] == ("李亭妃", "rules") and names[0][2] >= 0.6
    assert all(n != "张国文" for n, _, _ in names)


def test_a_paragraph_opened_by_anothers_quotation_is_contested():
    two = ("“整场比赛大家一直拼到最后，有机会出现，但没有把握住。”客队的赛后发布会，主帅李国华对比赛进行了点评。"
           "王建明对于比赛只总结了八个字：“继续加油，好好总结。”")
    assert speakers_of([two]) == [None]  # the opening words may be 李国华's: not 王建明 for sure
    one = "“整场比赛大家一直拼到最后，有机会出现，但没有把握住。”主帅王建明在赛后发布会上说，大家都很努力。"
    assert speakers_of([one]) == ["王建明"]


def test_the_person_who_owns_nearly_all_quoted_words_is_the_speaker():
    got = speakers_of([
        "演员刘明则表示拍戏很过瘾，“算是我演过最有意思的一个人物了！” 导演陈华则为观众解读了片名《远方》的寓意："
        "“编剧老师说，她希望战争结束后，大家都能重新回到故乡，看见那条熟悉的河流。我也希望在电影里呈现出那个年代的人们"
        "最渴望看到的东西，那就是和平、团圆，还有一个可以安心生活的家。”",
    ])
    assert got == ["陈华"]


def test_two_people_quoted_about_equally_get_nobody():
    got = speakers_of([
        "赛后发布会过程十分简单。主教练李强表示：“没什么好说的，输了就是输了。”前锋王刚也只丢下一句话：“这是一场糟糕的比赛。”"
        "整个发布会仅仅历时一分钟便结束了。",
    ])
    assert got == [None]


def test_words_reported_inside_the_speakers_sentence_stay_the_speakers():
    got = speakers_of(["新闻秘书张明9日表示，美国总统李华称他对此“很不满意”，我们对此保持平静态度，并将继续谋求改善关系。"])
    assert got != ["李华"]


def test_an_unnamed_person_who_says_more_contests_the_named_one():
    got = speakers_of([
        "“这里有份宣传单你看看，遇到陌生电话要小心。”社区民警黄明来到居民区，把宣传单发到居民手中。"
        "年过七旬的居民刘大爷说，前两天他就接到诈骗电话，对方冒充公检法，他当时还有些犹豫，幸好拨打了民警电话，"
        "否则后果不堪设想。",
    ])
    assert got == [None]


def test_yan_ji_reports_words_and_an_unnamed_speakers_quotation_contests():
    got = speakers_of([
        "“这儿有份宣传单你看看，遇到陌生电话要小心。”社区民警黄明来到居民区，把宣传单发到居民手中。"
        "年过七旬的居民刘大爷言及前两天他就接到诈骗电话，“对方冒充公检法，我当时还有些犹豫，幸好拨打了民警电话，"
        "否则后果不堪设想。”",
    ])
    assert got == [None]
