"""How many hand codes of sets 2-15 (or others) follow each coding convention; the coder likewise.

    python benchmarks/instruments_conventions.py            # the drift table (docs/coding_conventions.md)
    python benchmarks/instruments_conventions.py --list C09 # the clauses a convention finds, both codes
    python benchmarks/instruments_conventions.py --sets 16-17  # other sets (round 12: sets 16 and 17)
    python benchmarks/instruments_conventions.py --sets 18-19  # the first sets coded after the page
    python benchmarks/instruments_conventions.py --sets 2-21   # round 14's conventions C28-C35 too
    python benchmarks/instruments_conventions.py --sets 2-23   # and round 15's C37-C41
    python benchmarks/instruments_conventions.py --sets 2-24   # and round 16's C42-C47
    python benchmarks/instruments_conventions.py --sets 2-25   # and round 17's C48-C50
    python benchmarks/instruments_conventions.py --sets 2-26   # and round 18's C51-C53
    python benchmarks/instruments_conventions.py --sets 2-28   # and round 19's C54-C57
    python benchmarks/instruments_conventions.py --sets 2-29   # and round 20's C58-C59
    python benchmarks/instruments_conventions.py --sets 2-36   # and round 22's C60-C67
    python benchmarks/instruments_conventions.py --sets 2-39   # and round 24's C68-C81 (C82 has no scope)

Each convention of docs/coding_conventions.md that words can find is a `scope` (a regular
expression on the clause) and checks: the first check whose pattern is found in the clause (or in
the scope's match, where it says so) gives the codes the convention allows (`ok`) or rules out
(`not`), or says the convention is not the question (`skip`); a clause no check applies to asks
no question of that convention and is not counted. Clauses are matched on their simplified copy.
The scopes are approximate (a word can stand where the convention is not the question), so
`--list` prints every counted clause to read. Hand codes are never changed here: the table says
how much of the gap between the coder and the hand codes is drift between the sets' conventions.
Needs the sets' page texts in the ignored benchmarks/real_clauses/. Sets 16 and 17 (coded blind
before the conventions page) are counted apart with --sets 16-17 (round 12), sets 18 and 19 (coded
blind after it) with --sets 18-19.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import pandas as pd  # noqa: E402

from benchmarks import real_clauses_2 as rc  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402

SETS = [str(n) for n in range(2, 16)]
ALL = {"education", "funding", "infrastructure", "information", "services", "planning",
       "regulation", "organisation", "evaluation", "incentives", "procurement",
       "demonstration", "participation", "cooperation", "none"}
# words that make X an actor that can cooperate or take part (not a subject, form or occasion)
# a means verb: one found before a convention's words makes the clause's first means another
MEANS = r"(?:开展|举办|建设|建立|健全|完善|构建|成立|组建|制定|实施|打造)"
# round 20 (C58): a party named for failing a duty, the form a penalty takes
NAMED_FOR_A_DUTY = (r"(?:不力|不到位|不落实|未按[^，。；]{0,8}?|存在问题|拒不[^，。；]{0,8}?)的?(?:单位|企业|场所|部门)?"
                    r"[^。；]{0,30}?(?:曝光|通报批评|公开点名)")
ACTOR = r"(?:组织|企业|高校|院校|部门|单位|机构|主体|地区|区域|国家|协会|学会|社会力量|媒体)"


@dataclass
class Convention:
    """A convention's scope and its checks: (pattern, "ok"|"not", codes, on the match only)."""
    id: str
    name: str
    scope: str
    checks: list[tuple[str, str, set[str], bool]] = field(default_factory=list)
    before: str = ""  # a means found before the scope's match: the convention is not the question
    sections: str = ""  # round 22: the section kinds the convention asks about (empty: any)

    def want(self, text: str, section: str | None = None) -> tuple[str, set[str]] | None:
        """What the convention says of a clause: ("ok", codes allowed) or ("not", codes ruled
        out); None when it asks nothing of it."""
        if self.sections and not re.fullmatch(self.sections, section or ""):
            return None
        text = ins.readable(text)
        m = re.search(self.scope, text)
        if not m or (self.before and re.search(self.before, text[:m.start()])):
            return None
        for pattern, how, codes, on_match in self.checks:
            if re.search(pattern, m.group(0) if on_match else text):
                return None if how == "skip" else (how, codes)
        return None


