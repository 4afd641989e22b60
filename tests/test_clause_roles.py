"""A clause's role before its means (issue 24, round 21: `parsing.clauserole`,
data/reference/clause_roles.csv): each row on made-up clauses, the forms it must not take, and
the file's validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciplan_analysis import config
from sciplan_analysis.parsing import clauserole
from sciplan_analysis.parsing import instruments as ins

# ROUND21: two made-up clauses a row, (clause, section kind or None, tool); the last in a wording no
# set shows (sport, water, tourism …).
ROUND21: dict[str, list[tuple[str, str | None, str]]] = {
    "role-news-01": [("“节水护水 你我同行”主题宣讲会在县城举行", None, "none"),
                     ("首届全民健身科普大讲堂在市体育中心开讲", None, "none")],
    "role-review-01": [("会议回顾了去年全县科普工作取得的成绩：全年举办讲座40场；", None, "none"),
                       ("县文旅局通报了旅游安全宣传月的成效，游客满意度提升明显。", None, "none")],
    "role-goal-01": [("为进一步提高群众防灾减灾意识，普及自救互救知识。", None, "none"),
                     ("为了增强游客的文明旅游意识，营造安全有序的旅游环境。", None, "none")],
    "role-review-02": [("这些活动能够吸引更多居民走进社区科普室。", None, "none"),
                       ("让每一位游泳爱好者掌握自救方法显得尤为重要。", None, "none")],
    "role-title-01": [("2025年县科协科普工作要点", None, "none"),
                      ("某县2024年全民健身月活动方案（试行）", None, "none")],
    "role-goal-02": [("3. 全县居民健身意识明显增强；", "goals", "planning"),
                     ("游客对景区安全须知的知晓度显著提升。", "goals", "planning")],
    # ROUND22 (C67): a goals-list item written as a verb, with no means
    "role-goal-03": [("2. 提升游客文明旅游意识；", "goals", "planning"),
                     ("营造全民节水的良好氛围。", "goals", "planning")],
    # round 35 (C06, C90): only in a plan's review section; outside one a tally is coded by the act counted
    "role-review-03": [("据统计，全年共举办健身讲座40场。", "review", "none"),
                       ("据不完全统计，活动期间共接待游客3万人次。", "review", "none")],
    "role-goal-04": [("通过这次讲座，我们希望居民掌握更多节水方法。", None, "none"),
                     ("我们希望能够让更多游客了解景区安全常识。", None, "none")],
}

# Forms a role row must NOT take: the clause is read by its means (or another rule), not its role.
NOT_BY_ROLE: list[tuple[str, str | None, str]] = [
    ("在总结了去年经验的基础上，开展游泳安全宣传月活动。", None, "services"),  # 了 in a task (no results reviewed)
    ("三是健身知识巡展活动将在各大景区举行。", None, "services"),              # an event the plan will hold
    ("健身知识巡展在各景区举行。", None, "services"),                          # a sentence, no headline
    ("四、启动仪式", None, "services"),                                         # a heading that is a means (C08)
    ("三、制定活动方案", None, "planning"),                                     # a heading asking for a plan
    ("落实全县健身设施建设规划", None, "infrastructure"),                       # carrying out a plan (C12), no title
    ("为提高群众防溺水意识，县体育局决定开展安全宣传周活动。", None, "services"),  # a purpose, then what is done (C47)
    ("为丰富健身月主场活动内容，现面向各体育协会、各有关单位征集系列分活动。", None, "organisation"),  # round 45: a call (C93a)
    ("3. 全县居民健身意识明显增强；", "tasks", "planning"),                    # outside a goals list: the shape rows
    ("提升游客安全素养；", "tasks", "none"),                                    # outside a goals list: an aim (C18, C67)
    ("3. 普及游泳自救知识，提升群众安全意识；", "goals", "services"),           # a goals item naming a means (C67)
    ("组织开展健身讲座，群众健身意识明显增强。", "goals", "services"),          # a goal that names its means
]

# ROUND23: the rows scoped to a page read as news (the `page` column), two made-up clauses a row,
# (clause, section kind or None, page kind, tool); the last in a wording no set shows.
ROUND23: dict[str, list[tuple[str, str | None, str, str]]] = {
    "role-news-02": [("会上，县水利局负责同志通报了节水宣传月的准备情况。", None, "news", "none"),
                     ("副县长出席会议并讲话。", None, "news", "none"),
                     ("县文旅局局长主持会议。", None, "news", "none"),
                     ("县体育局、县文旅局作交流发言。", None, "news", "none")],
    "role-news-03": [("会议旨在部署全年全民健身科普工作，推动各乡镇开展健身讲座。", None, "news", "none"),
                     ("座谈会旨在听取游客对景区安全宣传的意见。", None, "news", "none")],
    "role-review-04": [("去年全县开展节水讲座20余场，发放宣传资料3000多份。", None, "news", "none"),
                       ("景区安全宣传累计培训导游1200人。", None, "news", "none"),
                       # round 35 (C06, C90): a state reached or a tally of past years, on a news page
                       ("全县游泳安全讲座已实现乡镇全覆盖，开展讲座40余场。", None, "news", "none"),
                       ("自2018年以来，全县乡村旅游安全宣讲累计开展300余场。", None, "news", "none")],
}

# ROUND33 (C34): a news lead that only reports a meeting held and ends there (sets 37 and 57); made-up clauses,
# the last in a wording no set shows.
ROUND23["role-news-04"] = [("3月12日，县体育局召开全民健身工作推进会。", None, "news", "none"),
                           ("近日，以“节水护水”为主题的全县节水宣传周动员大会在县会议中心启动。", None, "news", "none"),
                           ("1月10日，景区管委会召开文明旅游工作会议。", None, "news", "none")]

# ROUND41 (C90, C34; sets 62 and 66 seen): who attended or took part, told as a long list or a count with no comma
# (…村民及学校师生共300余人参加了本次活动), is none on a news page as a short line is; a body organising or sending people
# to take part is read (C24). Made-up clauses, the last in a wording no set shows.
ROUND23["role-news-02"] += [
    ("县体育局、县教育局、县文旅局、县卫健局、各乡镇分管领导、社会体育指导员、健身志愿者及附近群众共300余人参加了本次活动。",
     None, "news", "none"),
    ("县水利局、县农业农村局、县生态环境局、县气象局、县应急管理局、县融媒体中心等12家主办单位的相关负责同志参加活动。",
     None, "news", "none"),
    ("景区管委会、各旅行社、各星级酒店、导游协会、旅游志愿者服务队及过往游客共200余人参加了此次活动。", None, "news", "none"),
]
NOT_ON_NEWS_41: list[tuple[str, str | None, str | None, str]] = [
    ("县体育局组织各乡镇社会体育指导员、健身志愿者及附近群众共300余人参加了本次活动。", None, "news", "services"),  # C24
]

# Forms the page-scoped rows must NOT take (clause, section, page kind, tool): what a meeting asked,
# stressed or deployed, a task with 了, a target or a future event on a news page, an act done at a
# meeting; and the same words on a plan's page (document, copy, report or not known), where they are
# a task the plan sets or an act the year's account reports (C34).
NOT_ON_NEWS: list[tuple[str, str | None, str | None, str]] = [
    ("会议要求，各乡镇要开展节水知识讲座。", None, "news", "services"),          # what a meeting asked (C34: read)
    ("会上强调，要加强游泳场所安全监管。", None, "news", "regulation"),          # what a meeting stressed
    ("会上，县文旅局部署了旅游安全宣传月各项活动。", None, "news", "services"),  # what a meeting deployed
    ("会议期间，各乡镇签订了游泳安全责任书。", None, "news", "organisation"),    # an act done at a meeting
    ("在总结了去年经验的基础上，开展游泳安全宣传月活动。", None, "news", "services"),  # a task with 了
    ("每年培训健身指导员300余人次。", None, "news", "education"),               # a yearly target
    ("全县将开展节水讲座20余场。", None, "news", "services"),                   # a count the county will reach
    ("到2025年，开展节水讲座不少于20场。", None, "news", "services"),           # a dated target
    ("县文旅局要组织导游作安全讲解发言。", None, "news", "services"),           # 发言 asked for
    ("会上，县水利局负责同志通报了节水宣传月的准备情况。", None, "document", "services"),  # a plan's page
    ("会上，县水利局负责同志通报了节水宣传月的准备情况。", None, None, "services"),        # kind not known
    ("全年共举办游泳安全讲座20余场。", None, "copy", "services"),               # a year's account (C34)
    ("全年共举办游泳安全讲座20余场。", None, "report", "services"),             # a year's account (C34)
    ("会议旨在部署全年全民健身科普工作，推动各乡镇开展健身讲座。", None, "document", "services"),
    ("县体育局、县文旅局作交流发言。", None, "document", "cooperation"),
    ("3月12日，县体育局与县教育局联合召开健身工作联席会议。", None, "news", "organisation"),  # a joint meeting (C46)
    ("5月16日，召开各乡镇健身工作协调会。", None, "copy", "organisation"),      # a meeting to hold, on a plan's page
]

# ROUND46 (C90, C34; sets 62, 63 and 71 seen): an official declaring the event launched or open, on a news page, says who
# opened it, none, whatever the event's name holds; a plan's programme step is read by its means. Made-up clauses, the
# last in a wording no set shows.
ROUND23["role-news-05"] = [("副县长出席启动式并宣布全民健身月启动。", None, "news", "none"),
                           ("县水利局局长宣布节水宣传周正式启动。", None, "news", "none"),
                           ("景区管委会主任宣布首届旅游文化节开幕。", None, "news", "none")]
NOT_ON_NEWS += [
    ("由县领导讲话，宣布活动正式开始，并邀请专家进行健身讲座。", None, "document", "services"),  # a plan's step
    ("县长将出席启动式并宣布科技活动周启动。", None, "news", "services"),                     # a launch to come
]


# ROUND47 (C95d, C34, C46; sets 25, 50, 71 and 72 seen): attendance told with the speeches given after it is the occasion,
# none on a news page (交流 in a speech is no exchange); a coordination meeting's lead is not an occasion only but C46's
# coordination, whoever convenes it, read by its cues (organisation). Made-up clauses, the last in a wording no set shows.
ROUND23["role-news-02"] += [
    ("县体育局局长出席会议，各乡镇代表作了交流发言。", None, "news", "none"),
    ("县水利局分管领导参加会议，各镇街作交流发言。", None, "news", "none"),
    ("景区管委会主任出席会议，各旅行社负责人作了经验交流发言。", None, "news", "none"),
]
NOT_ON_NEWS += [
    ("6月3日，县科协召开全县全民健身月活动协调会。", None, "news", "organisation"),   # C95d(2): coordination
    ("5月8日，县水利局召开全县节水工作部门协调会。", None, "news", "organisation"),      # C95d(2)
    ("3月2日，景区管委会召开旅游文化节筹备工作协调会。", None, "news", "organisation"),
]


# ROUND35 (C90, C06; sets 34, 40, 56 and 60 seen): a tally of the acts done at the event a news item or an account
# reports is coded by the act counted, whatever lead-in it has (据统计, 当天, 本次活动共…) and whatever the page's kind;
# only in a plan's review section (role-review-03) and, on a news page, as a state reached or a tally of past years
# (role-review-04) is it none. Made-up clauses (clause, section, page kind, tool); the last in a wording no set shows.
ROUND35_BY_ACT: list[tuple[str, str | None, str | None, str]] = [
    ("据统计，本次活动共发放节水宣传资料2000余份，接待群众咨询300余人次。", None, "news", "services"),
    ("据统计，本次活动共发放节水宣传资料2000余份，接待群众咨询300余人次。", "other", None, "services"),
    ("据统计，本次活动共发放节水宣传资料2000余份，接待群众咨询300余人次。", None, "document", "services"),
    ("活动当天，共发放健身科普手册3000余份，接待群众咨询500余人次。", None, "news", "services"),
    ("为5000多名群众提供了健身科普咨询服务。", None, "news", "services"),
]
ROUND35_NONE: list[tuple[str, str | None, str | None, str]] = [
    ("据统计，本次活动共发放节水宣传资料2000余份。", "review", "document", "none"),  # a plan's review (C06)
    ("据统计，全县去年开展健身讲座40余场。", "review", None, "none"),
    ("去年全县开展节水讲座20余场，发放宣传资料3000多份。", None, "news", "none"),  # past years, news (C90)
]


@pytest.mark.parametrize("text, section, page, tool", ROUND35_BY_ACT + ROUND35_NONE)
def test_a_tally_is_coded_by_its_act_outside_a_review(text, section, page, tool):
    d = ins.decide(text, section=section, page=page)
    assert d.tool == tool, f"{text}: {d.tool} [{d.cue}], expected {tool}"
    if tool != "none":
        assert not d.cue.startswith("role "), f"{text}: decided by its role [{d.cue}]"


@pytest.mark.parametrize("key", list(ROUND21))
def test_role_row_decides_its_clauses(key):
    rows = {r.id: r for r in clauserole.load_roles()}
    row = rows[key]
    assert len(ROUND21[key]) >= 2
    for text, section, tool in ROUND21[key]:
        d = ins.decide(text, section=section)
        assert d.tool == tool == row.tool, f"{text}: {d.tool} [{d.cue}], expected {tool}"
        assert f"({key})" in d.cue, f"{text}: decided by [{d.cue}], not {key}"
        assert clauserole.clause_role(ins.readable(text), section) == row.role


def test_every_role_row_has_cases_and_a_note():
    rows = clauserole.load_roles()
    assert {r.id for r in rows} == set(ROUND21) | set(ROUND23)
    assert not set(ROUND21) & set(ROUND23)
    notes = [r["note"] for _, r in ins.reference_files.numbered_rows(config.CLAUSE_ROLES_FILE)[1]]
    assert all(n.strip() for n in notes)


@pytest.mark.parametrize("text, section, tool", NOT_BY_ROLE)
def test_not_decided_by_a_role(text, section, tool):
    d = ins.decide(text, section=section)
    assert d.tool == tool, f"{text}: {d.tool} [{d.cue}], expected {tool}"
    assert not d.cue.startswith("role "), f"{text}: decided by its role [{d.cue}]"


@pytest.mark.parametrize("key", list(ROUND23))
def test_news_row_decides_its_clauses_on_news_pages_only(key):
    rows = {r.id: r for r in clauserole.load_roles()}
    row = rows[key]
    assert row.pages == ("news",)
    assert len(ROUND23[key]) >= 2
    for text, section, page, tool in ROUND23[key]:
        d = ins.decide(text, section=section, page=page)
        assert d.tool == tool == row.tool, f"{text}: {d.tool} [{d.cue}], expected {tool}"
        assert f"({key})" in d.cue, f"{text}: decided by [{d.cue}], not {key}"
        assert clauserole.clause_role(ins.readable(text), section, page=page) == row.role
        for other in (None, "document", "copy", "report"):  # never on a page not read as news
            assert clauserole.role_row(ins.readable(text).strip(), section, page=other) is None \
                or clauserole.role_row(ins.readable(text).strip(), section, page=other).id != key


@pytest.mark.parametrize("text, section, page, tool", NOT_ON_NEWS + NOT_ON_NEWS_41)
def test_not_decided_by_a_news_row(text, section, page, tool):
    d = ins.decide(text, section=section, page=page)
    assert d.tool == tool, f"{text} ({page}): {d.tool} [{d.cue}], expected {tool}"
    assert not d.cue.startswith("role "), f"{text} ({page}): decided by its role [{d.cue}]"


def test_the_page_kind_reaches_the_coder():
    text = "会上，县水利局负责同志通报了节水宣传月的准备情况。"
    assert ins.decide(text, page="news").tool == "none"
    assert ins.decide(text).tool == "services"  # remembered apart: the page kind is in the key
    coded = ins.code_clauses([text, text], pages=["news", "document"])
    assert coded["tool"].tolist() == ["none", "services"]
    with pytest.raises(ValueError, match="page kinds"):
        ins.code_clauses([text], pages=["news", "news"])
    rows = ins.plan_clauses("p", [("1", text)], {}, None, page_kind="news")
    assert [r["rule_tool"] for r in rows] == ["none"]  # the rules' reading (the code is the model's)
    assert [r["rule_tool"] for r in ins.plan_clauses("p", [("1", text)], {}, None)] == ["services"]


def test_a_clause_no_row_names_is_a_task():
    assert clauserole.clause_role("开展游泳安全知识讲座。") == clauserole.TASK
    assert clauserole.role_row("开展游泳安全知识讲座。") is None


def test_the_parser_fingerprints_the_roles_file():
    from sciplan_analysis import corpus

    assert config.CLAUSE_ROLES_FILE.name in corpus.PARSER_REFERENCE


def _edited(tmp_path: Path, old: str, new: str) -> Path:
    text = config.CLAUSE_ROLES_FILE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "clause_roles.csv"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, message", [
    ("role-news-01,news,", "role-news-01,rumour,", "unknown role 'rumour'"),
    ("role-news-01,news,", "role-news-01,task,", "unknown role 'task'"),
    ("role-news-01,news,none,", "role-news-01,news,gossip,", "unknown tool 'gossip'"),
    ("role-goal-02,goal,planning,goals,", "role-goal-02,goal,planning,aims,", "unknown section kind"),
    ("role-review-01,", "role-news-01,", "already used on line"),
    ("role-title-01,logistics,none,,,\"^(?!", "role-title-01,logistics,none,,,\"^(?!(", "not a valid regular"),
    ("role-news-02,news,none,,news,", "role-news-02,news,none,,blog,", "unknown page kind"),
    ("role-news-02,news,none,,news,", "role-news-02,news,none,,news|gossip,", "unknown page kind"),
])
def test_roles_file_errors_name_the_line(tmp_path, old, new, message):
    path = _edited(tmp_path, old, new)
    with pytest.raises(clauserole.ClauseRolesError, match=r"clause_roles\.csv, line \d+: .*" + message[:12]):
        clauserole.load_roles(path)


def test_roles_file_without_the_page_column(tmp_path):
    path = _edited(tmp_path, "id,role,tool,section,page,words,note", "id,role,tool,section,pages,words,note")
    with pytest.raises(clauserole.ClauseRolesError, match=r"clause_roles\.csv: the header lacks page"):
        clauserole.load_roles(path)
