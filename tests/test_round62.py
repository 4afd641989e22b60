"""Issue 23, round sixty-two: a document's heading naming its kind, on a line of its own near the page's top. A page
that shows no 《…》 named as issued and no notice's heading (关于…的通知) may still open with its document's name, as every
Chinese document does: a contest's 规则, a 宣言, an 倡议书, a 决定 (关于表彰…的决定), a budget's 编制说明, a 条例, a 章程, a
方案 over its addressees. The name is read from the page's raw lines above the body (`_kind_heading`), once a site's
labels, a posting date and fields glued after it are cut, a wrapped heading joined and a note on its own line taken with
it. Tests on made-up pages in wordings no listed page shows, and the forms the rule must not take: a site's menu, a news
headline, a part heading, an attachment list, a forwarded document's heading, a subtitle, a table's caption, a summary
with next year's plan, and two different headings (none, with why)."""

from __future__ import annotations

import pytest
from made_up import plan


@pytest.mark.parametrize(("text", "title"), [
    # a contest's rules, its edition opening the name and its revision noted in brackets on the next line
    ("首页\n第十五届某某省青少年机器人竞赛规则\n（2019年3月修订）\n第一章 总则\n本规则适用于全省青少年机器人竞赛的组织、报名、评审和奖励等各项工作。\n",
     "第十五届某某省青少年机器人竞赛规则（2019年3月修订）"),
    # a declaration its signers sign below, the name in quotes
    ("某某流域科普场馆协同发展“青城宣言”\n在科普事业蓬勃发展的新形势下，流域各省科普场馆齐聚一堂，共商协同发展大计，形成如下共识。\n一、共建共享资源。\n",
     "某某流域科普场馆协同发展“青城宣言”"),
    # an initiative, its subtitle under it (a dash opens it: no second heading)
    ("致全市青少年科技爱好者的倡议书\n——争做新时代科学小达人\n当前，科技创新日新月异，为激发青少年学科学、爱科学的热情，特发出如下倡议：\n一、勤学善思。\n",
     "致全市青少年科技爱好者的倡议书"),
    # a decision wrapped over two lines, under a site's date
    ("2023-05-10\n关于表彰某某市优秀科普志愿服务团队\n和先进个人的决定\n各区县科协，市直各有关单位：\n为表彰先进、树立典型，经研究，决定对以下团队和个人予以表彰。\n",
     "关于表彰某某市优秀科普志愿服务团队和先进个人的决定"),
    # a budget's notes on its drawing up, under a portal's field list
    ("索引号\n11510000-2022-00031\n某某县气象局2021年度部门决算编制说明\n第一部分 部门概况\n一、基本职能及主要工作\n本部门主要负责全县气象监测、预报预警和气象科普等工作，内设机构三个。\n",
     "某某县气象局2021年度部门决算编制说明"),
    # a regulation over a bulleted field list glued after it
    ("某某省气象灾害防御条例\n•颁布日期：2015-06-01\n•时效性：有效\n第一条 为了防御气象灾害，保护人民生命财产安全，根据有关法律、法规，结合本省实际，制定本条例。\n",
     "某某省气象灾害防御条例"),
    # a plan over its addressees, the two lines joined into one paragraph
    ("某某市科协开展科技志愿服务进乡村活动的实施方案\n各县区科协，市级各学会：\n为深入推进科技志愿服务工作，经研究，决定在全市开展科技志愿服务进乡村活动，现制定本方案。\n一、指导思想\n",
     "某某市科协开展科技志愿服务进乡村活动的实施方案"),
    # a plan's name over a posting time, repeated
    ("老年人智能技术科普培训方案\n2023-11-02 09:15\n老年人智能技术科普培训方案\n一、培训目标\n帮助老年人跨越数字鸿沟，提升运用智能技术的能力和科学素质。\n",
     "老年人智能技术科普培训方案"),
    # an association's charter
    ("某某市青少年科技教育协会章程（草案）\n第一章 总则\n第一条 本会名称为某某市青少年科技教育协会，是由全市科技教育工作者自愿组成的社会组织。\n",
     "某某市青少年科技教育协会章程（草案）"),
    # a plan's name wrapped before its period
    ("某某镇全民科学素质行动实施方案\n（2022—2025年）\n为贯彻落实上级要求，提升全镇公民科学素质，结合本镇实际，制定本方案。\n一、工作目标\n",
     "某某镇全民科学素质行动实施方案（2022—2025年）"),
    # a long heading a layout broke inside a word, the rest on a short line of its own
    ("某某县农业农村局二〇二二年度部门决算公开编\n制说明\n第一部分 部门概况\n一、基本职能\n本部门负责全县农业农村发展规划、农业技术推广和农民科技培训等工作。\n",
     "某某县农业农村局二〇二二年度部门决算公开编制说明"),
    ("首届某某流域青少年科普教育协同发展论坛共同宣\n言\n我们，来自流域各地的科普教育工作者，齐聚一堂，共同发出如下倡议并郑重承诺。\n一、共享资源。\n",
     "首届某某流域青少年科普教育协同发展论坛共同宣言"),
])
def test_a_heading_naming_its_kind_is_the_title(text, title):
    found = plan(text)
    assert found["title"] == title
    assert found["title_source"] == "text"