CONVENTIONS = [
    Convention("C01", "与X相结合 / 结合X: coded as X would be; a subject, form or occasion is no partner",
               r"与([^，。；]{1,24}?)(?:紧密|有机)?相?结合",
               [(ACTOR, "ok", {"participation", "cooperation"}, True),
                (r"教育|教学|培训|信息化|传播方式|媒体|网络|活动|展示", "ok", ALL - {"none"}, True),
                (r".", "not", {"cooperation"}, True)]),
    Convention("C02", "将X贯穿于Y / X融入Y: coded by Y (a means) or none (the whole work, all fields)",
               r"(?:贯穿|融入)(?:于|到)?[^，。；]{0,24}",
               [(r"教学|课程|育人|教育", "ok", {"education"}, True),
                (r"服务|活动", "ok", {"services"}, True),
                (r"大局|全过程|各领域|建设。?$|生态圈|各方面", "not", {"planning"}, True)]),
    Convention("C03", "pupils' practice as learners education; a public event with pupils services",
               r"(?:组织|开展|进行|参加|建立|通过)[^。；]{0,24}(?:实践活动|动手|社团|小制作|小发明|研学|探究)",
               [(r"^(?!.*(?:学生|青少年|中小学|学校|校园|师生))", "skip", set(), False),
                (r"参加[^。；]{0,15}(?:市|区|县|省|全国)|杯赛|竞赛|大赛|科普日|科技周|展览", "ok",
                 {"services", "education"}, False),
                (r".", "ok", {"education"}, False)]),
    Convention("C04", "an association's own societies and members organisation; drawing them in participation",
               r"(?:组建|加强|强化|改进|指导|重视)[^。；，]{0,10}(?:学会|协会|社团|会员)",
               [(r"^(?:重视)", "ok", {"participation"}, True),
                (r".", "ok", {"organisation"}, True)]),
    Convention("C05", "纳入/列入 X by what X is (teaching plan education, plan planning, 考核 evaluation, 议事日程 organisation)",
               r"(?:纳入|列入|融入)[^，。；]{0,24}?(?:规划|计划|考核|预算|议事日程|教学内容|课程|范畴)",
               [(r"教学|课程|党校|培训", "ok", {"education"}, True),
                (r"考核", "ok", {"evaluation"}, True),
                (r"议事日程", "ok", {"organisation"}, True),
                (r"预算", "ok", {"funding"}, True),
                (r"规划|计划", "ok", {"planning"}, True)],
               before=MEANS + r"[^。；]*$"),
    Convention("C06", "a review of past work (a state reached) none",
               r"(?:以来|年来|过去|截至|截止)[^。；]{0,40}(?:达到|建成|累计|举办|开展|增加|提升|取得)",
               [(r"(?:要|将|确保|力争|下一步|今后|到20\d\d年)", "not", set(), False),
                (r".", "ok", {"none"}, False)]),
    Convention("C07", "a plan's purpose sentence (为…，制定本方案) none",
               r"(?:制定|制订|编制)了?本[^，。；]{0,6}(?:方案|计划|规划|要点|办法)[。；]?$|特制定|制定如下"
               r"|制定了《",
               [(r"如下[：:].{4,}", "skip", set(), False),  # the plan's first heading follows
                (r".", "ok", {"none"}, False)]),
    Convention("C08", "a heading naming an event services; one naming a programme or a part none",
               r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])"
               r"(?![^，。；：:]*(?:建立|建设|开展|更换|加强|实施|组织|举办|推进|争取|申报))[^，。；：:]{1,16}[。]?$",
               [(r"(?:主要活动|活动(?:内容|安排))。?$", "ok", {"none"}, False),
                (r"(?:仪式|大会|讲座|竞赛|大赛|展览|宣传周|开幕式|活动)。?$", "ok", {"services"}, False),
                (r"(?:行动|工程|计划|项目)。?$", "ok", {"none"}, False),
                (r"(?:内容|形式|安排|时间|地点|主题|目标|要求|对象|范围|单位)。?$", "ok", {"none"}, False)]),
    Convention("C09", "a duty line X：负责Y, or 由X牵头/负责: coded by Y; organisation when Y coordinates",
               r"负责(?!人)[^，。；（(]*",
               [(r"(?:协调|统筹|联络|牵头|日常|总体|安排|各项工作|组织实施)", "ok", {"organisation"}, True),
                (r"(?:开展|举办|宣传|讲解|接待|培训|建设|制作|编印|发放)", "not", {"organisation"}, True)],
               before=r"成立|组建|建立|加强|[（(](?![一二三四五六七八九十\d]{1,2}[)）])"),
    Convention("C10", "a drill (演练) trains those who take part: education",
               r"^[^，。；]{0,30}(?:演练|演习)",
               [(r".", "ok", {"education"}, False)]),
    Convention("C11", "a line or cell naming only a unit (or 牵头单位：X, (X负责)) none",
               r"^[（(]?[^，。；：:]{2,30}(?:负责|牵头|配合|承办|主办|协办)[)）]?[。；]?$"
               r"|^(?:牵头|责任|承办|主办|协办|参与)单位[：:]",
               [(r"开展|举办|活动|时间", "not", set(), False), (r".", "ok", {"none"}, False)]),
    Convention("C12", "落实 an existing plan or document: by its content, never planning",
               r"落实(?:好)?[^，。；]{0,25}(?:规划|计划|方案|纲要|要点|部署)",
               [(r"《[^》]{0,8}落实", "skip", set(), False),  # 落实 inside a document's title
                (r"制定|编制|出台|纳入|列入", "not", set(), False),
                (r".", "not", {"planning"}, False)]),
    Convention("C13", "争取/申报…项目/资金: funding",
               r"(?:争取|申报|申请)[^，。；]{0,25}(?:项目|资金|经费)|项目的[^，。；]{0,6}申报",
               [(r".", "ok", {"funding"}, False)]),
    Convention("C14", "发挥X的作用 by what X is",
               r"^[^，。；]{0,12}发挥[^，。；]{1,40}?作用",
               [(r"示范|引领|带头|模范|典型|标杆", "ok", {"demonstration"}, True),
                (r"媒体|网站|平台|传媒|网络|电视|广播|报刊|手机", "ok", {"information"}, True),
                (r"馆|科学中心|科技中心|基地|阵地|站", "ok", {"infrastructure"}, True),
                (r"机制|体系", "ok", {"organisation"}, True),
                (r"部门|政府|党组织|领导小组|科协", "ok", {"organisation"}, True),
                (r".", "ok", {"participation"}, True)]),
    Convention("C15", "a bare programme name, with or without 实施/开展/推进, none",
               r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])?"
               r"(?:深入)?(?:实施|开展|推进|启动)?[^，。；：:]{2,24}(?:行动|工程|计划)[。；]?$",
               [(r"(?:馆|场馆|基地)[^，。；]{0,6}(?:建设|迁建|改建|扩建)工程", "ok", {"infrastructure"}, False),
                (r".", "ok", {"none"}, False)]),
    Convention("C16", "a year's general requirement or guiding thought: none unless it names a concrete means",
               r"总体要求|总要求|总体思路|指导思想|为指导",
               [(r"(?:开展|举办|组织|策划)[^，。；]{0,24}活动", "not", {"none"}, False),
                (MEANS + r"|普及|宣传|传播|培训|阵地|队伍|机制|体系|党的建设|党建|从严治党", "not", set(),
                 False),
                (r".", "ok", {"none"}, False)]),
    Convention("C17", "Party building and the Party's leadership of the work organisation; political study none",
               r"党的建设|党建|从严治党|学习贯彻[^，。；]{0,20}精神|听党话|政治引领",
               [(r"为指导|总体要求|总要求", "not", set(), False),
                (r"党的建设|党建|从严治党", "ok", {"organisation"}, True),
                (r".", "not", {"organisation"}, False)]),
    Convention("C18", "a dated goal or a goals-list state to reach is planning, quantified or not",
               r"^(?:[^，。；]{0,12})?(?:到|至)20\d\d年(?:底|末)?[，,]?(?![^。；]*(?:开展|举办|建设|新建|培训|组织))"
               r"[^。；]*(?:达到|提升|提高|完善|形成|增强|改善|建立|建成|普及|显著|明显)",
               [(r".", "ok", {"planning"}, False)]),
    Convention("C19", "shortcomings and background name no means: none",
               r"(?:有待[^，。；]{0,6}|不够[^，。；]{0,6}|不足|薄弱|短板|差距)[。；]?$"
               r"|^[^，。；]{0,10}存在(?:一些|的)?(?:问题|困难|短板|不足)",
               [(r"(?:要|将|着力|加强|补齐|弥补)", "not", set(), False),
                (r".", "ok", {"none"}, False)]),
    Convention("C20", "research and a think tank information (the nearest tool; a project convention)",
               r"智库|研究阐释|理论研究|课题研究|(?:开展|加强|深化)[^，。；]{0,10}研究(?!性|会|院|所)",
               [(r"(?:学习|研究)[^，。；]{0,4}(?:贯彻|领会)", "not", set(), False),
                (r".", "ok", {"information"}, False)]),
    Convention("C21", "working with government departments organisation (or by the joint act); outside partners, exchange cooperation",
               r"(?:与|同|会同|联合)[^，。；]{1,20}(?:部门|局(?!面)|委员会|农委)[^，。；]{0,8}"
               r"(?:合作|协作|沟通|配合|联动|协调)?",
               [(r"座[谈談]|交流", "ok", {"cooperation"}, False),
                (r".", "not", {"cooperation"}, True)]),
    Convention("C22", "making content information; handing it out services",
               r"(?:编印|编写|编发|制作|准备|创作)[^，。；]{0,15}(?:资料|手册|读本|宣传品|作品|短信|节目)"
               r"|(?:发放|赠送|分发|送)[^，。；]{0,15}(?:资料|图书|书刊|手册|宣传品|读本)",
               [(r"^(?:编印|编写|编发|制作|准备|创作)", "ok", {"information"}, True),
                (r".", "ok", {"services"}, True)],
               before=r"宣传|活动|普及"),
    Convention("C23", "a law or a kind of knowledge publicised is services or a topic (none), never regulation",
               r"(?:宣传|普及|宣讲|学习)[^，。；]{0,20}(?:法律|法规|条例|法》)|^\s*\d[、.][^，。；]{0,30}(?:法》|条例》)",
               [(r".", "not", {"regulation"}, False)]),
    Convention("C24", "组织 X to do Y is coded by Y; guiding the public is no participation",
               r"(?<!社会)组织[^，。；、]{0,10}(?:志愿者|企业)|引导(?:广大)?(?:群众|公众|居民|市民|农民|学生)",
               [(r".", "not", {"participation"}, False)]),
    Convention("C25", "a team of people built up education; a working body set up organisation",
               r"(?:成立|组建|设立)[^，。；]{0,15}(?:领导小组|专班|机构|工作组|组委会|团队)"
               r"|^[^，。；]{0,20}(?:加强|建设|壮大|培养|扩大)[^，。；]{0,15}队伍",
               [(r"(?:成立|组建|设立)", "ok", {"organisation"}, True),
                (r"机构", "ok", {"organisation"}, False),
                (r".", "ok", {"education"}, True)]),
    Convention("C26", "推广 a technique (extension) services; a model or experience demonstration",
               r"^[^，。；]{0,20}(?:推广[^，。；]{0,15}(?:技术|模式|经验|做法|典型)|(?:技术|模式|经验)推广(?!站|中心|机构))",
               [(r"模式|经验|做法|典型", "ok", {"demonstration"}, True),
                (r".", "ok", {"services"}, True)]),
    Convention("C27", "鼓励/支持 a list that opens with schools or government bodies: by what is done",
               r"(?:鼓励|引导|支持|动员)(?:有条件的)?(?:学校|中小学|各级|部门|乡镇|机关)",
               [(r".", "not", {"participation"}, False)]),
    # round 14: the cases sets 18-21's coders found silent
    Convention("C28", "personnel means (selection, appointment, promotion, rank) incentives",
               r"(?:选拔|录用|任用|提拔|晋升|职级|聘用)[^，。；]{0,20}",
               [(r"(?:录用|任职|任用|晋升|选拔)(?:考试|考察|考核)", "ok", {"evaluation"}, True),
                (r".", "ok", {"incentives"}, False)]),
    Convention("C29", "a policy-safeguards line that names no policy's content none",
               r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、．])?"
               r"(?:加强|强化|完善|落实)?(?:相关|有关)?政策(?:保障|支持|措施)[。；]?$",
               [(r".", "ok", {"none"}, False)]),
    Convention("C30", "走访慰问 people for their work incentives; a visit to learn evaluation",
               r"走访慰问|慰问(?!演出|信)|走访(?:调研|了解)",
               [(r"调研|了解", "ok", {"evaluation"}, True),
                (r".", "ok", {"incentives"}, True)]),
    Convention("C31", "a deadline or date cell none",
               r"^[^，。；]{0,30}(?:前|截止|为止|阶段|\d日)[。；]?$",
               [(r"开展|举办|报送|上报|提交|组织|建设|宣传", "skip", set(), False),
                (r".", "ok", {"none"}, False)]),
    Convention("C32", "an order that binds regulation; a document sent down to arrange the work organisation",
               r"(?:发布|下发|印发|张贴|颁布)[^，。；]{0,20}?(?:命令|布告|通告|禁令|文件|通知)",
               [(r"^(?:为|关于|根据|按照)|日前|近日|近期", "skip", set(), False),
                (r"命令|布告|通告|禁令|政策|法规|规章", "ok", {"regulation"}, True),
                (r".", "ok", {"organisation"}, True)]),
    Convention("C33", "media reporting and publishing information; 宣传 through media (媒体宣传) services",
               r"报道|(?:开设|开辟|设置)[^，。；]{0,10}(?:专栏|栏目)"
               r"|(?:媒体|电视|广播|网站|微博|公众号)[^，。；]{0,20}(?:发布|播放|播出|刊发|刊登)|媒体宣传",
               [(r"^[^，。；]{0,12}媒体宣传[。；]?$", "ok", {"services"}, False),
                (r".", "ok", {"information"}, False)],
               before=MEANS + r"[^。；]*$|(?:宣传|传播|悬挂)[^，。；]*，"),
    Convention("C34", "work reported as done: an account's act by its means; a news line of a meeting held none",
               r"^(?:近日|日前|[^，。；]{0,12}?\d{1,2}月\d{1,2}日(?:上午|下午)?)，?[^，。；]{0,40}?召开"
               r"|^[^，。；]{0,8}(?:(?:全年)?共(?:召开|举办|开展|制定|成立|签订|发放|印发)"
               r"|(?:召开|举办|开展|制定|成立|签订|发放|印发)了)",
               [(r"^(?:近日|日前|[^，。；]{0,12}?\d{1,2}月\d{1,2}日)", "ok", {"none"}, False),
                (r"(?:开展|实施)了?[^，。；]{0,80}(?:工程|行动)", "skip", set(), False),
                (r".", "ok", ALL - {"none"}, False)]),
    Convention("C35", "designation (命名, 授牌, 揭牌, 推荐申报 a model) demonstration",
               r"命名|揭牌|授牌|挂牌|推荐申报",
               [(r"(?:揭牌|挂牌)成立", "skip", set(), False),
                (r".", "ok", {"demonstration"}, False)]),
    # round 15: the cases sets 22 and 23's coders found silent
    Convention("C37", "hazard inspection and surveys (排查, 普查, 研判分析) evaluation",
               r"排查|摸排|(?<!人口)普查|研判分析",
               [(r".", "ok", {"evaluation"}, False)],
               before=r"宣传[^，。；]{0,6}?[和、]|完善|健全|建立|构建"),
    Convention("C38", "a publicity facility or vehicle set up or equipped infrastructure",
               r"(?:设立|设置|建设|建立|配备|安装|制作|增设|新建|配置|购置)[^，。；]{0,20}?"
               r"(?:橱窗|宣传栏|广告牌|宣传车|大篷车|公示栏|科普栏|宣传牌)",
               [(r"(?:橱窗|宣传栏|广告牌|宣传车|大篷车)[^，。；]{0,8}?(?:制度|机制|内容)", "skip", set(), False),
                (r".", "ok", {"infrastructure"}, False)],
               before=MEANS + r"|张贴|悬挂"),
    Convention("C39", "a bracketed unit line run on into the next title: the title decides",
               r"^[（(](?:责任|牵头|配合)(?:单位|部门)[：:][^）)]{1,80}[)）](?=\s*[^\s。；])",
               [(r".", "not", {"none", "regulation"}, False)]),
    Convention("C40", "发挥X的带头/示范/引领/表率/骨干作用 of people demonstration",
               r"发挥[^，。；]{0,60}?(?:带头|示范|表率|模范|骨干)(?:带动|引领)?作用",
               [(r".", "ok", {"demonstration"}, False)],
               before=r"以"),
    Convention("C41", "a dated target coded by what it builds (建成…机制 organisation); a state planning",
               r"(?:到|至)20\d\d年[^。；]{0,60}?(?:机制|制度)",
               [(r"(?:建成|建立|构建)[^，。；]{0,40}?(?:机制|制度)", "ok", {"organisation"}, False),
                (r".", "ok", {"planning"}, False)]),
    # round 16: the cases set 24's coder found silent
    Convention("C42", "a hotline or service line opened for the public information",
               r"(?:开通|建设|设立|开设|公布|推进)[^，。；]{0,20}?热线|热线(?:电话)?建设",
               [(r"热线[^，。；]{0,4}活动", "skip", set(), False),
                (r".", "ok", {"information"}, False)],
               before=MEANS),
    Convention("C43", "a technical design or construction scheme drafted planning",
               r"(?:制定|制订|编制)[^，。；《》]{0,60}?(?:设计|施工|技术|工程)方案",
               [(r".", "ok", {"planning"}, False)],
               before=MEANS),
    Convention("C44", "a standard or norm carried out (落实/执行…标准) regulation",
               r"(?:落实|执行|贯彻|遵守|对照)[^，。；]{0,30}?(?:标准|规范)(?!化)",
               [(r"^[^，。；]{0,12}执行标准[：:]?", "skip", set(), False),
                (r".", "ok", {"regulation"}, False)],
               before=MEANS),
    Convention("C45", "insurance promoted with no other means named none",
               r"(?:推进|发展|推广|开展|推行)[^，。；]{0,12}?保险",
               [(r"机制|制度|补贴|补助|资金", "skip", set(), False),
                (r".", "ok", {"none"}, False)],
               before=MEANS + r"|研究"),
    Convention("C46", "departments meeting jointly (联席会议, 联合召开) organisation, in news too",
               r"(?:与|和|会同|联合)[^，。；]{1,20}?(?:召开|举行)[^，。；]{0,10}?(?:联席会议|联合会议|协调会)"
               r"|联合召开|(?<!的)联席会议(?!办公室|成员)",
               [(r".", "ok", {"organisation"}, False)]),
    Convention("C47", "a notice's or report's opening that announces the activities it is about services",
               r"决定(?:于|自|在)?[^。；]{0,80}?(?:开展|举办|组织)[^。；]{0,40}?活动|现就有关事项通知如下"
               r"|(?:安排|部署)了?[^，。；]{0,6}?[项个]重点活动",
               [(r".", "ok", {"services"}, False)]),
    # round 17: the cases set 25's coder found silent
    Convention("C48", "总结: work summed up evaluation; a lead-in before another means not evaluation",
               r"总结",
               [(r"阶段", "skip", set(), False),
                (r"现将[^。；]{0,20}?总结如下", "ok", {"none"}, False),
                (r"总结推广", "ok", {"demonstration"}, False),
                (r"在总结[^，。；]{0,30}?的?基础上|总结(?:分析|[^，。；]{0,12}?经验(?:和成果)?)[，、]\s*"
                 r"[^，。；]{0,6}?(?:开展|命名|实施|推广|制定|举办)", "not", {"evaluation"}, False),
                (r"总结[^，。；]{0,16}?(?:经验|教训)[。；]?$", "ok", {"none"}, False),
                (r".", "ok", {"evaluation"}, False)],
               before=MEANS + r"|推进|召开|督促检查|统筹|发挥|指导"),
    Convention("C49", "a stand or point set up for a day's event services; setting stands out organisation",
               r"(?:设立|设置|设定|搭建|摆放)[^，。；]{0,12}?(?:展台|咨询台|宣传台|宣传点|咨询点|摊位)"
               r"|布置(?:好)?(?:展台|展位)|宣传台",
               [(r"布置|安排", "ok", {"organisation"}, False),
                (r".", "ok", {"services"}, False)]),
    Convention("C50", "a mass organisation's own volunteers: their role participation, 组织 them by the work",
               r"(?:妇联|共青团|团委|团市委|团县委|工会|科协|少先队)[^。；]{0,30}?(?:志愿者|志愿服务队|讲师团|宣讲团)"
               r"|(?:巾帼|青年)(?:科技)?(?:志愿者|志愿服务队|讲师团|宣讲团)",
               [(r"发挥[^，。；]{0,30}?(?:作用|功能)", "ok", {"participation"}, False),
                (r"组建|壮大", "ok", {"education"}, False),
                (r"组织", "not", {"organisation"}, False)]),
    # round 18: the cases set 26's coder found silent
    Convention("C51", "the rights, duties or management of the people a plan sets up or sends organisation",
               r"(?:[员者]|人员|队伍|团队)的?(?:权责|职权|权利(?:和|与|及)义务|管理)(?!办法|制度|规定|条例|细则)",
               [(r".", "ok", {"organisation"}, False)],
               before=MEANS),
    Convention("C52", "choosing and sending people into a working role organisation (not C28's career step)",
               r"(?:选派|选聘|选配|下派|委派|派驻)",
               [(r"选拔|任用|录用|晋升|提拔", "skip", set(), False),
                (r".", "ok", {"organisation"}, False)],
               before=MEANS),
    Convention("C53", "a display or exhibition area shown to visitors services; a hall built infrastructure",
               r"展示|展区|展厅|演示区|陈列区|展演",
               [(r"(?:新建|建设|改建|扩建|建成|打造|设立|增设)[^，。；]{0,12}?(?:展区|展厅|展示区|演示区|陈列区)",
                 "ok", {"infrastructure"}, False),
                (r"^[^，。；：:]{0,12}?(?:展厅|展区)[：:]|(?:展品|实物|成果|技术)展示|展示区|演示区|陈列区",
                 "ok", {"services"}, False)],
               before=MEANS),
    # round 19: the cases set 28's coder found silent
    Convention("C54", "exposing cases or offenders (曝光) information, as reporting is",
               r"曝光",
               [(NAMED_FOR_A_DUTY, "skip", set(), False),  # round 20: C58's case
                (r".", "ok", {"information"}, False)],
               before=MEANS + r"|宣传|查处"),
    Convention("C55", "a heading whose head noun is a standard or norm regulation",
               r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
               r"[^，。；：:]{0,16}?(?:标准|规范)[。；：:]?$",
               [(r"(?:范围|内容|对象|时间|任务)(?:和|及|与|、)", "ok", {"none"}, False),
                (r"制定|编制|出台|修订|落实|执行", "skip", set(), False),
                (r".", "ok", {"regulation"}, False)]),
    Convention("C56", "a teaching outline followed or written education; where it only says how, never regulation",
               r"(?:教育|教学|培训)大纲",
               [(r"(?:制定|编制)《[^》]*规划》", "skip", set(), False),
                (r"(?:遵照|按照|依照|依据|根据)[^，。；]{0,40}?大纲[^，。；]{0,6}?，", "not", {"regulation"}, False),
                (r".", "ok", {"education"}, False)]),
    Convention("C57", "an opening 结合X (X a means, event or campaign): the first means after it decides",
               r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?结合"
               r"(?![^，。；]*(?:实际|情况|需求|需要|特点|职能|优势|特色)，)[^，。；]{2,80}?，",
               [(r"^[^，]*，[^。；]*?本(?:计划|方案|规划)", "ok", {"none"}, False),
                (r"^[^，]*，[^。；]*?(?:培训|教学|课)", "ok", {"education"}, False),
                (r"^[^，]*，[^。；]*?(?:(?:新建|建设|设立)[^，。；]{0,12}?(?:站|馆|基地)|(?:站|馆|基地)[”」]?的?建设)",
                 "ok", {"infrastructure"}, False),
                (r"^[^，]*，[^。；]*?(?:开展|举办|宣传|发放|引导公众)", "ok", {"services"}, False)]),
    # round 20: the cases set 29's coder found silent
    Convention("C58", "a party named for failing a duty (对整改不力的单位进行曝光, 通报批评) regulation",
               NAMED_FOR_A_DUTY,
               [(r".", "ok", {"regulation"}, False)],
               before=MEANS + r"|督促|检查|指导|宣传"),
    Convention("C59", "grid management (网格化管理, 网格员, 楼栋长): organisation; what the grid's people do decides",
               r"网格化|网络化”?管理|网格员|网格长|楼栋长|划分网格",
               [(r"(?:网格员|网格长|楼栋长)[^，。；]{0,8}?(?:开展|发放|入户宣传|排查)", "skip", set(), False),
                (r"管理办法|管理制度", "skip", set(), False),
                (r".", "ok", {"organisation"}, False)],
               before=MEANS),
    # round 22: the cases sets 33-36's coders found silent
    Convention("C60", "a recognition standard's conditions (应具备…条件, 有X：具备…, 必须建有) regulation",
               r"(?:具备|满足)(?!条件的)[^，。；]{0,30}?(?:条件|前提)(?!的)|^[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*"
               r"有[^，。；：:]{1,4}[：:]\s*具备|必须建有",
               [(r".", "ok", {"regulation"}, False)]),
    Convention("C61", "an event's entry rules, quotas and judging criteria none",
               r"作品(?:尺寸|规格|要求|数量|格式|字数)|(?:评选|评分|评审|评比)标准[：:]|仅限[^，。；]{0,6}作品"
               r"|每(?:班|人|校|个单位|单位)[^，。；]{0,12}?件作品|画种|参赛(?:作品|对象|要求)[：:]",
               [(r"奖|证书", "skip", set(), False),
                (r".", "ok", {"none"}, False)],
               before=r"比赛|大赛|竞赛|征集|开展|举办"),
    Convention("C62", "a rules text's articles: a definition or purpose none, the body's units organisation, a form regulation",
               r"^第[一二三四五六七八九十\d]{1,3}条|实行[^，。；]{0,8}负责制|名称[^，。；]{0,6}应为|统一标识[^，。；]{0,10}按照",
               [(r"^第[^条]{1,4}条\s*本[^，。；]{0,12}?是", "ok", {"none"}, False),
                (r"宗旨", "ok", {"none"}, False),
                (r"设在|设[^，。；]{0,6}(?:教学点|分校|站点|办公室)|负责制|审批制|备案制", "ok", {"organisation"}, False),
                (r"名称[^，。；]{0,6}应为|统一标识", "ok", {"regulation"}, False)]),
    Convention("C63", "督促 X to do Y: by Y (a plan made planning); 督促 to meet a duty or fix faults regulation",
               r"督促(?!检查)",
               [(r"督促[^，。；]{0,12}?(?:落实[^，。；]{0,8}?责任|整改|履行)", "ok", {"regulation"}, False),
                (r"督促[^，。；]{0,16}?(?:制定|制订|编制)[^，。；]{0,12}?(?:预案|方案|计划|规划)", "ok", {"planning"}, False),
                (r"督促[^，。；]{0,16}?(?:开展|组织)[^，。；]{0,12}?(?:培训|演练)", "ok", {"education"}, False)],
               before=MEANS + r"|张贴|设立|明确"),
    Convention("C64", "a body's network of sites: guiding, managing, assessing their work organisation; building them infrastructure",
               r"(?:书屋|网点|分馆|服务点|教学点|阅览室|站点|服务站)[^，。；]{0,10}?(?:的)?(?:业务|服务)?(?:指导|管理|考核)"
               r"|对[^，。；]{0,20}?(?:书屋|网点|分馆|服务点|教学点|阅览室|站点)[^，。；]{0,12}?指导",
               [(r"(?:书屋|网点|分馆|服务点|教学点|阅览室|站点)建设管理", "ok", {"infrastructure"}, False),
                (r".", "ok", {"organisation"}, False)],
               before=MEANS),
    Convention("C65", "a library's or museum's collection (books bought, donations received, archives sorted) information",
               r"(?:采购|购置|购买|入藏|征集|接收|捐赠)[^，。；]{0,12}?(?:图书|新书|书籍|藏品|文献|文物|档案)"
               r"|(?:新书|图书|藏品|文献)的?(?:采购|入藏|接收|征集|编目)|档案[^，。；]{0,4}整理|整理[^，。；]{0,12}?档案",
               [(r"分发|发放|赠送到|送到|分送", "ok", {"services"}, False),
                (r".", "ok", {"information"}, False)],
               before=MEANS),
    Convention("C66", "a venue's daily running by the body that runs it organisation (management first)",
               r"(?:馆|中心|基地)的?(?:日常管理|运行管理|开放管理)|(?:日常管理|运行管理)(?:、|和|及)",
               [(r"研究", "skip", set(), False),
                (r".", "ok", {"organisation"}, False)],
               before=MEANS),
    Convention("C67", "a goals-list item opening on a change verb with no means (提升…意识) planning",
               r"^(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）、.．]\s*|[-—–·•]+\s*)?(?:进一步)?"
               r"(?:提高|提升|增强|推动|促进|营造|形成|强化|树立|弘扬|养成)",
               [(r"普及|宣传|培训|培养|队伍|合作|交流|建设|建立|健全|开展|举办|品牌|研究|教育", "skip", set(), False),
                (r".", "ok", {"planning"}, False)],
               sections="goals"),
    # round 24: the cases sets 37-39's coders found silent
    Convention("C68", "records of the work kept (台账, 档案, 登记, 存档, 归档, 装订成册) evaluation",
               r"台账|登记册|(?:拍照|照片|资料|图片)[^，。；]{0,6}?(?:存档|留存|归档)|归档|存档|装订成册|专盒|建档|(?:做好|做到)[^，。；]{0,10}?记录"
               r"|(?:建立|做好)[^，。；]{0,8}?档案(?!管理制度)|档案盒|(?:做好|建立)[^，。；]{0,20}?登记(?!表)",
               [(r"档案管理制度|入藏|馆藏|供[^，。；]{0,6}查阅", "skip", set(), False),
                (r".", "ok", {"evaluation"}, False)],
               before=MEANS + r"|宣传|培训|发放|组织|参加"),
    Convention("C69", "expert or academician workstations built infrastructure (their management C64)",
               r"(?:院士|专家|博士后)[^，。；]{0,6}?工作站",
               [(r"管理|服务", "skip", set(), False),
                (r"(?:建设|新建|建立|设立|建成|创建)[^，。；]{0,12}?(?:院士|专家|博士后)[^，。；]{0,6}?工作站"
                 r"|工作站[^，。；]{0,4}?建设", "ok", {"infrastructure"}, False)]),
    Convention("C70", "recommending people upward for awards, honours or talent programmes incentives",
               r"推荐[^，。；]{0,16}?(?:人才|人选|工作者|专家|个人|候选人)[^，。；]{0,12}?(?:奖|表彰|称号|计划|工程|荣誉)"
               r"|人才(?:举荐|推荐)",
               [(r"示范|基地|学校|单位|项目", "skip", set(), False),
                (r".", "ok", {"incentives"}, False)],
               before=r"为指导|总体要求"),
    Convention("C71", "an award's or selection's judging rounds (初评, 复评, 终评, 评审) evaluation",
               r"初评|复评|终评|(?:完成|组织|进行)[^，。；]{0,8}?评审",
               [(r"颁发|授予|表彰|奖金|证书", "skip", set(), False),
                (r".", "ok", {"evaluation"}, False)],
               before=r"举办|开展[^，。；]{0,10}(?:比赛|大赛|竞赛)"),
    Convention("C72", "a body's duty to review or approve (审议, 审定): plans planning, reports evaluation",
               r"(?:审议|审定)[^，。；]{0,20}",
               [(r"召开|会议", "skip", set(), False),
                (r"规划|计划|目标|方案|要点", "ok", {"planning"}, True),
                (r"报告|总结|成果|结果", "ok", {"evaluation"}, True)]),
    Convention("C73", "a catch-all duty (完成…交办的其他任务) none",
               r"交办的其他|交给的其他|其他(?:任务|事项|工作)。?$",
               [(r"^[^，。；]{0,30}(?:完成|承担|负责|办理)[^，。；]{0,20}?其他", "ok", {"none"}, False)]),
    Convention("C74", "conditions asked of people who apply or enter, and an event's entry conditions none",
               r"(?:招募|报名|申请|参展|入选|应聘)(?:条件|资格|要求)|^[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*"
               r"(?:热爱|拥护|身体健康|具有一定|年龄在)|参展[^，。；]{0,10}?(?:须|必须|应)",
               [(r"奖|证书|示范|基地|站", "skip", set(), False),
                (r".", "ok", {"none"}, False)]),
    Convention("C75", "registration paperwork instructions (填写报名表, 发送至邮箱) organisation; a contact line none",
               r"(?:填写|下载)[^，。；]{0,12}?(?:报名表|回执|申报表|登记表|附件)|发送(?:至|到)[^，。；]{0,16}?(?:邮箱|信箱)"
               r"|(?:表格|报名表|回执|下载|填报)[^。；]{0,100}?(?:电子邮件|邮箱)"
               r"|^(?:联系人|联系电话|电子邮箱|邮箱)[：:]",
               [(r"^(?:联系人|联系电话|电子邮箱|邮箱)[：:]", "ok", {"none"}, False),
                (r".", "ok", {"organisation"}, False)]),
    Convention("C76", "signs that prohibit (禁烟标识, 禁止吸烟标志) put up regulation; boards that inform C38",
               r"(?:禁烟|禁止吸烟|严禁|禁止)[^，。；]{0,8}?(?:标识|标志|标牌|警示牌|提示牌)",
               [(r".", "ok", {"regulation"}, False)],
               before=MEANS + r"|宣传"),
    Convention("C77", "carrying out assessment rules (落实…考核细则) evaluation, not C44",
               r"(?:落实|执行|按照|贯彻)[^，。；]{0,20}?(?:考核|考评|评估)(?:细则|办法|标准|制度|方案)",
               [(r".", "ok", {"evaluation"}, False)],
               before=MEANS),
    Convention("C78", "findings of a survey or check fed back or reported evaluation (C58 when a party is named)",
               r"(?:调查|检查|评估|督查|测评|问卷)(?:结果|情况|发现)[^，。；]{0,12}?(?:反馈|通报|报送|上报)"
               r"|^[^，。；]{0,4}(?:信息|结果|情况)[^，。；]{0,4}?(?:及时)?反馈",
               [(NAMED_FOR_A_DUTY, "ok", {"regulation"}, False),
                (r".", "ok", {"evaluation"}, False)],
               before=MEANS),
    Convention("C79", "a venue cleaned and kept in order (打扫, 清洁卫生) organisation",
               r"打扫|清洁卫生|保洁|整洁",
               [(r"维修|更换|改造|环境卫生整治|爱国卫生|宣传|教育", "skip", set(), False),
                (r".", "ok", {"organisation"}, False)],
               before=MEANS),
    Convention("C80", "a talk or speech to an assembly (国旗下讲话) services; a lesson in the timetable education",
               r"国旗下(?:讲话|演讲)|(?:作|做)[^，。；]{0,12}?(?:主题|专题)?讲话",
               [(r"精神|(?:通过|利用|结合)[^。；]{0,6}国旗下|国旗下讲话[、和]|、国旗下讲话", "skip", set(), False),
                (r"班会|课堂", "ok", {"education"}, False),
                (r".", "ok", {"services"}, False)]),
    Convention("C81", "sirens: a trial sounding evaluation; sounded by others as the time none",
               r"(?:试鸣|试响|测试)[^，。；]{0,8}?警报|警报[^，。；]{0,6}?(?:试鸣|试响)|(?:全市|全省|全区|全县)[^，。；]{0,6}?鸣放",
               [(r"试鸣|试响|测试", "ok", {"evaluation"}, False),
                (r".", "ok", {"none"}, False)]),
    # C82 (a purposes list) has no scope: its heading is not in the clause (docs: set 39's items by hand)
]


