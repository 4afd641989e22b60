"""Issue 23, round eighty-two: the sixth window's misses (holdouts 171-176), in forms a second example and the pattern of
Chinese documents explain.

A copy's page that goes on past the document's signature (当前文章链接：…, 电子邮箱：…, 地址：…, TOP) leaves the signature
read: the signature's lines are looked for above that furniture (metadata._signature_tail). An organ line under a contact
sentence ending in a telephone number or an e-mail address signs (normalise.CONTACT_END), never running on as the
sentence's rest. A region's office for one field of work (某省科学技术奖励工作办公室) is an organ (issuers._work_office). The
attachments listed under a label that holds the first of them (附件：1.某某回执 / 2.某部关于开展…的通知) are no heading of the
page's (metadata.FIRST_LISTED_ATTACHMENT)."""

from __future__ import annotations

import pytest
from made_up import value

from sciplan_analysis.parsing.issuers import is_issuer
from sciplan_analysis.parsing.normalise import paragraphs

BODY = ("各有关单位：\n根据有关规定，现将有关要求通知如下：\n一、调查内容\n1.调查全市科普资源投入情况。\n"
        "二、时间安排\n1.5月下旬，工作布置和基层填报；\n2.6月上旬，部门收表与审核。\n特此通知。\n")


# 1. A signature above a copy's furniture is read.
@pytest.mark.parametrize("furniture", [
    "当前文章链接：http://www.example.cn/news/275.html，转载请注明，谢谢。\n若有其它问题可拨打客服电话021-62195929\n"
    "电子邮箱：someone@126.com\n地址：某市某区某路201号\n",
    # wording no listed page shows: a reprint's note, then a consultancy's contact lines
    "本文转载自某市科技局网站，如有侵权请联系删除\n联系邮箱：service@example.cn\n地址：某市某区某路8号\n咨询热线：400-800-1234\n",
])
def test_a_signature_above_a_copys_furniture_is_read(furniture):
    text = f"{BODY}上海市科学技术委员会\n2019年5月28日\n{furniture}"
    assert value(text, "issuer") == "上海市科学技术委员会"
    assert value(text, "issue_date") == "2019-05-28"


def test_furniture_without_a_date_above_it_gives_no_signature():
    # must not: an organ named in the body's last lines, no date under it, then contact lines, signs nothing
    text = f"{BODY}请与上海市科学技术委员会联系\n电子邮箱：someone@126.com\n地址：某市某区某路201号\n"
    assert value(text, "issuer") is None


# 2. An organ line under a contact sentence ending in a number or an address signs.
@pytest.mark.parametrize(("contact", "organ"), [
    ("三、如有不明之处，请咨询某科技咨询有限公司。联系人：某某 电话：0731-88988126 13975835146", "岳阳市科技局"),
    # wording no listed page shows: an e-mail address at the end, a county 科协 signing
    ("三、各单位请于5月10日前将调查表及电子文档发送至统计工作专用邮箱 kepu_office@163.com", "开江县科学技术协会"),
])
def test_an_organ_under_a_contact_sentence_signs(contact, organ):
    text = f"各县市区科技局：\n一、请认真做好统计工作。\n二、请按时报送。\n{contact}\n{organ}\n2012年4月25日\n"
    assert organ in [p.text for p in paragraphs(text)]
    assert value(text, "issuer") == organ
    assert value(text, "issue_date") == "2012-04-25"


def test_a_sentence_wrapped_before_an_organ_still_runs_on():
    # must not: a line cut at its width before an organ's name (no number or address at its end) runs on as before
    text = "各单位要按照要求，将有关材料于5月12日前统一报送至\n岳阳市科技局\n"
    assert [p.text for p in paragraphs(text)] == ["各单位要按照要求，将有关材料于5月12日前统一报送至岳阳市科技局"]


# 3. A region's office for one field of work is an organ.
@pytest.mark.parametrize("name", [
    "黑龙江省科学技术奖励工作办公室",
    # wording no listed page shows: a city's office for a campaign
    "岳阳市创建全国文明城市工作办公室",
])
def test_a_regions_work_office_is_an_organ(name):
    assert is_issuer(name)
    text = f"{BODY}附件：名单.pdf\n{name}\n2024年4月25日\n"
    assert value(text, "issuer") == name


@pytest.mark.parametrize("name", [
    "工作办公室",              # no region
    "某县人民政府工作办公室",   # another organ's suffix inside: no field of work
    "请联系工作办公室",         # page text
    "欢乐谷市科普工作办公室",   # no real region
])
def test_what_is_no_work_office(name):
    assert not is_issuer(name)


# 4. Attachments listed under a label holding the first are no heading.
@pytest.mark.parametrize("second", [
    "2.科技部关于开展2019年度全国科普统计调查工作的通知",
    # wording no listed page shows: an enumeration comma, a province's notice
    "2、某省科学技术协会关于举办科普讲解大赛的通知",
])
def test_a_listed_attachment_under_its_first_is_no_title(second):
    # (a body of sentences and no headings, as the copy showed it: all its lines are front matter)
    text = (f"各市州科技局、省直有关部门：\n根据有关通知精神，省科技厅将开展统计调查工作。\n"
            f"请各单位高度重视，认真组织填报。\n联系电话：0731-88988813\n附件：1.2019年度科普统计调查联络员回执\n{second}\n")
    assert value(text, "title") is None


def test_a_notice_heading_over_its_body_is_still_the_title():
    # must not: the page's own heading above the body stays its title, the listed attachments under it aside
    text = ("某省科学技术厅关于开展2019年度科普统计调查工作的通知\n各市州科技局：\n一、要高度重视统计调查工作。\n"
            "附件：1.联络员回执\n2.科技部关于开展2019年度全国科普统计调查工作的通知\n")
    assert value(text, "title") == "某省科学技术厅关于开展2019年度科普统计调查工作的通知"
