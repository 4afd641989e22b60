"""Whether a name is an organ's (人民政府, 办公厅, 科协, a department, a party committee, a working
body of any level), the organs of a joint signature line, a bare level completed from the title
(省政府办公厅 → 贵州省政府办公厅), the level of an issuer or plan name, and the organ that is the
subject of a lead verb (日前，某省人民政府办公厅印发了…)."""

from __future__ import annotations

import re
from collections.abc import Callable

from sciplan_analysis.text.patterns import (
    CENTRAL_BODIES,
    CJK_RANGE,
    LEVEL_CHARS,
    REGION_LEVELS,
    alternatives,
)
from sciplan_analysis.text.regions import PLACEHOLDER, is_region_name, region_run

# A region's federation of the people's organisations that work beside the 科协 and issue documents with it (湖南省科学技术
# 协会、省社会科学界联合会、省人力资源和社会保障厅共同印发了《…》; 云南省科协、省社科联、昆明市科协联合主办…; round thirty-two),
# in full or by its short name: the region (or a national body, or a bare level) and nothing else before it.
# A region's 总工会 (its federation of trade unions: 天津市总工会, 市总工会) is one too (round thirty-eight).
FEDERATIONS = ("社会科学界联合会", "妇女联合会", "文学艺术界联合会", "残疾人联合会", "工商业联合会",
               "社科联", "妇联", "文联", "残联", "工商联", "总工会")
ISSUER_SUFFIXES = ("人民政府办公室", "人民政府办公厅", "人民政府", "国务院办公厅", "国务院", "委员会",
                   "办公室", "办公厅", "综合司", "科学技术协会", "科协", "纲要办", "领导小组", "政府", "办事处",
                   *FEDERATIONS, "局", "厅", "部", "委")
# A department (某县科技局, 某省教育厅, 中国科协科普部, 某市卫生健康委员会, 某县文化广电旅游体育局):
# its field (1-10 characters) after the body.
DEPARTMENTS = ("局", "厅", "部")
# A committee: a party committee (中共某县委, 中共某市委员会) or a department (某市卫生健康委员会, 某市卫健委).
COMMITTEES = ("委员会", "委")
ISSUER = re.compile(f"^([{CJK_RANGE}]{{0,24}}?)(?:{'|'.join(ISSUER_SUFFIXES)})$")
# Words no organ's name holds: an "issuer" with one is page text or spam.
NOT_AN_ORGAN = re.compile(r"的|关于|印发|通知|点击|进入|欢迎|登录|网站|下载|浏览|转载|我们|你们|请|是|文件|栏目|专题|日电")
# What may stand before an organ's suffix: a region name (某省某市, 宁夏回族自治区; or a bare
# level, 省政府办公厅, to be completed from the title), a national body, and the body's core
# (人民政府, 科协, 全民科学素质纲要实施工作 …). Anything else (spam, a sentence) is no organ.
LEVEL_END = re.compile(f"(?:{REGION_LEVELS})$")  # a name ends at its level
PARTY_DEPARTMENT = re.compile("(?:宣传|组织|统战|政法|网信|宣教)部")
# A development zone or new area of a region (某市高新技术产业开发区, 某县经济开发区, 某市某某新区): its region
# is checked, the zone's own name taken on its shape.
ZONE = re.compile(f"[{CJK_RANGE}]{{0,10}}?(?:开发区|新区|园区|示范区|试验区|合作区)$")
LEVEL_AT = re.compile(REGION_LEVELS)  # where a region's name may end
# The national bodies that may own an organ: the central ones, and 中国 before a body's core (中国科协 is
# one of them; 中国 alone opens no national name for `level_of`: 中国公民科学素质基准 is no organ's).
# 国家 owns the state's departments and commissions (国家林业和草原局, 国家卫生健康委员会, 国家发展改革委; round thirty-four), as
# a region owns its own.
NATIONAL_BODIES = "|".join((*CENTRAL_BODIES, "中国", "国家"))
# Suffixes that name an organ on their own, with nothing before them.
SELF_STANDING = ("国务院", "国务院办公厅")
# What a ministry named bare (`ministry`) may sign as: its general office (科技部办公厅; round sixty-one).
MINISTRY_OFFICES = ("办公厅",)
# What a state commission or bureau named with 国家 (`state_body`: 国家卫生健康委, 国家中医药局, 国家疾控局, 国家减灾委) signs
# its notices as, alone or jointly: its general office, a commission's 办公厅 (国家卫生健康委办公厅), a bureau's 办公室 or 综合司
# (国家林业和草原局办公室, 国家中医药局综合司, 国家疾控局综合司; round sixty-seven). A commission's 综合司 (a policy department), a
# bureau's other departments (国家某局科技司) and a region's department's 综合司 (某省卫生健康委综合司) stay none.
STATE_OFFICES = ("办公厅", "办公室", "综合司")
# (not 中国: 中国气象局 is one, but 中国 stands inside names, 健康中国行动推进委员会, and a cut 中国行动推进委员会办公室 is a wrong value)
STATE_BODY = re.compile(f"^国家[{CJK_RANGE}]{{2,14}}(?:局|委|委员会)$")
# The two central offices by the short names news gives them (中办、国办印发…; round thirty-four).
CENTRAL_SHORT = ("中办", "国办")
# A working body's core is its subject (全民科学素质, 科学素质纲要实施工作, 科普工作 …: the words in any
# of the orders real organs use) perhaps with its kind (领导小组, 联席会议), so 科学素质纲要实施工作联席会议
# and 全民科学素质行动计划纲要实施工作领导小组 are read as 全民科学素质工作联席会议 is.
# A region's committee for its spiritual civilisation (精神文明建设指导委员会, 文明委) is a core too, so its office (某市精神
# 文明建设指导委员会办公室, the 文明办 that co-signs a 科协's naming notices) is an organ (round forty-eight).
WORK_SUBJECT = "(?:全民)?科学素质(?:行动)?(?:计划)?(?:纲要)?(?:实施)?(?:工作)?|纲要实施工作|科普(?:工作)?"
ORGAN_CORES = (f"人民政府|政府|党工委|党委|委|科学技术协会|科协|(?:{WORK_SUBJECT})(?:领导小组|联席会议)?"
               "|(?:工作)?联席会议|精神文明建设指导委员会|文明委")