def table(coded: pd.DataFrame) -> pd.DataFrame:
    """Per convention: hand codes that follow / depart, the sets they are in, the coder likewise."""
    rows = []
    for c in CONVENTIONS:
        hf = hd = cf = cd = 0
        sets: set[str] = set()
        dep: set[str] = set()
        for r in coded.itertuples():
            w = c.want(r.text, r.section)
            if w is None:
                continue
            how, codes = w
            ok_hand = (r.tool in codes) == (how == "ok")
            ok_coder = (r.coder_tool in codes) == (how == "ok")
            hf, hd = hf + ok_hand, hd + (not ok_hand)
            cf, cd = cf + ok_coder, cd + (not ok_coder)
            sets.add(r.set)
            if not ok_hand:
                dep.add(r.set)
        rows.append({"id": c.id, "convention": c.name, "hand follows": hf, "hand departs": hd,
                     "sets": ",".join(sorted(sets, key=int)),
                     "departing sets": ",".join(sorted(dep, key=int)),
                     "coder follows": cf, "coder departs": cd})
    return pd.DataFrame(rows)


def coded_sets(sections: bool = True, sets: list[str] | None = None) -> pd.DataFrame:
    """Every hand-coded clause of sets 2-15 (or `sets`) with the coder's code (with section kinds)."""
    frames = []
    for s in sets or SETS:
        both = rc.coded(s).reset_index(drop=True)
        kinds = rc.section_kinds(both, s) if sections else None
        pred = ins.code_clauses(both["text"], sections=kinds)
        frames.append(pd.concat([both, pred.add_prefix("coder_")], axis=1).assign(set=s, section=kinds))
    return pd.concat(frames, ignore_index=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", metavar="ID", help="print the clauses a convention counts")
    parser.add_argument("--sets", default="2-15", help="a range of sets, such as 16-17 (default 2-15)")
    args = parser.parse_args()
    first, _, last = args.sets.partition("-")
    coded = coded_sets(sets=[str(n) for n in range(int(first), int(last or first) + 1)])
    if args.list:
        c = next(c for c in CONVENTIONS if c.id == args.list)
        for r in coded.itertuples():
            w = c.want(r.text, r.section)
            if w is not None:
                how, codes = w
                mark = "ok " if (r.tool in codes) == (how == "ok") else "DEP"
                print(f"{mark} set {r.set} {r.page} {r.clause_no}: hand {r.tool} / coder "
                      f"{r.coder_tool}  {r.text[:70]}")
        return
    t = table(coded)
    cols = list(t.columns)
    print("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for r in t.itertuples(index=False):
        print("| " + " | ".join(str(v) for v in r) + " |")
    print(f"\ntotal: hand follows {t['hand follows'].sum()}, departs {t['hand departs'].sum()}; "
          f"coder follows {t['coder follows'].sum()}, departs {t['coder departs'].sum()}")


if __name__ == "__main__":
    main()
