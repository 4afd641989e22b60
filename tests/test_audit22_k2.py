"""audit 22 item 5 (helper k2): English never says a unit "leads most tasks" (which reads as a
majority) where it leads more tasks than any other. The test failed before the change."""

from __future__ import annotations

import csv
from pathlib import Path

from sciplan_analysis.analysis import findings as F

LABELS = Path(__file__).resolve().parents[1] / "data" / "reference" / "labels.csv"


# --------------------------------------------------------------------------- item 5


def test_no_english_label_says_a_unit_leads_most_tasks():
    """"leads most tasks" reads as "a majority of tasks" (Shanwei's 科协 leads 12/46)."""
    with LABELS.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith("#")) if len(r) >= 4]
    said = [r[1] for r in rows if "leads most" in r[3] or "leading most tasks" in r[3]]
    assert not said, said


def test_the_five_plans_english_lead_finding_and_chart_titles(five_plans):
    from sciplan_analysis.report import charts

    lead = F.lead(F.Tables(five_plans), "en")
    assert "the Association for Science and Technology leads more tasks than any other unit:" in lead.sentence
    assert lead.title.startswith("The Association for Science and Technology leads more tasks than any other unit: ")
    heat = charts.lead_heatmap_finding(five_plans, "en")
    assert "leads more tasks than any other unit in 4 of 4 plans" in heat.title, heat.title
    assert "leads most" not in heat.sentence + heat.title + lead.sentence + lead.title