# A township below the county (某镇, 某乡, 某街道, 某苏木): no division table lists them, so its
# name is taken on its shape; a county's name before it is checked. 各乡镇, 全镇 name no one.
TOWNSHIP = f"(?P<town>(?!各|全|本|我|该|有关|相关|所属|所在|乡镇|城镇|村镇|城乡)[{CJK_RANGE}]{{1,6}}?(?:镇|乡|街道|苏木))"
# Whose organ: the state, a region (named, to be checked against the division table) perhaps
# with a township, a township alone, or a bare level.
ORGAN_OWNER = (f"(?:中共)?(?:{NATIONAL_BODIES}|(?P<region>(?:[{CJK_RANGE}]{{1,14}}?(?:{REGION_LEVELS}))+){TOWNSHIP}?"
               f"|{TOWNSHIP.replace('?P<town>', '?P<township>')}|{REGION_LEVELS})")
ORGAN_PREFIX = re.compile(f"{ORGAN_OWNER}?(?:{ORGAN_CORES})*")
DEPARTMENT_PREFIX = re.compile(f"{ORGAN_OWNER}(?:{ORGAN_CORES})?[{CJK_RANGE}]{{1,10}}")
BARE_LEVEL = re.compile(f"^(?:{REGION_LEVELS})(?=人民政府|政府|委|科协|科学技术协会)")
# Where an organ's name may end on a signature line that names several.
ORGAN_END = re.compile("|".join(sorted(ISSUER_SUFFIXES, key=len, reverse=True)))
JOINT_LINE_CHARS = 80


def is_issuer(text: str) -> bool:
    """Whether `text` is an organ's name (人民政府, 办公厅/办公室, 纲要办, 科协 … of any level):
    a body suffix after a real region's name (the division table), a national body or a body's
    core, and no word of page text or spam. See `issuer_problem`."""
    return issuer_problem(text) is None


# An event's organising committee under its short name (某市青少年科技创新大赛组委会, 某省科技活动周组委会: a contest's or a
# week's committee signs its notices so; round eighty-one): a real region's name, the event (a contest, a week, a festival
# or a day of its kind) and 组委会, or 组织委员会 in full under a province's or city's short name (round eighty-four; under a
# full region's name it is COMMITTEES' already).
EVENT_COMMITTEE = re.compile(r"(?P<event>[\u4e00-\u9fff]{2,16}?(?:大赛|竞赛|比赛|活动周|科技周|科技节|科普日|科普月|艺术节|文化节))"
                             r"(?:组委会|组织委员会)")
EVENT_REGION_CHARS = (2, 12)  # the region's name opens the committee's


def _event_committee(text: str) -> bool:
    """Whether `text` is an event's organising committee of a real region (EVENT_COMMITTEE)."""
    if not text.endswith(("组委会", "组织委员会")):
        return False
    low, high = EVENT_REGION_CHARS
    if (k := opening_region(text)) and EVENT_COMMITTEE.fullmatch(text, k):
        return True  # a province's short name (湖南科技活动周组织委员会; round eighty-four)
    return any(is_region_name(text[:k]) and EVENT_COMMITTEE.fullmatch(text, k)
               for k in range(low, min(high, len(text) - 5) + 1))


# A region's office for one field of work (某省科学技术奖励工作办公室): the region, the field's words, 工作办公室 (round eighty-two).
WORK_OFFICE = "工作办公室"
WORK_FIELD_CHARS = (2, 12)


# …or a bare level opening it, the region the page's (自治区科技奖励工作办公室, 省科技奖励工作办公室; round eighty-four); never
# 市场 or 区域, words that open with a level's character.
BARE_LEVEL_OPENING = re.compile("^(?:自治区|自治州|省|市(?!场)|县|区(?!域))")


# A development zone's management committee named by the zone's own place and kind (中关村科技园区管理委员会, 张江高科技园区
# 管委会, 苏州工业园区管理委员会, 天津滨海高新技术产业开发区管理委员会, 成都高新区管委会): it governs the zone as a government
# does and signs notices alone or with the city's bodies, though no division table lists the zone (round eighty-five). The
# place is two to four characters before a zone's kind; a zone under a known region's full name keeps ZONE's reading.
# The zone's party work committee (中共河北雄安新区工作委员会, 某高新区党工委) leads it beside the management committee and
# signs their joint notices first (round one hundred and seven).
ZONE_COMMITTEE = re.compile(
    f"(?:中共)?(?P<place>[{CJK_RANGE}]{{2,4}}?)"
    "(?:(?:高新技术产业|经济技术|高科技|科技|工业|科学|软件|经济)(?:开发区|园区|城)|高新区|经开区|新区)"
    "(?:管理委员会|管委会|工作委员会|党工委)"
)
# Words no zone's own place holds: a count, a pronoun, a sentence's word (一个科技园区管委会, 该园区管委会).
NOT_A_PLACE = re.compile("[一二三四五六七八九十两个该本我其各全此某的和与及]")


def _zone_committee(text: str) -> bool:
    """Whether `text` is a development zone's management committee named by its own place (ZONE_COMMITTEE)."""
    m = ZONE_COMMITTEE.fullmatch(text)
    return bool(m) and not NOT_A_PLACE.search(m.group("place")) and not NOT_AN_ORGAN.search(text)


# A region's joint meeting for one field of work and its office (某市科技特派员工作联席会议办公室, 某县科技工作联席会议办公室):
# the standing office of the departments' joint meeting signs its notices, often with a department's seal in its stead
# (（某市科学技术局代章）; round eighty-six). Read as a work office (`_work_office`) is: the region opens it, then the
# field; a 科学素质 or 科普 meeting keeps ORGAN_CORES' reading.
JOINT_MEETING_OFFICE = ("工作联席会议办公室", "联席会议办公室")


def _joint_meeting_office(text: str) -> bool:
    """Whether `text` is a real region's office of a joint meeting for a field of work (JOINT_MEETING_OFFICE)."""
    suffix = next((s for s in JOINT_MEETING_OFFICE if text.endswith(s)), None)
    return suffix is not None and _work_office(text[: len(text) - len(suffix)] + WORK_OFFICE)


# A department's division or section signing for it (吉林省科学技术厅科学技术奖励处, 某市科技局政策法规与成果转化科, 某区教育局
# 高中成职教科; round eighty-six): a region's bureau or department (an organ by itself), then the unit's field and 处 or 科.
# A subject (信息技术学科) is no section; the field holds no word of page text and no organ's suffix.
# …nor a title or sentence cut after 科 (某县食品药品监督管理局全民科 / 学素质工作总结: the line wraps inside 全民科学素质).
NOT_A_UNIT_END = ("学", "专", "全民", "公民", "公众", "大众", "群众")
DEPARTMENT_UNIT = re.compile(f"(?P<department>[{CJK_RANGE}]{{2,24}}?(?:局|厅))(?P<unit>[{CJK_RANGE}]{{2,12}}?)(?:处|科)")


