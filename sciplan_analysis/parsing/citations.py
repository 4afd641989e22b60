"""The documents a plan cites (《…》 with a document number where one follows), the level of their
issuer, and whether each is a parent plan (a science-literacy 纲要/方案/规划 of a higher level)."""

from __future__ import annotations

import re

from sciplan_analysis.parsing.documents import DOCUMENT_WORDS, doc_number, name_key
from sciplan_analysis.parsing.issuers import level_of
from sciplan_analysis.text.patterns import DIVISION_TABLE
from sciplan_analysis.text.regions import opens_with_region

CITED = re.compile(r"《([^《》]{4,150})》\s*(?:[（(]([^（）()]{4,40})[）)])?")
# The kinds a parent plan is (a higher level's 纲要, 方案, 规划 or its division table): not 计划 or 要点 of
# PLAN_KINDS, a year's plan or work points, which no plan carries out as its parent.
# A cited document's kind: those of DOCUMENT_WORDS, or one signed or handed down (目标责任书, 任务书), or
# rules of detail (实施细则): never a survey, a book or a campaign's name. (Not 规定: the five plans cite
# 《公务员培训规定》 and their tables stay as they are.)
# A report or a work report in 《》 is a document too, when its name ends so (《中国公民科学素质建设报告(2018年)》,
# 《…工作汇报》; docs/fact_conventions.md). An outline of teaching (《农民科学素质教育大纲》, 《…科普工作大纲》)
# too (round twelve). So is an appeal a body issues (《某省科普志愿服务倡议书》, 《…倡议》; holdout31, round thirteen),
# a meeting's minutes a body issues (《关于…的会议纪要》) and a body's norms of work or assessment (《某市…工作考核
# 规范》; holdout32/33, round fourteen). A survey's published results (《2014年江苏省全民科学素质调查主要结果》,
# 《…监测结果》) are a publication, as a report is (holdout38's call; round eighteen); a survey's own name
# (《第十二次中国公民科学素质抽样调查》) stays out.
# A proposal with a title of its own (《关于…的建议》, 《某市打造…的建议》: 专题报告 a body's experts hand up; holdout42's
# call) and a work's summary or review (《全民科学素质行动“十三五”中期工作总结》, a report given at a meeting; holdout43's
# call) are written works of a body too, so cited (round nineteen); their names end so. A body's system of work set
# down as a document (《全国科普工作联席会议制度》, 《…联系会议制度》 a meeting reviews or a county issues) is one too
# (round twenty-eight). A letter (《国家统计局关于同意制发…制度的函》) and a form a notice asks to be filled in or
# attaches (《科普统计调查表》, 《…申报登记表》, 《…任务分解表》) are documents named in 《》 too (holdout72's notices, the
# activity plans of kejizhou_activity_plans_12 and a meeting's 任务分解表; round thirty-one).
# A body's guide to a piece of work (《中小学科学教育工作指南》, 《2015年科学普及项目指南》, 《…科普基地建设指南》, 《…申报指南》):
# a document a ministry or a commission issues, named by the work it guides; a book's 指南 (《数字麦克卢汉:信息化新纪元指南》,
# 《家庭健康生活指南》) names no such work and stays out. A standard's name (《科普教育基地服务基本要求》, 《科普图书评定指标
# 体系》: the requirements or the index system a national or a group standard sets down) is a document too (round fifty-seven).
# Round sixty-four: an agreement two bodies sign (《…共建协议》, 《…战略合作协议》, 《…协议书》), a form a body fills in and hands
# up named as a 书 (《…申报书》, 《…申请书》, 《…承诺书》, as round thirty-one's forms in 表), an outline a body issues for
# publicity or study (《…宣传提纲》, 《…学习提纲》, as 大纲), a year's work arrangements (《…2021年工作安排》, alone or joined to
# a summary or a report: 《…工作总结和…工作安排》), a regulation titled in a body's usual form (《某省关于…的规定》: 关于…的, so
# never 《公务员培训规定》, which the five plans' tables keep out) and a published annual report of a field (《…蓝皮书》,
# 《…白皮书》, as a report is) are documents too; their names end so.
# Round seventy-one: such a form named for two uses, the second in brackets between the first and its 书 (《…申报（评估）书》,
# 《…申请（备案）书》: one form a body fills in to apply and to be assessed), is the same form; a form in 表 is taken
# whatever precedes its 表 already.
# A bureau's statistics bulletin (《2025年国民经济和社会发展统计公报》, 《…人口普查公报》) and a consensus bodies agree on
# (《…联盟共识》) are documents too (round sixty-six); a gazette (《政府公报》) is a periodical and no 公报 without 统计/普查 is
# taken.
# Round ninety-four: the documents a government's and its departments' own papers cite beside plans are documents too: work
# rules (《国务院工作规则》, a contest's 《…竞赛规则（2025年）》), emergency plans (《…突发事件总体应急预案》, 《…专项预案（暂行）》), a
# society's or a contest's charter (《…章程》), a ministry's guidance (《…工作指引》), and a request and its reply (《关于…的请示》,
# 《…的批复》).
# Round seventy-three: a body's service guide (《…办事指南》: the guide every public service item of an administrative body
# publishes, its conditions, materials and steps) is a guide to a piece of work, as a 申报指南 is.
CITED_KINDS = re.compile(DOCUMENT_WORDS.pattern
                         + r"|大纲|倡议书?$|责任书|任务书|细则|纪要$|规范$|(?:报告|汇报)\s*(?:[（(][^（）()]{2,20}[）)])?$"
                         + r"|(?:调查|监测|测评)(?:主要)?结果$|建议$|总结$|制度$|函$|表$"
                         + r"|(?:工作|项目|申报|建设|实施|评价|评估|编制|服务|操作|办事)指南$|基本要求$|指标体系$"
                         + r"|协议书?$|(?:申报|申请|承诺)(?:\s*[（(][\u4e00-\u9fff]{2,4}[）)])?\s*书$|提纲$|(?:工作|活动|任务)安排$|关于[^《》]{2,80}的(?:暂行|若干|补充)?规定$"
                         + r"|[蓝白]皮书\s*(?:[（(][^（）()]{2,20}[）)])?$"
                         + r"|(?:统计|普查)公报$|共识$"
                         + r"|规则\s*(?:[（(][^（）()]{2,20}[）)])?$|预案\s*(?:[（(][^（）()]{2,20}[）)])?$|章程$|指引$|请示$|批复$"
                         + r"|导则$|技术(?:规定|指南)\s*(?:[（(][^（）()]{2,20}[）)])?$|行动\s*[（(]\s*(?:19|20)\d{2}\s*[—―─\-–－~～至]+\s*"
                         + r"(?:19|20)\d{2}\s*年?\s*[）)]$")
