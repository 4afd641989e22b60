"""Issue 23, round ninety: a notice's text closed by its signer's name alone, with no date under it.

A 公示 or call copied from a bureau's site often ends with its contact lines or attachments and then the body's name,
its date above the name (2019年10月23日 / 某省科学技术厅) or nowhere; where nothing else names the signer, that last line
does. A text without a notice's working words, or a name under another body's name (a joint signature read in part),
names no one."""

from __future__ import annotations

import pytest
from made_up import value

PUBLICITY = ("各有关单位：\n根据《某省科技型企业认定管理办法》有关规定，经企业申报、专家评审等程序，现将拟认定名单予以公示。"
             "公示期为7天，如有异议，请以书面形式向我厅反映。\n联系人：某某，联系电话：0971-1234567\n")


@pytest.mark.parametrize(("end", "issuer", "date"), [
    ("附件：拟认定科技型企业名单\n湖南省科学技术厅\n", "湖南省科学技术厅", None),
    ("附件：1.拟通过复审企业名单\n2019年10月23日\n青海省科学技术厅\n", "青海省科学技术厅", "2019-10-23"),
    # wording no listed page shows: a city bureau after a contact line, a society under a Chinese-numeral date
    ("监督电话：0759-7654321\n某某市农业农村局\n", "某某市农业农村局", None),
    ("二〇二二年十月十日\n某某省机械工程学会\n", "某某省机械工程学会", "2022-10-10"),
])
def test_a_notice_closed_by_its_signers_name_names_it(end, issuer, date):
    text = PUBLICITY + end
    assert value(text, "issuer") == issuer
    assert value(text, "issue_date") == date


def test_an_organs_name_closing_a_text_with_no_notice_words_names_no_one():
    # an account of the bureau's work, its name the page's last line (a site's credit): no notice signs
    text = ("今年以来，全省科技系统围绕创新驱动发展战略，推动科技成果转化取得新进展。\n"
            "全省高新技术企业数量持续增长，研发投入稳步提高。\n湖南省科学技术厅\n")
    assert value(text, "issuer") is None


@pytest.mark.parametrize("above", ["附件：名单\n某某大学科学技术研究院\n", "某某大学科学技术研究院\n"])
def test_a_name_under_another_bodys_name_is_a_joint_signature_read_in_part(above):
    # two bodies sign together with no date: the lower one alone would be a confident wrong issuer (the second form:
    # the upper name run onto the contact line above it, as the reading of wrapped lines joins them)
    text = PUBLICITY + above + "湖南省科学技术厅\n"
    assert value(text, "issuer") is None