def department_unit(text: str) -> bool:
    """Whether `text` is a region's department's division or section (DEPARTMENT_UNIT)."""
    m = DEPARTMENT_UNIT.fullmatch(text)
    if m is None or not opening_region(text) or m.group("unit").endswith(NOT_A_UNIT_END):
        return False
    unit = m.group("unit")
    return not NOT_AN_ORGAN.search(unit) and not ORGAN_END.search(unit) and not re.search("[局厅]", unit) \
        and issuer_problem(m.group("department")) is None


# A national body's department or centre signing its own notice (科技部农村科技司, 教育部科学技术司, 国家林业和草原局科技司,
# 科技部火炬中心, 中国科协青少年科技中心; round eighty-eight): a ministry named bare (`ministry`), a state commission or bureau
# (`state_body`) or 中国科协 (its 科学技术协会 in full too), then the unit's field and 司 or 中心. A commission's 综合司 keeps
# round sixty-seven's reading (a policy department, none); page text or another organ's suffix in the field is none.
NATIONAL_UNIT = re.compile(f"(?P<owner>[{CJK_RANGE}]{{2,14}}?(?:部|局|委员会|委)|中国科协|中国科学技术协会)"
                           f"(?P<unit>[{CJK_RANGE}]{{2,14}}?)(?:司|中心)")
CAST_NAMES = ("中国科协", "中国科学技术协会")


def national_unit(text: str) -> bool:
    """Whether `text` is a national body's department or centre (NATIONAL_UNIT)."""
    m = NATIONAL_UNIT.fullmatch(text)
    if m is None:
        return False
    owner, unit = m.group("owner"), m.group("unit")
    if NOT_AN_ORGAN.search(unit) or ORGAN_END.search(unit) or re.search("[部局委司]", unit):
        return False
    if owner.endswith(("委", "委员会")) and text.endswith("综合司"):
        return False  # a commission's 综合司: round sixty-seven's policy department
    return ministry(owner) or state_body(owner) or owner in CAST_NAMES


def _work_office(text: str) -> bool:
    """Whether `text` is a real region's office for a field of work (WORK_OFFICE): the region (or a bare level) opens it,
    then 2-12 characters of the field, no word of page text and no other organ's suffix among them (某县人民政府工作办公室
    is none)."""
    return _region_and_field(text, WORK_OFFICE, WORK_FIELD_CHARS)


def _region_and_field(text: str, suffix: str, chars: tuple[int, int]) -> bool:
    """Whether `text`, ending with `suffix`, is a real region's (or a bare level's) body for a field of work: the region opens
    it, then the field, `chars` (low, high) characters long, all CJK, no word of page text and no other organ's suffix among
    them (`_work_office`, `_leading_group`)."""
    start = opening_region(text) or ((m := BARE_LEVEL_OPENING.match(text)) and m.end()) or 0
    field = text[start: len(text) - len(suffix)]
    low, high = chars
    return bool(start) and low <= len(field) <= high and re.fullmatch(f"[{CJK_RANGE}]+", field) is not None \
        and not NOT_AN_ORGAN.search(field) and not ORGAN_END.search(field)


# An action's promotion committee, or its office, signing the action's plans and work points (健康辽宁行动推进委员会办公室,
# 健康中原行动推进委员会, 健康中国行动推进委员会办公室; round ninety-eight): the action's name (a region's or the nation's, 健康X行动)
# and 推进委员会, 办公室 after it or not. The committee is a body the region's government sets up to carry the action out. The
# action's name holds three characters or more before 行动, so a cut (中国行动推进委员会办公室, round sixty-seven's) is none.
ACTION_COMMITTEE = re.compile(f"(?P<action>[{CJK_RANGE}]{{3,12}}?行动)推进委员会(?:办公室)?")


def _action_committee(text: str) -> bool:
    """Whether `text` is an action's promotion committee or its office (ACTION_COMMITTEE), no word of page text in it."""
    m = ACTION_COMMITTEE.fullmatch(text)
    return m is not None and not NOT_AN_ORGAN.search(m.group("action"))


