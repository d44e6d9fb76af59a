"""Session 10, quotations and their speakers (attribution/quotes.py): uttered words opening a
paragraph, then a sentence that frames them — a time, a place or an occasion first — whose first
clause naming anyone has that person as its subject. Invented text."""

import pytest

from retrieval.attribution.speakers import attribute_paragraphs


def _who(paragraphs: list[str]) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in attribute_paragraphs(paragraphs)]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a short utterance: a sentence's end inside the quotation, a time before the subject
        ("“开庭！”昨日上午10时，东城区人民法院院长孙立平敲响法槌，公开审理一起合同纠纷案件。", "孙立平"),
        # a description before the name (…的牧民X, 在…求学的X)
        ("“来，喝茶！”45岁的牧民王振东脱去棉帽和围巾，笑盈盈地递上一碗热茶。", "王振东"),
        ("“我想早点回家。”在杭州读书的周晓雯（化名）正忙着复习，但她怎么也看不进书。", "周晓雯"),
        # the framing names the reporter, someone unnamed, or the person as an object: nobody
        ("“开庭！”昨日上午10时，记者在东城区人民法院看到，院长孙立平敲响法槌。", None),
        ("“真的吗？”这是孙立平最常问学生的一句话。", None),
        ("“开庭！”昨日上午10时，有村民对院长孙立平说起了这件事。", None),
        # a quoted term is no utterance
        ("“一网通办”让院长孙立平的工作轻松了不少。", None),
    ],
)
def test_uttered_words_then_the_subject_of_the_framing_sentence(paragraph, expected):
    # a second paragraph names the person again (the page makes the name known), saying nothing
    later = "孙立平、王振东和周晓雯都在这里生活了二十年。"
    assert _who([paragraph, later])[0] == expected


def test_two_people_in_the_framing_sentence_leave_the_words_unattributed():
    got = _who(["“开庭！”昨日上午10时，院长孙立平和副院长钱文一同走进法庭。"])
    assert got == [None]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the name after 的 heads the subject phrase; the person in its description is not the speaker
        ("代替队长王丽出席发布会的钟春蕾坦言：“输掉比赛我十分沮丧，希望下一场做得更好。”", "钟春蕾"),
        ("陪同市长钱文考察的钟春蕾表示：“我们会尽快完成这项工程。”", "钟春蕾"),
        ("与队长王丽一同出席发布会的钟春蕾表示：“我们会继续努力。”", "钟春蕾"),
    ],
)
def test_the_head_of_a_described_subject_speaks(paragraph, expected):
    assert _who([paragraph]) == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a leader cited inside a transcript answer, first-person words around: the answer goes on
        (["国务院新闻办新闻局局长、新闻发言人 王建华：",
          "女士们、先生们，大家上午好！欢迎出席今天的发布会。习近平总书记指出，科技创新是发展的第一动力。今天我们邀请到三位专家。"],
         [None, "王建华"]),  # (the label alone on its line says nothing itself)
        (["工业和信息化部部长 钟国强：", "谢谢你的提问。",
          "党的二十大部署了新型工业化的任务，习近平总书记强调，实现新型工业化是关键任务。我们主要的任务是抓好落实。"],
         [None, "钟国强", "钟国强"]),
        # narration after the answer, no first person: the person named speaks
        (["工业和信息化部部长 钟国强：", "谢谢你的提问。", "会后，副部长李明在接受采访时表示，新型工业化是关键任务。"],
         [None, "钟国强", "李明"]),
    ],
)
def test_a_person_cited_inside_a_transcript_answer_is_not_its_speaker(paragraphs, expected):
    assert _who(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a private person the page names only by surname and a polite form (data/address_names.txt):
        # unnamed, as the labellers' guide has it (session 14)
        ("“买来的东西用了两天就坏了，想退货却退不成。”家住城东的赵女士上个月在商场买了一台电饭锅。", None),
        # first-person words in a row, then the framing sentence naming someone
        ("“我主动来投案”“我愿意配合调查”……近日，在城南派出所，45岁的会计张建国在家人陪同下前来自首。", "张建国"),
        # someone unnamed in the framing sentence (消费者): whose words they are is unsure
        ("“买来的东西用了两天就坏了。”在一场消费者咨询活动上，消费者赵女士正在咨询台前排队。", None),
    ],
)
def test_uttered_words_then_a_person_named_by_a_polite_form(paragraph, expected):
    assert _who([paragraph]) == [expected]


def test_words_relayed_from_another_person_are_that_persons():
    got = _who(["外交部发言人钟建平21日在例行记者会上表示，外交部长钱文将出席外长会。",
                "钟建平援引钱文的话强调说，中方愿同各方加强合作。双方关系保持着良好势头。"])
    assert got == ["钟建平", "钱文"]


def test_words_after_a_quotation_by_a_persons_colleague_are_not_that_persons():
    # 同事 / 邻居 after a name (data/kin.txt): the colleague speaks, unnamed
    got = _who(["“我主动来投案”“我愿意配合调查”……近日，在城南派出所，45岁的会计张建国在家人陪同下前来自首。",
                "“老实本分的他，怎么可能犯罪？他一定是被骗了。”张建国的同事说。"])
    assert got == ["张建国", None]


def test_the_person_a_speech_verb_addresses_is_not_whom_a_later_pronoun_means():
    # 警告X (data/oblique.txt): X is spoken to; the speaker here has no name, so 她 means nobody we can name
    got = _who(["（吉隆坡20日讯）马青总团长拿督重申并警告首相拿督斯里钱文和其他领袖，不要忽视华教的声音。",
                "她今日在文告中表示，华教问题不能一退再退，否则后果严重。"])
    assert got == [None, None]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the quotation opens by calling the person named after it: that person is spoken to
        (["东城区人民法院法官钟春蕾组织双方调解，双方很快达成协议。",
          "“钟法官，多亏了您调解，让我们这么快拿到赔偿款！”正在田间忙碌的老农接到法官钟春蕾的回访电话。"],
         [None, None]),
        (["“钟法官，多亏了您调解，让我们这么快拿到赔偿款！”法官钟春蕾正在回访当事人。"], [None]),
        # a quotation calling nobody: the person after it speaks
        (["“谢谢大家，我们会继续努力，争取更好的成绩！”主教练钟春蕾在赛后说。"], ["钟春蕾"]),
    ],
)
def test_the_person_a_quotation_calls_is_not_its_speaker(paragraphs, expected):
    assert _who(paragraphs) == expected
