"""Linking a reference to the person the page means (retrieval/attribution/references.py): 他/她 after
one person, several people or unattributed words; a short form or a surname and title for the one
person the page introduced; a post standing for its one holder. Invented text only.
"""

from __future__ import annotations

from attribution_helpers import speakers_of, titled_speakers_of

from retrieval.attribution.references import _pronoun_in_manner, _sole_holder
from retrieval.models import Speaker


def test_turns_labelled_by_post_go_to_the_one_holder_the_page_names():
    got = speakers_of([
        "李明华总统日前接受本报专访，谈及两岸关系与经济政策。",
        "问：您如何看待当前的两岸关系？",
        "总统：我们一直主张维持现状，这是各方共同的期待。",
        "问：经济方面有什么新的打算？",
        "总统：我们会继续推动产业升级，让年轻人有更多机会。",
    ])
    assert got[2] == got[4] == "李明华"
    assert got[1] is None and got[3] is None


def test_a_post_two_people_hold_on_the_page_names_nobody():
    got = speakers_of([
        "李明华总统与前总统王建国日前一同出席典礼。",
        "问：您如何看待当前的两岸关系？",
        "总统：我们一直主张维持现状，这是各方共同的期待。",
        "问：经济方面有什么新的打算？",
        "总统：我们会继续推动产业升级，让年轻人有更多机会。",
    ])
    assert got[2] is None and got[4] is None


def test_a_post_alone_as_the_subject_of_a_speech_verb_is_its_holder():
    got = speakers_of([
        "行政长官陈志强今日回应传媒访问时表示，政府已经与专家组开展后续工作。",
        "对于传媒问及大学日前发生的事件，行政长官表示，大学在教学与管理上已建立完善的制度。",
    ])
    assert got == ["陈志强", "陈志强"]


def test_sole_holder_refuses_qualified_and_shared_posts():
    known = {"陈志强": "行政长官", "何文辉": "前行政长官"}
    assert _sole_holder(known, "行政长官陈志强与前行政长官何文辉", "行政长官") is None  # two hold it
    assert _sole_holder({"陈志强": "副院长"}, "副院长陈志强", "院长") is None  # 副院长 is another post
    assert _sole_holder({"陈志强": "院长"}, "院长陈志强", "院长") == Speaker("陈志强", "院长")
    assert _sole_holder({"陈志强": "院长"}, "院长陈志强", "好") is None  # no post at all
    assert _sole_holder({"王芳": "记者"}, "记者王芳", "记者") is None  # the reporter never


def test_a_pronoun_before_a_manner_phrase_is_the_subject_of_the_verb():
    got = speakers_of([
        "李建国在记者采访时，说的一席话让在场众人为之动容。",
        "他一脸忧心的说，“希望政府能为电影节颁奖提供一个固定的场地，不要在乎这点钱了。”",
    ])
    assert got[1] == "李建国"


def test_pronoun_in_manner_refuses_possessors_relatives_and_names():
    assert _pronoun_in_manner({}, "他一脸忧心的")
    assert _pronoun_in_manner({}, "她语重心长地")
    assert not _pronoun_in_manner({}, "他的秘书")  # a possessor: someone else speaks
    assert not _pronoun_in_manner({}, "他父亲激动地")  # a relative speaks
    assert not _pronoun_in_manner({}, "他们激动地")  # a group
    assert not _pronoun_in_manner({"王小明": None}, "他和王小明的")


def test_a_pronoun_after_a_sentence_opened_by_a_person_we_do_not_know_names_nobody():
    got = speakers_of([
        "座谈会上，市联谊会会长林少棠表示，报告思路清晰，措施有力，大家很受鼓舞。",
        "郭文海一边认真听取发言，一边就具体的意见建议与大家深入探讨。他表示，征求意见的过程，也是商量工作的过程。",
    ])
    assert got[0] == "林少棠"
    assert got[1] != "林少棠"


def test_a_pronoun_after_two_people_side_by_side_names_nobody():
    got = speakers_of(["市长王建国与副市长李明出席开幕式。", "他指出，今年经济形势稳中向好。"])
    assert got == [None, None]
    got = speakers_of(["市长王建国出席开幕式并讲话。", "他指出，今年经济形势稳中向好。"])
    assert got[1] == "王建国"


def test_a_person_named_inside_the_pronouns_words_does_not_contest_it():
    first = "国务院新闻办主任赵明远接受采访时表示,和平需要时间。"
    said = "他说普金不值得信任,还说:“我真的不明白在那里是谁说了算。”"
    assert speakers_of(["俄罗斯总统普金昨天出席了会议。", first, said])[2] == "赵明远"
    # … but a person opening a clause after it still may (…。冯友兰曾经写过)
    assert speakers_of([first, "他说同时在读三本书。冯友兰曾经写过,读书要有方法。"])[1] is None


def test_a_surname_then_an_adverb_before_the_verb_is_the_one_person_of_that_surname():
    text = ["行政长官李家明今天投票。", "另有记者要求李家明太太发表感受,李则称「代太太讲几句」,解释选举属个人事务。"]
    assert speakers_of(text)[1] == "李家明"


def test_he_after_the_one_who_just_spoke_goes_on_with_that_speaker():
    got = speakers_of([
        "乌克兰总统马连科此前表示，和平是他的首要任务。",
        "在被问及此番言论时，政府发言人高德明周四说，这不值得回应。他说，马连科靠着和平的施政纲领当选，但未能实现诺言。",
    ])
    assert got[1] == "高德明"