def issuer_problem(text: str) -> str | None:
    """Why `text` is no organ's name: ``implausible`` (no organ's shape: spam, page text) or
    ``unknown region`` (an organ's shape, but the region it names is in no division table:
    欢乐谷市人民政府); None for an organ."""
    if text in CENTRAL_SHORT or _event_committee(text) or _zone_committee(text) or _joint_meeting_office(text) \
            or department_unit(text) or national_unit(text) or _action_committee(text) or _leading_group(text):
        return None
    m = ISSUER.match(text)
    if not m or NOT_AN_ORGAN.search(m.group(1)):
        return "implausible"
    if not m.group(1):
        return None if text in SELF_STANDING else "implausible"  # 科协, 办公室 alone name no one
    if re.fullmatch("(?:人民)?政府|党工?委", m.group(1)):
        return "implausible"  # 政府办公厅 names no one: whose government?
    if text.endswith(FEDERATIONS):
        # a federation (某省社会科学界联合会, 省社科联, 全国妇联): whose it is, and nothing else, before it
        shape = re.fullmatch(ORGAN_OWNER, m.group(1))
        if shape is None:
            return "implausible"
    elif text.endswith(COMMITTEES):
        # a party committee (中共某县委, 某县委, 某镇党委: a region before it) or a department's
        # committee (某市卫生健康委员会, 某市卫健委: a field after the region)
        core = re.sub("党工?$", "", m.group(1))
        shape = ORGAN_PREFIX.fullmatch(core) if core else None
        shape = shape or DEPARTMENT_PREFIX.fullmatch(m.group(1))
        if shape is None:
            return "implausible"
    elif text.endswith(DEPARTMENTS) and not text.endswith(("办公厅", "国务院办公厅")):
        # a department: a region or national body, then its field (科技, 教育, 科普 …); a
        # ministry (科技部, 教育部) is its field alone
        shape = DEPARTMENT_PREFIX.fullmatch(m.group(1))
        if shape is None:
            # (a party committee's department, 宣传部 or 组织部, names no one without its committee)
            # (two characters and 部 are no ministry's name: 织部, 战部 are cut from 组织部, 统战部; round fifty-two)
            return None if text.endswith("部") and 3 <= len(text) <= 5 and not PARTY_DEPARTMENT.fullmatch(text) \
                else "implausible"
    elif text.endswith("办公室") and m.group(1).endswith("委员会") and opening_region(text):
        # a region's committee's office, signing for it (某省科学技术奖励委员会办公室, 某县科学技术普及工作委员会办公室): an organ
        # where the committee is one (round seventy-eight); a committee no organ's shape holds leaves its office none. A
        # national body's office keeps its own reading (国家减灾委员会办公室: round sixty-seven's state offices; 中国行动推进
        # 委员会办公室, a cut from 健康中国…, none)
        return issuer_problem(m.group(1))
    elif text.endswith(WORK_OFFICE) and _work_office(text):
        # a region's office for one field of work, signing its notices (某省科学技术奖励工作办公室, 某市创建文明城市工作办公室:
        # a standing office of a government's work; round eighty-two)
        return None
    elif text.endswith("办公室") and m.group(1).endswith(("厅", "局")) and opening_region(text):
        # a region's department's office, signing for it (某省科技厅办公室, 某区教育局办公室: a department's notices go out under
        # its general office's name; round eighty-one): an organ where the department is one
        return issuer_problem(m.group(1))
    else:
        shape = ORGAN_PREFIX.fullmatch(m.group(1))
        if shape is None:
            # a ministry's general office (生态环境部办公厅, 科技部办公厅, 教育部办公厅: the state's ministries sign their notices
            # so, alone or jointly; round sixty-one); a party committee's department (宣传部办公厅) stays none
            # (a state commission's or bureau's general office, 国家疾控局综合司, 国家卫生健康委办公厅: round sixty-seven)
            if state_body(m.group(1)) and text[len(m.group(1)):] in STATE_OFFICES \
                    and not (m.group(1).endswith(("委", "委员会")) and text.endswith("综合司")):
                return None  # (a commission's 综合司, 国家发展改革委综合司, is a policy department, not its office)
            return None if text.endswith(MINISTRY_OFFICES) and ministry(m.group(1)) else "implausible"
    region = shape.group("region")
    if region is not None and re.fullmatch(REGION_LEVELS, region):
        return None  # 自治区人民政府: a bare level (自治 + 区 is no region's name), completed from the title
    if region is None or is_region_name(region):
        return None
    if len(region) >= 3 and region[-1] == region[-2] and text.endswith(region + "委") and is_region_name(region[:-1]):
        return None  # 中共滦县县委, 中共房县县委: a county named with 县 whose committee is its name and 县委 (round one hundred and seven)
    if ZONE.search(region) and any(is_region_name(region[: level.end()]) and ZONE.fullmatch(region[level.end():])
                                   for level in LEVEL_AT.finditer(region)):
        return None  # 某市高新技术产业开发区管理委员会: a zone of a known region (沙市区, 开州区…), no table lists it
    # the shortest region a department's shape allows may stop inside a name (泉州|市科学技术局,
    # 伊州|区科学技术局: 州 is a level too): a longer name ending at a level right after it is the region
    owner, start = m.group(1), shape.start("region")
    for stop in range(start + len(region) + 1, min(len(owner) - 1, start + len(region) + 3) + 1):
        if LEVEL_END.search(owner, 0, stop) and is_region_name(owner[start:stop]):
            return None
    # …and the longest may run into the field (三明市|城市管理局: the field 城市管理 ends its first word with 市, a level): a
    # known region opening the owner, a department's field after it (round one hundred and seventeen)
    known = region_run(owner[start:])[1]
    field = owner[start + known:]
    if 0 < known < len(region) and text.endswith((*DEPARTMENTS, "委员会")) and 2 <= len(field) <= FIELD_AFTER_REGION_CHARS \
            and not NOT_AN_ORGAN.search(field) and not ORGAN_END.search(field) and not region_run(field)[1]:
        return None
    return "unknown region"


# An association of the 科协's family signing its own notice (round forty): a learned society or an association, its
# senior scientists' association among them (中国某某学会, 某省老科学技术工作者协会, 新疆老科协, 某市某某研究会). Whose it is
# (a region in full or by a province's or city's short name, or 中国, 中华, 全国) and its field before the word; the
# field holds no word of page text and no organ of the state (某县人民政府协会 is none).
# (its short name too: 中国农技协, 某省老科协; a 科协 is an organ already, a 政协 no association; round sixty-three)
# (联合会 too, an association of bodies, 某市科普教育基地联合会 signing its decision: an association's word as 协会 is; the
# federations of FEDERATIONS are organs already; round sixty-nine)
ASSOCIATION = re.compile(f"^(?P<field>[{CJK_RANGE}]{{0,14}}?)(?:协会|学会|研究会|联合会|老科协|(?<![科政])协)$")
SHORT_FIELD_CHARS = 3  # a short name's field (农技 of 中国农技协) is a few characters
ASSOCIATION_OWNERS = ("中国", "中华", "全国")
NOT_A_FIELD = re.compile("政府|党委|办公|委员会|局|厅|中心|公司|集团|大学|学院|学校|中学|小学")


FIELD_AFTER_REGION_CHARS = 10  # a department's field after its region's name (城市管理, 住房和城乡建设) is no longer

# A region's leading group for one field of work, or its office, signing the field's plans and work points (某市大数据发展领导
# 小组, 某市文旅产业高质量发展领导小组, 市大数据发展领导小组办公室; round one hundred and seventeen): the region (or a bare
# level) opens it, then the field, as a region's work office (`_work_office`) is read. The literacy plans' own groups
# (全民科学素质工作领导小组) are a body's core already (ORGAN_CORES).
LEADING_GROUP = ("领导小组办公室", "领导小组")
LEADING_GROUP_FIELD_CHARS = (2, 16)


def _leading_group(text: str) -> bool:
    """Whether `text` is a real region's leading group for a field of work, or its office (LEADING_GROUP): the region or a
    bare level opens it, then 2-16 characters of the field, no word of page text and no other organ's suffix among them."""
    suffix = next((s for s in LEADING_GROUP if text.endswith(s)), None)
    return suffix is not None and _region_and_field(text, suffix, LEADING_GROUP_FIELD_CHARS)


def opening_region(text: str) -> int:
    """Where the region a name opens with ends (a run of regions `region_run` reads, in full or by a province's or city's
    short name, or a placeholder: 某省); 0 when it opens with none."""
    return region_run(text)[1] or ((p := PLACEHOLDER.match(text)) and p.end()) or 0


