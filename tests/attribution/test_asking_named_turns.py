"""Session 11, issue 10 (misses11): an interviewer's own named turns in a transcript, and speech
verbs that announce what a person said (预告, 细数, 警告说). Invented sentences only; each
assertion fails without the reading it names."""

from tests.attribution.attribution_helpers import speakers_of

INTERVIEW = [
    "此次，我们特地采访了青石村的村支书孟长河，深入了解他带领村民致富的经历。",
    "钱思远：孟书记，您好！请问您是何时开始担任青石村村支书的？",
    "孟长河：大家好！我是在六年前被村民们推选为村支书的，之前一直在外地工作。",
    "钱思远：上任以来，您对青石村进行了哪些改革？",
    "孟长河：我们首先修建了通往外界的道路，改善了供水供电设施。",
    "钱思远：遇到了哪些挑战？又是如何克服的呢？",
    "孟长河：最大的挑战是资金和观念，我们积极争取了社会资本的投入。",
]


def test_an_interviewers_named_questions_are_that_persons_turns():
    got = speakers_of(INTERVIEW)
    assert got[1] == got[3] == got[5] == "钱思远"
    assert got[2] == got[4] == got[6] == "孟长河"


def test_a_name_asking_once_with_an_outlet_stays_nobodys():
    got = speakers_of([
        "记者会上，外交部长周安平回答了中外记者的提问。",
        "林海(南方通讯)：部长，您对今年的双边关系有何期待？",
        "周安平：我们期待双方相向而行，共同维护地区和平稳定。",
    ])
    assert got[1] is None and got[2] == "周安平"


def test_verbs_that_announce_words():
    got = speakers_of([
        "美国国务卿韦尔登表示，美中关系是竞争与合作并存的关系。",
        "韦尔登预告，总统将发布一份关于外交政策的临时指引。",
    ])
    assert got[1] == "韦尔登"
    got = speakers_of([
        "市长蒋安平在市政会议上致辞，感谢市民对市府团队的支持。",
        "蒋安平细数今年以来推动的政策，包括恢复公共单车前半小时免费。",
    ])
    assert got[1] == "蒋安平"


def test_a_warning_said_goes_on_with_the_pronoun():
    got = speakers_of([
        "秘书长戈尔曼在接受专访时指出：“气候变化尚未得到控制。”",
        "他还警告说，前沿技术也可能加剧社会分化，因此必须建立治理机制。",
    ])
    assert got[1] == "戈尔曼"