# Round one hundred and five: a technical guideline or rule (《抗旱预案编制导则》, 《环境空气质量指数（AQI）技术规定（试行）》,
# 《…减排措施制定技术指南》), an action named with its years (《健康中国行动（2019—2030年）》: a national or provincial action's
# document, as 健康广东行动（2019-2030年） is) and a local government's rule named with its region (《上海市科学技术奖励规定》,
# 《云南省自然灾害救助规定》: a 规章 a province's or city's government makes; `regional_rule`) are documents too. A 规定 named
# bare (《公务员培训规定》) stays out, as before.
# A name the words after it call a standard (《A》和《B》两项团体标准, 《X》国家标准, 《X》等3项行业标准; round sixty-four): a
# standard is a document whatever its name ends with (round fifty-seven's 基本要求 and 指标体系 end so; 《…培训体系》 does not,
# and alone it stays out). The names joined before the standard's word (和, 、, 及, 与) are each one.
KIND_AFTER = re.compile(r"(?:\s*(?:[和及与、]|以及)?\s*《[^《》]{2,150}》)*\s*等?\s*(?:[两二三四五六七八九十\d]+\s*[项个部份]\s*)?"
                        r"(?:团体|国家|行业|地方|企业)标准(?!化)")
# A name whose closing mark fell before its kind (《关于做好…工作的》通知): a document all the same, cited
# as the 《》 shows it (docs/fact_conventions.md).
KIND_OUTSIDE = re.compile(r"\s*(?:通知|意见|决定|通报|批复|函)")
# A written work a scholarly page names in 《》 (一篇题为《科学通识教育》的文章, 《X》一文, 《X》一书): a work with a title
# of its own, so cited there (holdout39's call; round eighteen). Only on a scholarly page (parsing/scholarly.py).
# A book named by the word before it (其著作《X》, 在专著《X》中, 著有《X》; holdout43p's call) is one too (round nineteen).
WRITTEN_WORK = re.compile(r"(?:题为|名为)\s*《([^《》]{2,150})》\s*的?\s*(?:文章|论文|报告|专著|著作|书)"
                          r"|《([^《》]{2,150})》\s*一(?:文|书)"
                          r"|(?:著作|专著|论著|新著|译著|著有)\s*《([^《》]{2,150})》")
PARENT_WORDS = re.compile("|".join(("纲要", "方案", "规划", DIVISION_TABLE)))
LEVELS = ("national", "province", "city", "county")
ADMIN_LEVELS = {"national": 0, "province": 1, "municipality": 1, "city": 2, "prefecture": 2,
                "county": 3, "county_city": 3, "district": 3}