def is_association(text: str) -> bool:
    """Whether `text` names an association of the 科协's family: whose (`ASSOCIATION_OWNERS` or a region `region_run`
    reads, 新疆 and 河北 by their short names), then a field and 协会, 学会, 研究会, 联合会 or 老科协 (中国岩石力学与工程学会,
    河北省老科学技术工作者协会, 新疆老科协, 某市科普教育基地联合会). A 科协 (某省科学技术协会) is an organ already (`is_issuer`). Read only on a
    signature's line, over its date (metadata's `_front_lines`)."""
    m = ASSOCIATION.match(text)
    if m is None or NOT_AN_ORGAN.search(text):
        return False
    owner = next((len(o) for o in ASSOCIATION_OWNERS if text.startswith(o)), 0) or opening_region(text)
    field = m.group("field")[owner:] if owner <= len(m.group("field")) else None
    if field is not None and not text.endswith(("协会", "老科协")) and text.endswith("协") \
            and len(field) > SHORT_FIELD_CHARS:
        return False  # a short name ending in 协 has a short field (中国农技协)
    return bool(owner) and field is not None and (field != "" or text.endswith("老科协")) \
        and not NOT_A_FIELD.search(field)


# The most organs one signature line names: a joint block's line of three, run into the next by a copy's cleaning, holds
# six (河南省精神文明建设指导委员会办公室河南省发展和改革委员会河南省科学技术厅 / 河南省工业和信息化厅…; round forty-nine).
JOINT_LINE_ORGANS = 8


def joint_organs(text: str, most: int = JOINT_LINE_ORGANS) -> list[str]:
    """The organs of a signature line that names two or more (中共某市委办公厅 某市人民政府办公厅,
    its spaces perhaps gone), in order; [] when the line is not such a list. At most `most`
    organs (and JOINT_LINE_CHARS characters), so the search stays small."""
    if most < 2 or len(text) > JOINT_LINE_CHARS or NOT_AN_ORGAN.search(text):
        return []
    for end in (m.end() for m in ORGAN_END.finditer(text)):
        head, rest = text[:end].strip(), text[end:].strip(" 、")
        # (中国科协科普部 is one organ; two ministries named bare, 生态环境部科学技术部, are two: round forty-two)
        # (nor are two ministries' offices, 自然资源部办公厅科学技术部办公厅: round sixty-one)
        if rest and is_issuer(head) and (level_of(rest) is not None
                                         or ministerial(head) and any(ministry(rest[:k]) for k in range(3, 6))):
            # the rest split further first: 某县教育局某县财政局 is two organs, not one
            tail = joint_organs(rest, most - 1) or ([rest] if is_issuer(rest) else [])
            if tail:
                return [head, *tail]
    return []


def ministerial(text: str) -> bool:
    """Whether `text` is a ministry named bare (`ministry`) or its general office (科学技术部办公厅; round sixty-one)."""
    return ministry(text) or any(text.endswith(o) and ministry(text.removesuffix(o)) for o in MINISTRY_OFFICES)


def state_body(text: str) -> bool:
    """Whether `text` is a state commission or bureau named with 国家 (STATE_BODY: 国家卫生健康委, 国家中医药局, 国家林业和草原局),
    an organ (`is_issuer`), whose general office may sign for it (STATE_OFFICES; round sixty-seven)."""
    return STATE_BODY.match(text) is not None and is_issuer(text)


def ministry(text: str) -> bool:
    """Whether `text` is a ministry of the state named bare (生态环境部, 科学技术部, 教育部): its field and 部, at most five
    characters, no party committee's department (宣传部 names no one alone) and no department of a body (科普部 of
    中国科协科普部 is one only after a ministry)."""
    return 3 <= len(text) <= 5 and text.endswith("部") and is_issuer(text) and not PARTY_DEPARTMENT.fullmatch(text)


# The verbs a decision's or notice's title opens with after 关于 (关于表彰…, 关于命名…).
TITLE_VERBS = "表彰|命名|授予|认定|公布|批准|同意|印发|开展|做好|加强|推进|成立|确定|通报表扬"


# Words before a level that name every place of it or one's own, not a place (全市, 各县, 本区, 我省).
EVERY_PLACE = re.compile("(?:全|各|本|我|该)$")


def with_region(issuer: str, title: str | None) -> str:
    """An issuer named by its level alone (省政府办公厅, 市人民政府办公室) with the region the
    title names at that level (贵州省…方案 → 贵州省政府办公厅); unchanged otherwise."""
    if "、" in issuer:  # joint organs (省委办公厅、省政府办公厅): each completed, or none is
        parts = issuer.split("、")
        done = [with_region(part, title) for part in parts]
        # a bare organ the rule cannot complete (省科技厅 beside 省科协) leaves all as written:
        # never a mix of completed and bare names for one joint issuer
        stuck = any(p == d and re.match(f"(?:{REGION_LEVELS})(?!场)", p)
                    for p, d in zip(parts, done, strict=True))
        return issuer if stuck else "、".join(done)
    level = BARE_LEVEL.match(issuer)
    if not level or not title:
        return issuer
    # a name of more than 8 characters before its level (宁洱哈尼族彝族自治县, 德宏傣族景颇族自治州) only when
    # the division table knows it (关于加快建设科普示范县 opens a title, no region's name)
    # a decision's or notice's title opens with 关于 and its verb (关于表彰某市…的决定): the region follows
    # them, and must then be one the division table knows
    opening = re.match(f"^关于(?:{TITLE_VERBS})?", title)
    region = re.match(f"^[{CJK_RANGE}]{{1,14}}?{level.group(0)}", title[opening.end():] if opening else title)
    if not region or ((opening or len(region.group(0)) > 9) and not is_region_name(region.group(0))):
        return issuer
    if EVERY_PLACE.search(region.group(0)[: -len(level.group(0))]):
        return issuer  # 致全市广大科技工作者的倡议书: the letter's addressees (全市, 各县), no region's name (round forty-four)
    return region.group(0) + issuer[len(level.group(0)):]