@pytest.mark.parametrize("text", [
    # a site's menu, one item a line, over a news item with no document of its own
    ("网站首页\n科协概况\n通知公告\n科普工作计划\n学会工作\n我市举办科普讲座\n6月5日，市科协在市图书馆举办科普讲座，200余名市民到场聆听。"
     "讲座围绕健康生活展开，现场气氛热烈，市民纷纷表示收获很大。\n"),
    # a news headline naming a plan (出台 and 启动 report it)
    ("某县出台全民科学素质提升三年行动方案\n记者日前从县科协获悉，该县将围绕青少年、农民等重点人群开展系列科普活动，到2025年全县公民具备科学素质的比例明显提升。\n"),
    ("某市启动科普进社区百场讲座活动方案\n近日，市科协联合市卫健委开展科普进社区活动，计划全年举办讲座一百场，覆盖全市各个街道和社区。\n"),
    # a part heading alone opening the page
    ("一、指导思想和工作方案\n以新时代中国特色社会主义思想为指导，全面贯彻落实各项决策部署，推动科普工作高质量发展，不断提高公民科学素质。\n"),
    # an attachment list under a notice's body
    ("附件：1.某某区科普示范社区评选办法\n2.某某区科普示范社区申报表\n请各街道认真组织申报，于6月30日前将材料报送区科协，逾期不予受理，特此说明。\n"),
    # a table's caption
    ("某某县2024年科普活动计划表\n序号\t活动名称\t时间\t地点\n1\t科普日\t9月\t县广场\n"),
    # a summary with next year's plan (the conventions' `?`)
    ("某某县科协2023年工作总结和2024年工作计划\n2023年，县科协在县委、县政府的坚强领导下，紧紧围绕全县中心工作，扎实推进各项科普工作，取得了明显成效。\n"),
    # a sentence a layout broke inside a quotation, its first part ending on a kind
    ("某某乡科普工作简况\n会上，乡长逐条对照了今年的《某某县2018年全民科学素质工作计划\n》，要求各村认真抓好落实，确保各项任务按期完成。\n"),
    # a labelled field's value broken after its label
    ("Original title：某某\n省气象科普工作办法\nArticle 1 These measures are formulated to promote meteorological science popularization.\n"),
    # a headline's verb of a plan taken in (纳入)
    ("某某县全民科学素质工作纳入“十四五”规划\n记者从县科协获悉，该县将科普工作纳入国民经济和社会发展规划，并安排专项经费予以保障。\n"),
    # a field's value under its label
    ("索引号\n0123/2024-01\n信息分类\n规划计划\n某某街道召开科普工作会议\n会议总结了上半年工作，部署了下半年的科普重点任务，各社区负责同志参加了会议。\n"),
])
def test_no_heading_of_a_kind_no_title(text):
    found = plan(text)
    assert not found["title"]


def test_a_forwarded_documents_heading_is_not_the_title():
    # the page is the forwarding notice: the forwarded plan's heading under it is its attachment
    found = plan("转发《某某省科协青少年科学调查体验活动工作计划》的通知\n各市科协：\n现将省科协工作计划转发给你们，请结合实际贯彻落实。\n"
                 "某某省科协青少年科学调查体验活动工作计划\n为组织好本年度体验活动，特制定本计划。\n一、活动主题\n")
    assert found["title"] == "转发《某某省科协青少年科学调查体验活动工作计划》的通知"
    found = plan("某某县科学技术协会关于转发某某市科普示范基地认定工作方案的通知\n各乡镇科协：\n现将市科协制定的工作方案转发给你们，请认真贯彻执行。\n"
                 "某某市科普示范基地认定工作方案\n为规范科普示范基地认定工作，推动基地建设，制定本方案。\n一、认定条件\n")
    assert found["title"] == "某某县科学技术协会关于转发某某市科普示范基地认定工作方案的通知"


def test_two_headings_give_none_and_say_why():
    # two different documents' names open the page (a site's list): no one of them is the page's
    found = plan("某某区科普志愿者管理办法\n某某区科普场馆开放服务规范化实施方案\n近日，区科协整理了近年制定的各类科普工作制度，供各单位学习参考和对照执行。\n")
    assert not found["title"]
    assert found["title_source"] == "several headings"