# A template's mask in a cited name (《**省科学技术普及条例》, 《关于举办**年…的通知》): one run of asterisks, which the
# page's cleaning drops as markup (round twenty-eight).
MASK = re.compile(r"\*{2,}")


def with_masks(rows: list[dict], raw: str | None) -> list[dict]:
    """The cited names as the page writes them where a template's mask stood in them (`raw`, the page as written,
    simplified): a name in 《》 there with one run of asterisks (MASK) whose cleaned form is a cited name gives that
    name its mask back (《**省科学技术普及条例》). Two runs (《**某方案**》, bold markup) or none: the name as cleaned."""
    if not raw or "*" not in raw:
        return rows
    masked = {}
    for m in re.finditer(r"《([^《》]{4,150})》", raw):
        name = re.sub(r"\s*\n\s*", "", m.group(1).strip())  # a name a page's layout wrapped, joined as its text is
        if len(MASK.findall(name)) == 1 and name.count("*") == len(MASK.search(name).group(0)):
            masked.setdefault(re.sub(r"\s+", "", MASK.sub("", name)), name)
    for row in rows:
        if (key := re.sub(r"\s+", "", row["title"])) in masked:
            row["title"] = masked[key]
    return rows


# The words that repeal a document named just before them (《某县森林火灾应急预案》同时废止, …）予以废止): a document of the plan's
# own name so named is the earlier edition the plan replaces, cited (round one hundred and five).
REPEALED = re.compile(r"\s*(?:[（(][^（）()]{2,40}[）)])?\s*(?:同时|即行|予以|自行)?废止")
# A local government's rule: a 规定 whose name opens with a region (上海市科学技术奖励规定, 临沂市行政应诉工作规定).
REGIONAL_RULE = re.compile(r"规定\s*(?:[（(][^（）()]{2,20}[）)])?$")


def regional_rule(title: str) -> bool:
    """Whether a name in 《》 is a local government's rule: a 规定 opening with a region's name."""
    return REGIONAL_RULE.search(title) is not None and opens_with_region(title)


def citations(texts: list[str], own_title: str | None, admin_level: str | None,
              scholarly: bool = False, own_number: str | None = None) -> list[dict]:
    """Documents a plan cites: 《…》 with its document number where one follows, the issuer's
    level when it can be told, and whether it is a parent plan (a 纲要/方案/规划 of science
    literacy issued at a higher level than the plan's own). On a `scholarly` page a written work
    named as one (一篇题为《X》的文章, 《X》一文) is cited too. `own_number`: the page's own document number, so a document
    of the plan's own name cited with another number (an earlier edition it replaces) is cited."""
    own = name_key(own_title or "")
    own_rank = ADMIN_LEVELS.get(admin_level or "")
    if own_rank is None and own_title:
        own_rank = ADMIN_LEVELS.get(level_of(own_title) or "")
    rows: dict[tuple[str, str | None], dict] = {}
    for text in texts:
        works = {(w.group(1) or w.group(2) or w.group(3)).strip() for w in WRITTEN_WORK.finditer(text)} if scholarly else set()
        for m in CITED.finditer(text):
            title = m.group(1).strip()
            damaged = title.startswith("关于") and title.endswith("的") and KIND_OUTSIDE.match(text, m.end(1) + 1)
            standard = KIND_AFTER.match(text, m.end(1) + 1) is not None
            if (not CITED_KINDS.search(title) and not damaged and not standard and title not in works
                    and not regional_rule(title)):
                continue
            subject = re.sub(r"^.*?关于(?:印发|转发)?|的?通知$", "", title)
            number = doc_number(m.group(2)) if m.group(2) else None
            repealed = REPEALED.match(text, m.end()) is not None  # 《X》同时废止: the edition the plan replaces
            if own and name_key(subject) == own and (number is None or number == own_number) and not repealed:
                continue  # the plan itself, named in its notice (not an earlier document of that name cited by a number
                # not the page's own: 《X》（某办发〔2013〕31号）同时废止, 《某办公厅关于印发X的通知》（…〔2019〕19号）; round one hundred
                # and one)
            issuer = title.split("关于", 1)[0] if "关于" in title else ""
            level = level_of(issuer) if issuer else None
            if level is None:
                level = level_of(subject)
            parent = bool(
                "科学素质" in subject and PARENT_WORDS.search(subject) and level is not None
                and (own_rank is None or LEVELS.index(level) < own_rank)
            )
            rows.setdefault((title, number), {"title": title, "doc_number": number,
                                              "issuer_level": level, "is_parent": parent})
    return list(rows.values())