# -- the organ that issues a document a lead names -------------------------------------------------
# Time words between a lead's subject and its verb (日前, 近日, 25日, 正式, 已经; 联合 and 共同 of joint issuers).
# (…、教育部近日联合印发: the time word may stand before 联合/共同 too; round thirty-four)
TIME_WORDS = re.compile(r"(?:于|已经|已|联合|共同)?(?:日前|近日|今日|近期|正式|\d{1,2}月)?(?:\d{1,2}日)?(?:日前|近日|正式)?(?:联合|共同)?$")
# A news item's dateline glued before a lead's subject (海南日报讯省政府办公厅…, …3月17日电记者…).
DATELINE = re.compile(r"^.*(?:讯|日电)")
# Time words glued before a lead's subject (近日某省政府办公厅印发…), and the prepositions 于, 经 and 从 (1月6日，从自治区科学技术协会
# 近期发布的《X》获悉: the body the item learned it from is the subject of the verb; 从 as a name's first character, 从江县,
# 从化区, is kept, as 日 of 日土县: round sixty-seven).
LEADING_TIME = re.compile(r"^(?:近日|日前|近期|今日|今天|昨日|目前|最近|日|于|经|从)+")
# Joint issuers in a lead: 科技部、中央宣传部和中国科协印发…
JOINT = re.compile(r"[、和与及]")
ENUMERATION = re.compile("、")
# An organ's ending on a name that is no organ (科技厅, 宣传部: a department whose region and level were lost).
LOST_LEVEL = re.compile(f"(?:{'|'.join(ISSUER_SUFFIXES)}|[厅局部办])$")
# A party committee and a government (or their offices) run together with no mark between: 某市委市政府,
# 中共某县委某县人民政府, 某区委办公室区政府办公室, and by their level alone (省委办公厅省政府办公厅, 市委市政府).
RUN_TOGETHER = re.compile(f"((?:中共)?[{CJK_RANGE}]{{0,12}}?[{LEVEL_CHARS}]委(?:办公[厅室])?)"
                          f"([{CJK_RANGE}]{{0,12}}?[{LEVEL_CHARS}](?:人民)?政府(?:办公[厅室])?)$")


# A word closing a joint subject's list before its verb (省科技厅、省委宣传部、省科协三家联合印发; 国家卫生健康委、…、中国科协、
# 健康中国行动推进委员会办公室等联合印发; 自治区生态环境厅、科技厅、教育厅、科协四部门共同命名; round fifty-two): 等, or a count of
# the bodies (两家 … 十家, 四部门, 三个单位) with no 等 before it. Not 等N部门 (教育部等十八部门: the list is cut, kept as written).
LIST_CLOSING = re.compile("(?:(?<!等)[两二三四五六七八九十](?:家|个?部门|个?单位)|等)$")


# Why a lead names no issuer where its verb is done jointly (联合印发, 共同发布) by one organ read alone (round sixty-one).
JOINT_PART = "part of a joint list"
JOINTLY = re.compile("联合|共同")


def _jointly(before: str) -> bool:
    """Whether the verb after `before` is done jointly: 联合 or 共同 among the time words closing its last clause
    (某部日前联合, 某局共同). 联合 before a partner (某市科协联合某市教育局) is not this: the clause ends with the partner."""
    clause = re.split(r"[，,。；：:！？\s]", before)[-1]
    time = TIME_WORDS.search(clause)
    return time is not None and JOINTLY.search(time.group(0)) is not None


# A joint heading that names its first body and counts the rest (广州市教育局等十六部门印发关于…的通知, 教育部等十八部门关于…的
# 意见; round sixty-one): the issuer as the heading writes it (the conventions keep 等N部门 as written), where the first
# is an organ. The count is of 部门 (or 个部门, 家单位, 个单位), after 等; 联合 or 印发 may follow it before 关于.
COUNTED_BODIES = re.compile(f"^(?P<first>[{CJK_RANGE}]{{2,30}}?)等(?P<count>[一二两三四五六七八九十百\\d]{{1,4}})"
                            "(?P<unit>个?部门|[家个]单位)(?:联合)?(?:印发|发布)?$")


def counted_bodies(head: str) -> str | None:
    """The bodies a heading's words before its 关于 name by their first and a count (某市教育局等十六部门印发), as written
    (某市教育局等十六部门); None for any other words, or where the first named is no organ (`is_issuer`)."""
    m = COUNTED_BODIES.match(head)
    if m is None or not is_issuer(m.group("first")):
        return None
    return head[: m.end("unit")]


def lead_subject(before: str) -> str | None:
    """The organ that is the subject of a lead verb, from the text before it: the last clause,
    without time words (日前, 25日, 正式), its longest plausible trailing organ name. A verb done jointly
    (联合印发, 共同发布) by one organ alone gives none: the others were not read, and the last of a list is a
    confident wrong value (国家卫生健康委、国家中医药局、国家疾控局日前联合印发, a mirror's spam between the names so that
    only the last is read; round sixty-one)."""
    subject = _lead_subject(before)
    return None if subject is not None and "、" not in subject and _jointly(before) else subject


def _lead_subject(before: str) -> str | None:
    """`lead_subject` before its check of a joint verb."""
    clause = re.split(r"[，,。；：:！？\s]", before)[-1]
    clause = TIME_WORDS.sub("", clause)[-80:]  # organs' names are short: the scan stays linear
    if (closing := LIST_CLOSING.search(clause)) and JOINT.search(clause, 0, closing.start()):
        # a list closed by 等 or 三家: its organs when every one is read (a list read whole), else none (a part of a
        # list, or the last organ alone, is a wrong value; round fifty-two)
        listed = lead_subject(clause[: closing.start()])
        return listed if listed is not None and "、" in listed else None
    if (joint := clause.rfind("会同")) > 0 and (first := lead_subject(clause[:joint])) is not None:
        return first  # 某省科协会同有关部门制定了…: the organ that leads (会同县 stays a county's name)
    for joint in (ENUMERATION, JOINT):  # 、 first: a name may hold 和 (中共和平区委办公室、和平区人民政府办公室)
        parts = _owned(joint.split(clause))
        if len(parts) > 1 and all(is_issuer(p) for p in parts):
            return "、".join(parts)  # joint issuers, each an organ
    run = re.search(f"[{CJK_RANGE}]+$", clause)
    if not run:
        return None
    # (the run may hold 、 between the organs: 日前某省科协、省人社厅联合印发…; round forty-two)
    if (joint := _joint_run(re.search(f"[{CJK_RANGE}、]+$", clause).group(0).lstrip("、"))) is not None:
        # (记者某某)全国妇联与中国科协近日联合发布…: the organs after the byline, not the last alone; a list whose first part
        # holds no organ (科技厅、省委宣传部、省科协: its level lost) names none (round forty-three)
        return joint or None
    name = _without_leading_time(run.group(0))
    for together in RUN_TOGETHER.finditer(name):  # 某市委市政府: two organs run together, listed with 、
        party, government = together.group(1), together.group(2)
        if together.start() > 0 and BARE_LEVEL.match(party.removeprefix("中共")):
            continue  # a bare level cut from a longer name is no organ
        if is_issuer(party) and is_issuer(government):
            if (level := BARE_LEVEL.match(government)) and (
                    owner := re.match(f"^(?:中共)?([{CJK_RANGE}]{{1,14}}?{level.group(0)})委", party)):
                government = owner.group(1) + government[len(level.group(0)):]  # 某省委办公厅省政府办公厅
            return f"{party}、{government}"
    if issuer_problem(name) == "unknown region":
        return None  # 太阳城县人民政府办公室: no organ, and 阳城县… cut from it is none either
    for i in range(len(name) - 1):
        # a bare level (市人民政府办公厅) only as the whole name: cut from a longer name it is no organ
        if is_issuer(name[i:]) and (i == 0 or not BARE_LEVEL.match(name[i:])):
            return name[i:]
    return None