def test_he_after_a_paragraph_ending_on_another_person_is_in_doubt():
    got = speakers_of([
        "杂志创办人高大伟说，台湾有过辉煌的经济起飞，但十余年来慢慢失去力道。",
        "在台湾出生、在大陆创业的王建国在演讲中谈到大陆创新创业的特点和优势，如市场巨大，工程师进步快速等。",
        "他认为，台湾创业者要看到小市场无法成就伟大的公司，只看台湾市场是绝对做不大的。",
    ])
    assert got[2] != "高大伟"


def test_a_pronoun_after_a_list_of_people_means_none_of_them_for_sure():
    listed = ("市长王建国今天视察工地，被问到最新民调中立委陈志明39%、部长林美玲26%、副市长黄淑芬17%的看法，"
              "他认为选举还有一年，每天把该做的事情做好。")
    assert speakers_of([listed]) == [None]  # not 黄淑芬, the last of the list
    single = "市长王建国今天视察工地，他认为选举还有一年，每天把该做的事情做好。"
    assert speakers_of([single]) == ["王建国"]


def test_two_surnames_opening_a_name_of_four_are_that_person():
    got = speakers_of([
        "特首林郑月娥今早到立法会出席答问会。",
        "林郑表示，政府会继续履行对社会的承诺，以最大决心做好份内工作，带领香港走出困局。",
    ])
    assert got[1] == "林郑月娥"


def test_a_name_is_never_read_as_a_longer_name_it_opens():
    got = speakers_of([
        "公司董事长张伟明今天出席了发布会。",
        "工程师张伟说，新产品的研发已经持续了三年，团队克服了很多困难。",
    ])
    assert got[1] != "张伟明"


def test_the_person_a_paragraph_introduces_is_whom_its_pronoun_means():
    got = speakers_of([
        "“意义非凡。”促进会主席徐松华这样评价此次大会。",
        "文化艺术中心副主任陈启明是第一次参加大会的新代表。“我了解到，这次大会规模最大，能够参与，我深感荣幸！”他说。",
    ])
    assert got[1] == "陈启明"


def test_a_paragraph_opening_with_a_pronoun_stays_about_its_person():
    got = speakers_of([
        "联合会主席万立骏希望，侨界继续支持特区政府依法施政，为香港长期繁荣稳定贡献力量。",
        "他续说，自己这次来主要有两个目的，一是和大家交流，二是贯彻落实李华主席的重要讲话精神。",
        "他希望侨胞继续发挥独特作用，加强与内地的联系，为两地交流作出新的贡献。",
    ])
    assert got[2] != "李华"


def test_surname_and_title_for_the_one_person_of_that_surname():
    text = ["11月2日,蒋国锋、徐华明、潘云芳等市领导来公司调研。", "蒋书记指出,项目建设要以质量为先,打好基础,遇到的问题要及时反馈。"]
    assert titled_speakers_of(text)[1][0] == "蒋国锋"
    two = ["11月2日,蒋国锋、蒋明华、潘云芳等市领导来公司调研。", text[1]]
    assert titled_speakers_of(two)[1] == (None, None)


def test_a_pronoun_after_unattributed_words_of_the_one_person_named():
    # the words of the paragraph before went to nobody, but it named only its subject: 他 is that person
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,公司设立了研究院。“我们的原料很多靠进口,这种格局必须改变,所以要有自己的技术。”",
        "养殖虽然是传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。",
    ]
    assert titled_speakers_of(text)[2][0] == "陈家明"


def test_a_pronoun_after_unattributed_words_naming_two_people_stays_unsure():
    text = [
        "昨天,华丰集团董事长陈家明出席了座谈会。",
        "作为做饲料起家的企业家,陈家明最关注的却不是饲料,而是新技术。这几年,总经理刘志强设立了研究院。“我们的原料很多靠进口,这种格局必须改变,所以要有自己的技术。”",
        "养殖虽然是传统行业,但也要掌握核心技术。在他看来,持续的科技投入可以保证产业平稳发展。",
    ]
    assert titled_speakers_of(text)[2] == (None, None)


def test_a_year_then_he_then_a_quotation_left_open():
    # 姜东率先发言。2013年他…。“…(open): a year opens the sentence, 他 is the one who spoke first,
    # 率先 is an adverbial, and the quotation goes on in the next paragraph
    text = [
        "座谈会上,村支书王建国介绍了村里的情况。",
        "返乡创业代表李春生率先发言。2013年他创办了加工企业,如今年产值近千万元。“村里发展得有整体方案,不能东一榔头西一棒槌。我们应该",
    ]
    assert titled_speakers_of(text)[1][0] == "李春生"


def test_a_connective_and_its_comma_before_the_pronoun():
    # 对此，她首先否认了…，并认为…: the pronoun after 对此， opens the sentence of the verb
    text = [
        "作家林晓梅表示,电视台对她的采访持续了大概一个小时。",
        "此外,在采访中,主持人试图引导她谈论制度的优劣。对此,她首先否认了这个前提,并认为在非常状态下这些措施是必要的。",
    ]
    assert titled_speakers_of(text)[1][0] == "林晓梅"


def test_a_possessor_in_the_paragraph_does_not_contest_the_pronoun():
    # 他说…再读冯友兰的《中国哲学简史》: the possessor is no other speaker
    text = [
        "国务院新闻办主任赵明远说他家里有很多书,“我一天不看书,就好像一天没吃饭。”",
        "我问他最近在读什么书,他说同时在读三本书:一是再读冯友兰的《中国哲学简史》;二是一本宗教哲学的书。",
    ]
    assert titled_speakers_of(text)[1][0] == "赵明远"


def test_another_subject_in_the_paragraph_still_contests_the_pronoun():
    text = [
        "国务院新闻办主任赵明远说他家里有很多书,“我一天不看书,就好像一天没吃饭。”",
        "我问他最近在读什么书,他说同时在读三本书。冯友兰曾经写过,读书要有方法。",
    ]
    assert titled_speakers_of(text)[1][0] is None