def _joint_run(run: str, member: Callable[[str], bool] = is_issuer) -> str | None:
    """Joint organs ending a lead's subject where something not an organ stands before the first (a byline in
    brackets, a dateline, a headline run in: (记者某某)全国妇联与中国科协, 某报讯某市教育局和某市科协), joined with 、:
    each organ after the first whole, the first the longest organ its part ends with, cut as a single subject's name
    is (`_without_leading_time`). The clause's own split (every part an organ) reads the rest; None when this run is
    no such list (round forty-one: the last organ alone was the issuer, a wrong value); an empty string when it is one
    but its first part has an organ's ending and is no organ (科技厅、省委宣传部、省科协, the first organ's level lost:
    the list names none, and its last organ alone is a wrong value too; round forty-three). A first part of another
    shape (县长、县科协: a person) leaves the single subject's cut as before. `member` says what a part must be (an organ;
    `signing_subject` passes `is_body`)."""
    for joint in (ENUMERATION, JOINT):
        parts = joint.split(run)
        if len(parts) < 2:
            continue
        head = _without_leading_time(parts[0])
        # (a bare level cut from a longer name is no list's first organ, whatever its body: 区科技厅 from 园区科技厅, a spam
        # line's word glued to a headline's list; round fifty-two, completing BARE_LEVEL's guard of 政府, 委 and 科协)
        first = next((head[i:] for i in range(len(head) - 1)
                      if member(head[i:]) and (i == 0 or not LEVEL_AT.match(head[i:]))), None)
        if not all(member(p) for p in parts[1:]):
            if member is is_issuer and first is not None and all(map(is_issuer, owned := _owned([first, *parts[1:]]))):
                return "、".join(owned)  # 近日厦门市教育局、科技局、科学技术协会: the region named once (round fifty-two)
            continue
        if first is not None:
            return "、".join([first, *parts[1:]])
        return "" if LOST_LEVEL.search(head) else None
    return None


# A later body of a joint list named by its field alone (厦门市教育局、科技局、科学技术协会; 自治区生态环境厅、科技厅、教育厅、科协;
# round fifty-two): the list names its region (or bare level) once, on its first body, an organ whose name goes on past the
# region with a department's field (not 委: 某市委宣传部、组织部 is a party committee's, another owner).
OWNED_PART = re.compile(f"^(?:[{CJK_RANGE}]{{1,8}}?[局厅委]|科学技术协会|科协)$")


def _owned(parts: list[str]) -> list[str]:
    """`parts` of a joint list with each later part named by its field alone (OWNED_PART: 科技局, 科协) given the region
    or bare level the first part opens with (厦门市教育局、科技局 → 厦门市教育局、厦门市科技局), when the first is an organ and
    so is each part completed; unchanged otherwise (a part of another shape, a first part of a party committee's)."""
    first = parts[0]
    if len(parts) < 2 or all(map(is_issuer, parts[1:])) or not is_issuer(first):
        return parts
    owner = opening_region(first) or ((m := re.match(REGION_LEVELS, first)) and m.end()) or 0
    if not owner or first[owner:].startswith(("委", "党")):
        return parts
    done = [first]
    for part in parts[1:]:
        if not is_issuer(part) and (not OWNED_PART.match(part) or opening_region(part) or re.match(REGION_LEVELS, part)
                                    or PARTY_DEPARTMENT.search(part) or not is_issuer(part := first[:owner] + part)):
            return parts
        done.append(part)
    return done


# A body that is no organ of the state but signs, releases or sends out a document in its own name (round forty-four): a centre
# (江苏省科学传播中心, 南京市某某应急救援服务中心), a federation (成都科普教育基地联合会) or an alliance (某省科普场馆联盟),
# whose name a region or a national owner opens (or an organ's name: 某市科协科普中心); a field of 2-16 characters before the
# word, no word of page text. Read only as a subject of SIGNED (parsing/news.py), not on signature lines.
BODY = re.compile(f"^(?:(?![和与及、])[{CJK_RANGE}]){{2,24}}?(?:中心|联合会|联盟)$")


def is_body(text: str) -> bool:
    """Whether `text` names a centre, a federation or an alliance opened by a region, a national owner or an organ
    (see BODY), or an organ or an association already (`is_issuer`, `is_association`)."""
    if is_issuer(text) or is_association(text):
        return True
    if not BODY.match(text) or NOT_AN_ORGAN.search(text) or LEADING_TIME.match(text):
        return False
    owner = next((len(o) for o in ASSOCIATION_OWNERS if text.startswith(o)), 0) or opening_region(text)
    if not owner:
        owner = next((k for k in range(len(text) - 2, 1, -1) if is_issuer(text[:k])), 0)
    return bool(owner) and len(text) - owner >= 2 + (2 if text.endswith("联合会") else 1)


# The most bodies a run-together line of a centre and an association signing jointly names (round sixty-seven).
JOINT_BODIES = 4


def joint_bodies(text: str, most: int = JOINT_BODIES) -> list[str]:
    """The bodies of a signature line that names a region's centre and an association together, run together by a copy's
    cleaning (某省青少年科技活动中心某省青少年科技教育协会; round sixty-seven), in order: each part an association
    (`is_association`) or a centre, federation or alliance that is no organ (`is_body`), each after the first opening with
    whose it is (a region, 中国, 中华, 全国: the split stands where a name opens), at least one an association (a centre alone
    over a date may be a news item's source); [] for any other line (one body; a line with an organ, whose unread neighbours
    round forty-nine leaves empty: 某省科学技术馆研究中心 / 某省教育厅 某省科学技术协会; a part that is no body). Read only over a
    signature's date (metadata's `_front_lines`)."""
    parts = _bodies_run(text, most)
    if len(parts) < 2 or not any(is_association(p) for p in parts):
        return []
    return parts


def _joint_member(text: str) -> bool:
    """Whether `text` may be a part of `joint_bodies`' line: an association, or a centre, federation or alliance no organ,
    or a national body's centre (中国科协青少年科技中心: an organ since round eighty-eight, still a centre beside an association)."""
    return is_association(text) or (is_body(text) and not is_issuer(text)) \
        or (text.endswith("中心") and national_unit(text))


def _bodies_run(text: str, most: int) -> list[str]:
    """`joint_bodies`' split of `text` into members (`_joint_member`), each later one opening with its owner, split where
    it can be (a centre's name may run on over an association's: 某市科普作家协会某市科学传播中心 is one body by `BODY`'s
    shape); [] when there is none."""
    if len(text) > JOINT_LINE_CHARS or NOT_AN_ORGAN.search(text):
        return []
    for k in range(4, len(text) - 3) if most >= 2 else ():
        rest = text[k:]
        owned = opening_region(rest) or next((len(o) for o in ASSOCIATION_OWNERS if rest.startswith(o)), 0)
        if owned and _joint_member(text[:k]) and (tail := _bodies_run(rest, most - 1)):
            return [text[:k], *tail]
    return [text] if _joint_member(text) else []


def signing_subject(before: str) -> str | None:
    """The bodies that are the subject of a verb of signing or sending out (SIGNED: 江苏省科学传播中心和南京市某某中心签订,
    市科协发出): an organ as `lead_subject` reads it, or bodies (`is_body`) joined by 、, 和, 与 or 及, the first cut from
    what stands before it (a dateline, time words) as a single subject is; None when no part names a body."""
    organ = lead_subject(before)
    if organ is not None:
        return organ
    clause = TIME_WORDS.sub("", re.split(r"[，,。；：:！？\s]", before)[-1])[-80:]
    run = re.search(f"[{CJK_RANGE}、]+$", clause)
    if run is None:
        return None
    if joint := _joint_run(run.group(0).lstrip("、"), is_body):
        return joint
    # one body alone, the whole run once a dateline and time words are cut (never the end of a longer name or list);
    # none where the verb is done jointly (round sixty-one, as `lead_subject`)
    single = _without_leading_time(run.group(0).lstrip("、"))
    return single if "、" not in single and is_body(single) and not _jointly(before) else None


def issuing_subject(before: str) -> str | None:
    """The subject of a verb of issue (印发, 发布, 出台 …《X》): an organ as `lead_subject` reads it, or else one association
    of the 科协's family alone (`is_association`: 中国某某协会发布《X》, 中国农技协发布了《关于…的通知》; round sixty-three), cut from
    what stands before it (a dateline, time words) as a single subject is. None for a verb done jointly by it alone (the
    others unread, as `lead_subject`), and for a list (an association's partners are not read here)."""
    organ = lead_subject(before)
    if organ is not None:
        return organ
    clause = TIME_WORDS.sub("", re.split(r"[，,。；：:！？\s]", before)[-1])[-80:]
    run = re.search(f"[{CJK_RANGE}]+$", clause)
    if run is None or JOINT.search(clause.removesuffix(run.group(0))[-1:] or "x"):
        return None  # (…、中国某某学会发布: the last of a list)
    single = _without_leading_time(run.group(0))
    if any(_member(single[: j.start()]) for j in JOINT.finditer(single)):
        return None  # 某市科协和中国某某学会: a list, not one association (中国岩石力学与工程学会 is one)
    words = re.split(r"[，,。；：:！？]", before)[-1].split()
    if len(words) > 1 and _member(TIME_WORDS.sub("", words[-2])):
        return None  # 科技部 中国某某学会发布: a list whose marks a copy lost
    return single if is_association(single) and not _jointly(before) else None


def _member(text: str) -> bool:
    """Whether `text` ends with a body that may be a list's member: an organ or an association."""
    return any(is_issuer(text[k:]) or is_association(text[k:]) for k in range(max(0, len(text) - 20), len(text) - 1))


def lead_subject_problem(before: str) -> str:
    """Why the text before a lead verb names no organ: ``unknown region`` when a trailing
    name has an organ's shape but its region is in no division table, `JOINT_PART` when a verb done jointly has one
    organ read alone (`lead_subject`), else ``implausible``."""
    run = re.search(f"[{CJK_RANGE}]+$", TIME_WORDS.sub("", re.split(r"[，,。；：:！？\s]", before)[-1]))
    name = _without_leading_time(run.group(0)) if run else ""
    if name and issuer_problem(name) == "unknown region":
        return "unknown region"
    jointly = _jointly(before) and lead_subject(before) is None and _lead_subject(before) is not None
    return JOINT_PART if jointly else "implausible"


def _without_leading_time(run: str) -> str:
    """A lead's subject without a dateline or the time words glued before it (近日某省政府办公厅), cut
    no further than an organ's name allows: 日土县科协, 于洪区…, 日照市… open with a time word's
    character (日, 于) and keep it."""
    raw = DATELINE.sub("", run[-40:])
    cut = len(raw) - len(LEADING_TIME.sub("", raw))
    return next((raw[k:] for k in range(cut) if is_issuer(raw[k:])), raw[cut:])


# -- levels ----------------------------------------------------------------------------------------
MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# A national name opens with a central body, a ministry named without one (科技部, 中宣部) or 国家
# (国家卫生健康委员会); not with 中国 alone (中国公民科学素质基准 is no national body's: see NATIONAL_BODIES).
NATIONAL = re.compile("^" + alternatives(*CENTRAL_BODIES, "科技部", "中宣部", "国家", *CENTRAL_SHORT))
# A place's level, as the name opens with it: the one-character levels, 自治区/自治州 and 地区 (喀什地区,
# a prefecture: read by its 区 it was a county). Not 自治县 or 特区 of REGION_LEVELS: 某自治县 is read by
# its 县 (the same level).
PLACE = re.compile(f"^[{CJK_RANGE}]{{1,10}}?(自治区|自治州|地区|[{LEVEL_CHARS}])")


def level_of(name: str) -> str | None:
    """national / province / city / county of an issuer or a plan's name, when it can be told."""
    name = re.sub(r"^[〈<《]", "", name)
    if NATIONAL.match(name) or name.startswith("全民科学素质行动"):
        return "national"
    if name.startswith(MUNICIPALITIES):
        return "province"
    m = PLACE.match(name.removeprefix("中共"))  # 中共关岭布依族苗族自治县委: its region's level, however long
    if not m:
        return None
    return {"省": "province", "自治区": "province", "市": "city", "自治州": "city", "州": "city", "地区": "city",
            "盟": "city", "县": "county", "区": "county", "旗": "county"}[m.group(1)]
