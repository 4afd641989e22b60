"""The instrument coder on a SECOND, fresh set of other real plans (issue 24, third round).

    python benchmarks/real_clauses_2.py --draw        # the seeded draw, with text, for hand coding
    python benchmarks/real_clauses_2.py               # agreement, kappa, confusion (type, tool)
    python benchmarks/real_clauses_2.py --misses      # and every clause coded differently
    python benchmarks/real_clauses_2.py --set 3 …     # the same for the third set (every clause)
    python benchmarks/real_clauses_2.py --set 4 …     # and the fourth (every clause)
    python benchmarks/real_clauses_2.py --set 5 …     # and the fifth (2021-2025 plans, every clause)
    python benchmarks/real_clauses_2.py --set 6 …     # and the sixth (every clause)
    python benchmarks/real_clauses_2.py --set 7 …     # and the seventh (every clause; round 5)
    python benchmarks/real_clauses_2.py --set 8 …     # and the eighth (every clause; round 6)
    python benchmarks/real_clauses_2.py --set 9 …     # and the ninth (every clause; after round 6)
    python benchmarks/real_clauses_2.py --set 10 …    # and the tenth (every clause; after round 7b)
    python benchmarks/real_clauses_2.py --set 11 …    # and the eleventh (every clause; coded blind)
    python benchmarks/real_clauses_2.py --set 12 …    # and the twelfth (every clause; session's end)
    python benchmarks/real_clauses_2.py --set 13 …    # … to --set 227: each later set (every clause; coded blind)
    python benchmarks/real_clauses_2.py --no-sections …  # each clause alone (round 10 reads its section, round 23 its page kind)
    python benchmarks/real_clauses_2.py --set 86 --model  # and the learned hybrid (the code since session 25) beside the rules
    python benchmarks/real_clauses_2.py --set 92 --model --model-file old.csv  # another model file (session 26:
                                                  # the file a refit replaced, e.g. git show 130db26:data/reference/instrument_model.csv)
    python benchmarks/real_clauses_2.py --set 96 --model --compare old.csv  # and every clause the two files read
                                                  # apart, with the hand code (session 27)
    python benchmarks/real_clauses_2.py --set 104 --model --misses  # the code's misses listed too (session 29)

Thirteen pages of plans never used before (benchmarks/real_clauses_2.csv; their texts in the
ignored benchmarks/real_clauses/pages_2.jsonl, gathered with the `search` tool). Their bodies are
split into clauses exactly as benchmarks/real_clauses.py splits the first set; DRAW clauses are
drawn from that pool at random with a fixed seed, and their hand codes
(tests/data/real_clauses_codes_2.csv: page, clause number, offsets, tool, type, a reading; no
text) were committed before the coder was first run on them. The whole set is held out: a rule
changed after its first score is measured here only as "seen". The third set
(benchmarks/real_clauses_3.csv, 5 more plans gathered after the second set had been used to
change rules) is coded whole, every clause of its bodies, the same way; so is the fourth
(benchmarks/real_clauses_4.csv: later pages of four implementation plans, gathered after the
third set had been used), the last check of the final rules. The fifth
(benchmarks/real_clauses_5.csv: the openings of seven plans of 2021-2025, issue 24's fourth round)
was coded whole before any rule of that round changed; the sixth (benchmarks/real_clauses_6.csv, six
more pages gathered after that round's rules were written) is the check of its final rules.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from benchmarks.instruments_score import confusion, scores  # noqa: E402
from benchmarks.real_clauses import clauses, lost, pages, texts, unified  # noqa: E402
from sciplan_analysis.config import MODEL_FILE  # noqa: E402
from sciplan_analysis.parsing import instruments as ins  # noqa: E402
from sciplan_analysis.parsing import learned, sections  # noqa: E402
from sciplan_analysis.parsing.parse import read_text  # noqa: E402
from sciplan_analysis.tables import INSTRUMENT_TOOLS as SCHEME  # noqa: E402

LIST = HERE / "real_clauses_2.csv"
PAGES = HERE / "real_clauses" / "pages_2.jsonl"
CODES = HERE.parent / "tests" / "data" / "real_clauses_codes_2.csv"
SEED = 2026
DRAW = 160
# each set: its page list, its gathered texts, its hand codes, how many clauses are drawn (None: all)
SETS = {
    "2": (LIST, PAGES, CODES, DRAW),
    "3": (HERE / "real_clauses_3.csv", HERE / "real_clauses" / "pages_3.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_3.csv", None),
    "4": (HERE / "real_clauses_4.csv", HERE / "real_clauses" / "pages_4.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_4.csv", None),
    "5": (HERE / "real_clauses_5.csv", HERE / "real_clauses" / "pages_5.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_5.csv", None),
    "6": (HERE / "real_clauses_6.csv", HERE / "real_clauses" / "pages_6.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_6.csv", None),
    "7": (HERE / "real_clauses_7.csv", HERE / "real_clauses" / "pages_7.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_7.csv", None),
    "8": (HERE / "real_clauses_8.csv", HERE / "real_clauses" / "pages_8.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_8.csv", None),
    "9": (HERE / "real_clauses_9.csv", HERE / "real_clauses" / "pages_9.jsonl",
          HERE.parent / "tests" / "data" / "real_clauses_codes_9.csv", None),
    "10": (HERE / "real_clauses_10.csv", HERE / "real_clauses" / "pages_10.jsonl",
           HERE.parent / "tests" / "data" / "real_clauses_codes_10.csv", None),
    "11": (HERE / "real_clauses_11.csv", HERE / "real_clauses" / "pages_11.jsonl",
           HERE.parent / "tests" / "data" / "real_clauses_codes_11.csv", None),
    "12": (HERE / "real_clauses_12.csv", HERE / "real_clauses" / "pages_12.jsonl",
           HERE.parent / "tests" / "data" / "real_clauses_codes_12.csv", None),
    "13": (HERE / "real_clauses_13.csv", HERE / "real_clauses" / "pages_13.jsonl",
           HERE.parent / "tests" / "data" / "real_clauses_codes_13.csv", None),
    "14": (HERE / "real_clauses_14.csv", HERE / "real_clauses" / "pages_14.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_14.csv", None),
    "15": (HERE / "real_clauses_15.csv", HERE / "real_clauses" / "pages_15.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_15.csv", None),
    "16": (HERE / "real_clauses_16.csv", HERE / "real_clauses" / "pages_16.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_16.csv", None),
    "17": (HERE / "real_clauses_17.csv", HERE / "real_clauses" / "pages_17.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_17.csv", None),
    "18": (HERE / "real_clauses_18.csv", HERE / "real_clauses" / "pages_18.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_18.csv", None),
    "19": (HERE / "real_clauses_19.csv", HERE / "real_clauses" / "pages_19.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_19.csv", None),
    "20": (HERE / "real_clauses_20.csv", HERE / "real_clauses" / "pages_20.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_20.csv", None),
    "21": (HERE / "real_clauses_21.csv", HERE / "real_clauses" / "pages_21.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_21.csv", None),
    "22": (HERE / "real_clauses_22.csv", HERE / "real_clauses" / "pages_22.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_22.csv", None),
    "23": (HERE / "real_clauses_23.csv", HERE / "real_clauses" / "pages_23.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_23.csv", None),
    "24": (HERE / "real_clauses_24.csv", HERE / "real_clauses" / "pages_24.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_24.csv", None),
    "25": (HERE / "real_clauses_25.csv", HERE / "real_clauses" / "pages_25.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_25.csv", None),
    "26": (HERE / "real_clauses_26.csv", HERE / "real_clauses" / "pages_26.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_26.csv", None),
    "27": (HERE / "real_clauses_27.csv", HERE / "real_clauses" / "pages_27.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_27.csv", None),
    "28": (HERE / "real_clauses_28.csv", HERE / "real_clauses" / "pages_28.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_28.csv", None),
    "29": (HERE / "real_clauses_29.csv", HERE / "real_clauses" / "pages_29.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_29.csv", None),
    "30": (HERE / "real_clauses_30.csv", HERE / "real_clauses" / "pages_30.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_30.csv", None),
    "31": (HERE / "real_clauses_31.csv", HERE / "real_clauses" / "pages_31.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_31.csv", None),
    "32": (HERE / "real_clauses_32.csv", HERE / "real_clauses" / "pages_32.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_32.csv", None),
    "33": (HERE / "real_clauses_33.csv", HERE / "real_clauses" / "pages_33.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_33.csv", None),
    "34": (HERE / "real_clauses_34.csv", HERE / "real_clauses" / "pages_34.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_34.csv", None),
    "35": (HERE / "real_clauses_35.csv", HERE / "real_clauses" / "pages_35.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_35.csv", None),
    "36": (HERE / "real_clauses_36.csv", HERE / "real_clauses" / "pages_36.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_36.csv", None),
    "37": (HERE / "real_clauses_37.csv", HERE / "real_clauses" / "pages_37.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_37.csv", None),
    "38": (HERE / "real_clauses_38.csv", HERE / "real_clauses" / "pages_38.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_38.csv", None),
    "39": (HERE / "real_clauses_39.csv", HERE / "real_clauses" / "pages_39.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_39.csv", None),
    "40": (HERE / "real_clauses_40.csv", HERE / "real_clauses" / "pages_40.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_40.csv", None),
    "41": (HERE / "real_clauses_41.csv", HERE / "real_clauses" / "pages_41.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_41.csv", None),
    "42": (HERE / "real_clauses_42.csv", HERE / "real_clauses" / "pages_42.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_42.csv", None),
    "43": (HERE / "real_clauses_43.csv", HERE / "real_clauses" / "pages_43.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_43.csv", None),
    "44": (HERE / "real_clauses_44.csv", HERE / "real_clauses" / "pages_44.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_44.csv", None),
    "45": (HERE / "real_clauses_45.csv", HERE / "real_clauses" / "pages_45.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_45.csv", None),
    "46": (HERE / "real_clauses_46.csv", HERE / "real_clauses" / "pages_46.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_46.csv", None),
    "47": (HERE / "real_clauses_47.csv", HERE / "real_clauses" / "pages_47.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_47.csv", None),
    "48": (HERE / "real_clauses_48.csv", HERE / "real_clauses" / "pages_48.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_48.csv", None),
    "49": (HERE / "real_clauses_49.csv", HERE / "real_clauses" / "pages_49.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_49.csv", None),
    "50": (HERE / "real_clauses_50.csv", HERE / "real_clauses" / "pages_50.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_50.csv", None),
    "51": (HERE / "real_clauses_51.csv", HERE / "real_clauses" / "pages_51.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_51.csv", None),
    "52": (HERE / "real_clauses_52.csv", HERE / "real_clauses" / "pages_52.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_52.csv", None),
    "53": (HERE / "real_clauses_53.csv", HERE / "real_clauses" / "pages_53.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_53.csv", None),
    "54": (HERE / "real_clauses_54.csv", HERE / "real_clauses" / "pages_54.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_54.csv", None),
    "55": (HERE / "real_clauses_55.csv", HERE / "real_clauses" / "pages_55.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_55.csv", None),
    "56": (HERE / "real_clauses_56.csv", HERE / "real_clauses" / "pages_56.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_56.csv", None),
    "57": (HERE / "real_clauses_57.csv", HERE / "real_clauses" / "pages_57.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_57.csv", None),
    "58": (HERE / "real_clauses_58.csv", HERE / "real_clauses" / "pages_58.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_58.csv", None),
    "59": (HERE / "real_clauses_59.csv", HERE / "real_clauses" / "pages_59.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_59.csv", None),
    "60": (HERE / "real_clauses_60.csv", HERE / "real_clauses" / "pages_60.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_60.csv", None),
    "61": (HERE / "real_clauses_61.csv", HERE / "real_clauses" / "pages_61.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_61.csv", None),
    "62": (HERE / "real_clauses_62.csv", HERE / "real_clauses" / "pages_62.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_62.csv", None),
    "63": (HERE / "real_clauses_63.csv", HERE / "real_clauses" / "pages_63.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_63.csv", None),
    "64": (HERE / "real_clauses_64.csv", HERE / "real_clauses" / "pages_64.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_64.csv", None),
    "65": (HERE / "real_clauses_65.csv", HERE / "real_clauses" / "pages_65.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_65.csv", None),
    "66": (HERE / "real_clauses_66.csv", HERE / "real_clauses" / "pages_66.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_66.csv", None),
    "67": (HERE / "real_clauses_67.csv", HERE / "real_clauses" / "pages_67.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_67.csv", None),
    "68": (HERE / "real_clauses_68.csv", HERE / "real_clauses" / "pages_68.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_68.csv", None),
    "69": (HERE / "real_clauses_69.csv", HERE / "real_clauses" / "pages_69.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_69.csv", None),
    "70": (HERE / "real_clauses_70.csv", HERE / "real_clauses" / "pages_70.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_70.csv", None),
    "71": (HERE / "real_clauses_71.csv", HERE / "real_clauses" / "pages_71.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_71.csv", None),
    "72": (HERE / "real_clauses_72.csv", HERE / "real_clauses" / "pages_72.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_72.csv", None),
    "73": (HERE / "real_clauses_73.csv", HERE / "real_clauses" / "pages_73.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_73.csv", None),
    "74": (HERE / "real_clauses_74.csv", HERE / "real_clauses" / "pages_74.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_74.csv", None),
    "75": (HERE / "real_clauses_75.csv", HERE / "real_clauses" / "pages_75.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_75.csv", None),
    "76": (HERE / "real_clauses_76.csv", HERE / "real_clauses" / "pages_76.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_76.csv", None),
    "77": (HERE / "real_clauses_77.csv", HERE / "real_clauses" / "pages_77.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_77.csv", None),
    "78": (HERE / "real_clauses_78.csv", HERE / "real_clauses" / "pages_78.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_78.csv", None),
    "79": (HERE / "real_clauses_79.csv", HERE / "real_clauses" / "pages_79.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_79.csv", None),
    "80": (HERE / "real_clauses_80.csv", HERE / "real_clauses" / "pages_80.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_80.csv", None),
    "81": (HERE / "real_clauses_81.csv", HERE / "real_clauses" / "pages_81.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_81.csv", None),
    "82": (HERE / "real_clauses_82.csv", HERE / "real_clauses" / "pages_82.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_82.csv", None),
    "83": (HERE / "real_clauses_83.csv", HERE / "real_clauses" / "pages_83.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_83.csv", None),
    "84": (HERE / "real_clauses_84.csv", HERE / "real_clauses" / "pages_84.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_84.csv", None),
    "85": (HERE / "real_clauses_85.csv", HERE / "real_clauses" / "pages_85.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_85.csv", None),
    "86": (HERE / "real_clauses_86.csv", HERE / "real_clauses" / "pages_86.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_86.csv", None),
    "87": (HERE / "real_clauses_87.csv", HERE / "real_clauses" / "pages_87.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_87.csv", None),
    "88": (HERE / "real_clauses_88.csv", HERE / "real_clauses" / "pages_88.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_88.csv", None),
    "89": (HERE / "real_clauses_89.csv", HERE / "real_clauses" / "pages_89.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_89.csv", None),
    "90": (HERE / "real_clauses_90.csv", HERE / "real_clauses" / "pages_90.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_90.csv", None),
    "91": (HERE / "real_clauses_91.csv", HERE / "real_clauses" / "pages_91.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_91.csv", None),
    "92": (HERE / "real_clauses_92.csv", HERE / "real_clauses" / "pages_92.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_92.csv", None),
    "93": (HERE / "real_clauses_93.csv", HERE / "real_clauses" / "pages_93.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_93.csv", None),
    "94": (HERE / "real_clauses_94.csv", HERE / "real_clauses" / "pages_94.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_94.csv", None),
    "95": (HERE / "real_clauses_95.csv", HERE / "real_clauses" / "pages_95.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_95.csv", None),
    "96": (HERE / "real_clauses_96.csv", HERE / "real_clauses" / "pages_96.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_96.csv", None),
    "97": (HERE / "real_clauses_97.csv", HERE / "real_clauses" / "pages_97.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_97.csv", None),
    "98": (HERE / "real_clauses_98.csv", HERE / "real_clauses" / "pages_98.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_98.csv", None),
    "99": (HERE / "real_clauses_99.csv", HERE / "real_clauses" / "pages_99.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_99.csv", None),
    "100": (HERE / "real_clauses_100.csv", HERE / "real_clauses" / "pages_100.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_100.csv", None),
    "101": (HERE / "real_clauses_101.csv", HERE / "real_clauses" / "pages_101.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_101.csv", None),
    "102": (HERE / "real_clauses_102.csv", HERE / "real_clauses" / "pages_102.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_102.csv", None),
    "103": (HERE / "real_clauses_103.csv", HERE / "real_clauses" / "pages_103.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_103.csv", None),
    "104": (HERE / "real_clauses_104.csv", HERE / "real_clauses" / "pages_104.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_104.csv", None),
    "105": (HERE / "real_clauses_105.csv", HERE / "real_clauses" / "pages_105.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_105.csv", None),
    "106": (HERE / "real_clauses_106.csv", HERE / "real_clauses" / "pages_106.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_106.csv", None),
    "107": (HERE / "real_clauses_107.csv", HERE / "real_clauses" / "pages_107.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_107.csv", None),
    "108": (HERE / "real_clauses_108.csv", HERE / "real_clauses" / "pages_108.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_108.csv", None),
    "109": (HERE / "real_clauses_109.csv", HERE / "real_clauses" / "pages_109.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_109.csv", None),
    "110": (HERE / "real_clauses_110.csv", HERE / "real_clauses" / "pages_110.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_110.csv", None),
    "111": (HERE / "real_clauses_111.csv", HERE / "real_clauses" / "pages_111.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_111.csv", None),
    "112": (HERE / "real_clauses_112.csv", HERE / "real_clauses" / "pages_112.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_112.csv", None),
    "113": (HERE / "real_clauses_113.csv", HERE / "real_clauses" / "pages_113.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_113.csv", None),
    "114": (HERE / "real_clauses_114.csv", HERE / "real_clauses" / "pages_114.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_114.csv", None),
    "115": (HERE / "real_clauses_115.csv", HERE / "real_clauses" / "pages_115.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_115.csv", None),
    "116": (HERE / "real_clauses_116.csv", HERE / "real_clauses" / "pages_116.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_116.csv", None),
    "117": (HERE / "real_clauses_117.csv", HERE / "real_clauses" / "pages_117.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_117.csv", None),
    "118": (HERE / "real_clauses_118.csv", HERE / "real_clauses" / "pages_118.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_118.csv", None),
    "119": (HERE / "real_clauses_119.csv", HERE / "real_clauses" / "pages_119.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_119.csv", None),
    "120": (HERE / "real_clauses_120.csv", HERE / "real_clauses" / "pages_120.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_120.csv", None),
    "121": (HERE / "real_clauses_121.csv", HERE / "real_clauses" / "pages_121.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_121.csv", None),
    "122": (HERE / "real_clauses_122.csv", HERE / "real_clauses" / "pages_122.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_122.csv", None),
    "123": (HERE / "real_clauses_123.csv", HERE / "real_clauses" / "pages_123.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_123.csv", None),
    "124": (HERE / "real_clauses_124.csv", HERE / "real_clauses" / "pages_124.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_124.csv", None),
    "125": (HERE / "real_clauses_125.csv", HERE / "real_clauses" / "pages_125.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_125.csv", None),
    "126": (HERE / "real_clauses_126.csv", HERE / "real_clauses" / "pages_126.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_126.csv", None),
    "127": (HERE / "real_clauses_127.csv", HERE / "real_clauses" / "pages_127.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_127.csv", None),
    "128": (HERE / "real_clauses_128.csv", HERE / "real_clauses" / "pages_128.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_128.csv", None),
    "129": (HERE / "real_clauses_129.csv", HERE / "real_clauses" / "pages_129.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_129.csv", None),
    "130": (HERE / "real_clauses_130.csv", HERE / "real_clauses" / "pages_130.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_130.csv", None),
    "131": (HERE / "real_clauses_131.csv", HERE / "real_clauses" / "pages_131.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_131.csv", None),
    "132": (HERE / "real_clauses_132.csv", HERE / "real_clauses" / "pages_132.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_132.csv", None),
    "133": (HERE / "real_clauses_133.csv", HERE / "real_clauses" / "pages_133.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_133.csv", None),
    "134": (HERE / "real_clauses_134.csv", HERE / "real_clauses" / "pages_134.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_134.csv", None),
    "135": (HERE / "real_clauses_135.csv", HERE / "real_clauses" / "pages_135.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_135.csv", None),
    "136": (HERE / "real_clauses_136.csv", HERE / "real_clauses" / "pages_136.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_136.csv", None),
    "137": (HERE / "real_clauses_137.csv", HERE / "real_clauses" / "pages_137.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_137.csv", None),
    "138": (HERE / "real_clauses_138.csv", HERE / "real_clauses" / "pages_138.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_138.csv", None),
    "139": (HERE / "real_clauses_139.csv", HERE / "real_clauses" / "pages_139.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_139.csv", None),
    "140": (HERE / "real_clauses_140.csv", HERE / "real_clauses" / "pages_140.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_140.csv", None),
    "141": (HERE / "real_clauses_141.csv", HERE / "real_clauses" / "pages_141.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_141.csv", None),
    "142": (HERE / "real_clauses_142.csv", HERE / "real_clauses" / "pages_142.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_142.csv", None),
    "143": (HERE / "real_clauses_143.csv", HERE / "real_clauses" / "pages_143.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_143.csv", None),
    "144": (HERE / "real_clauses_144.csv", HERE / "real_clauses" / "pages_144.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_144.csv", None),
    "145": (HERE / "real_clauses_145.csv", HERE / "real_clauses" / "pages_145.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_145.csv", None),
    "146": (HERE / "real_clauses_146.csv", HERE / "real_clauses" / "pages_146.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_146.csv", None),
    "147": (HERE / "real_clauses_147.csv", HERE / "real_clauses" / "pages_147.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_147.csv", None),
    "148": (HERE / "real_clauses_148.csv", HERE / "real_clauses" / "pages_148.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_148.csv", None),
    "149": (HERE / "real_clauses_149.csv", HERE / "real_clauses" / "pages_149.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_149.csv", None),
    "150": (HERE / "real_clauses_150.csv", HERE / "real_clauses" / "pages_150.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_150.csv", None),
    "151": (HERE / "real_clauses_151.csv", HERE / "real_clauses" / "pages_151.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_151.csv", None),
    "152": (HERE / "real_clauses_152.csv", HERE / "real_clauses" / "pages_152.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_152.csv", None),
    "153": (HERE / "real_clauses_153.csv", HERE / "real_clauses" / "pages_153.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_153.csv", None),
    "154": (HERE / "real_clauses_154.csv", HERE / "real_clauses" / "pages_154.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_154.csv", None),
    "155": (HERE / "real_clauses_155.csv", HERE / "real_clauses" / "pages_155.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_155.csv", None),
    "156": (HERE / "real_clauses_156.csv", HERE / "real_clauses" / "pages_156.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_156.csv", None),
    "157": (HERE / "real_clauses_157.csv", HERE / "real_clauses" / "pages_157.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_157.csv", None),
    "158": (HERE / "real_clauses_158.csv", HERE / "real_clauses" / "pages_158.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_158.csv", None),
    "159": (HERE / "real_clauses_159.csv", HERE / "real_clauses" / "pages_159.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_159.csv", None),
    "160": (HERE / "real_clauses_160.csv", HERE / "real_clauses" / "pages_160.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_160.csv", None),
    "161": (HERE / "real_clauses_161.csv", HERE / "real_clauses" / "pages_161.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_161.csv", None),
    "162": (HERE / "real_clauses_162.csv", HERE / "real_clauses" / "pages_162.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_162.csv", None),
    "163": (HERE / "real_clauses_163.csv", HERE / "real_clauses" / "pages_163.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_163.csv", None),
    "164": (HERE / "real_clauses_164.csv", HERE / "real_clauses" / "pages_164.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_164.csv", None),
    "165": (HERE / "real_clauses_165.csv", HERE / "real_clauses" / "pages_165.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_165.csv", None),
    "166": (HERE / "real_clauses_166.csv", HERE / "real_clauses" / "pages_166.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_166.csv", None),
    "167": (HERE / "real_clauses_167.csv", HERE / "real_clauses" / "pages_167.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_167.csv", None),
    "168": (HERE / "real_clauses_168.csv", HERE / "real_clauses" / "pages_168.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_168.csv", None),
    "169": (HERE / "real_clauses_169.csv", HERE / "real_clauses" / "pages_169.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_169.csv", None),
    "170": (HERE / "real_clauses_170.csv", HERE / "real_clauses" / "pages_170.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_170.csv", None),
    "171": (HERE / "real_clauses_171.csv", HERE / "real_clauses" / "pages_171.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_171.csv", None),
    "172": (HERE / "real_clauses_172.csv", HERE / "real_clauses" / "pages_172.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_172.csv", None),
    "173": (HERE / "real_clauses_173.csv", HERE / "real_clauses" / "pages_173.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_173.csv", None),
    "174": (HERE / "real_clauses_174.csv", HERE / "real_clauses" / "pages_174.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_174.csv", None),
    "175": (HERE / "real_clauses_175.csv", HERE / "real_clauses" / "pages_175.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_175.csv", None),
    "176": (HERE / "real_clauses_176.csv", HERE / "real_clauses" / "pages_176.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_176.csv", None),
    "177": (HERE / "real_clauses_177.csv", HERE / "real_clauses" / "pages_177.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_177.csv", None),
    "178": (HERE / "real_clauses_178.csv", HERE / "real_clauses" / "pages_178.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_178.csv", None),
    "179": (HERE / "real_clauses_179.csv", HERE / "real_clauses" / "pages_179.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_179.csv", None),
    "180": (HERE / "real_clauses_180.csv", HERE / "real_clauses" / "pages_180.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_180.csv", None),
    "181": (HERE / "real_clauses_181.csv", HERE / "real_clauses" / "pages_181.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_181.csv", None),
    "182": (HERE / "real_clauses_182.csv", HERE / "real_clauses" / "pages_182.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_182.csv", None),
    "183": (HERE / "real_clauses_183.csv", HERE / "real_clauses" / "pages_183.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_183.csv", None),
    "184": (HERE / "real_clauses_184.csv", HERE / "real_clauses" / "pages_184.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_184.csv", None),
    "185": (HERE / "real_clauses_185.csv", HERE / "real_clauses" / "pages_185.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_185.csv", None),
    "186": (HERE / "real_clauses_186.csv", HERE / "real_clauses" / "pages_186.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_186.csv", None),
    "187": (HERE / "real_clauses_187.csv", HERE / "real_clauses" / "pages_187.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_187.csv", None),
    "188": (HERE / "real_clauses_188.csv", HERE / "real_clauses" / "pages_188.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_188.csv", None),
    "189": (HERE / "real_clauses_189.csv", HERE / "real_clauses" / "pages_189.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_189.csv", None),
    "190": (HERE / "real_clauses_190.csv", HERE / "real_clauses" / "pages_190.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_190.csv", None),
    "191": (HERE / "real_clauses_191.csv", HERE / "real_clauses" / "pages_191.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_191.csv", None),
    "192": (HERE / "real_clauses_192.csv", HERE / "real_clauses" / "pages_192.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_192.csv", None),
    "193": (HERE / "real_clauses_193.csv", HERE / "real_clauses" / "pages_193.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_193.csv", None),
    "194": (HERE / "real_clauses_194.csv", HERE / "real_clauses" / "pages_194.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_194.csv", None),
    "195": (HERE / "real_clauses_195.csv", HERE / "real_clauses" / "pages_195.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_195.csv", None),
    "196": (HERE / "real_clauses_196.csv", HERE / "real_clauses" / "pages_196.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_196.csv", None),
    "197": (HERE / "real_clauses_197.csv", HERE / "real_clauses" / "pages_197.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_197.csv", None),
    "198": (HERE / "real_clauses_198.csv", HERE / "real_clauses" / "pages_198.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_198.csv", None),
    "199": (HERE / "real_clauses_199.csv", HERE / "real_clauses" / "pages_199.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_199.csv", None),
    "200": (HERE / "real_clauses_200.csv", HERE / "real_clauses" / "pages_200.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_200.csv", None),
    "201": (HERE / "real_clauses_201.csv", HERE / "real_clauses" / "pages_201.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_201.csv", None),
    "202": (HERE / "real_clauses_202.csv", HERE / "real_clauses" / "pages_202.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_202.csv", None),
    "203": (HERE / "real_clauses_203.csv", HERE / "real_clauses" / "pages_203.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_203.csv", None),
    "204": (HERE / "real_clauses_204.csv", HERE / "real_clauses" / "pages_204.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_204.csv", None),
    "205": (HERE / "real_clauses_205.csv", HERE / "real_clauses" / "pages_205.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_205.csv", None),
    "206": (HERE / "real_clauses_206.csv", HERE / "real_clauses" / "pages_206.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_206.csv", None),
    "207": (HERE / "real_clauses_207.csv", HERE / "real_clauses" / "pages_207.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_207.csv", None),
    "208": (HERE / "real_clauses_208.csv", HERE / "real_clauses" / "pages_208.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_208.csv", None),
    "209": (HERE / "real_clauses_209.csv", HERE / "real_clauses" / "pages_209.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_209.csv", None),
    "210": (HERE / "real_clauses_210.csv", HERE / "real_clauses" / "pages_210.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_210.csv", None),
    "211": (HERE / "real_clauses_211.csv", HERE / "real_clauses" / "pages_211.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_211.csv", None),
    "212": (HERE / "real_clauses_212.csv", HERE / "real_clauses" / "pages_212.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_212.csv", None),
    "213": (HERE / "real_clauses_213.csv", HERE / "real_clauses" / "pages_213.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_213.csv", None),
    "214": (HERE / "real_clauses_214.csv", HERE / "real_clauses" / "pages_214.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_214.csv", None),
    "215": (HERE / "real_clauses_215.csv", HERE / "real_clauses" / "pages_215.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_215.csv", None),
    "216": (HERE / "real_clauses_216.csv", HERE / "real_clauses" / "pages_216.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_216.csv", None),
    "217": (HERE / "real_clauses_217.csv", HERE / "real_clauses" / "pages_217.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_217.csv", None),
    "218": (HERE / "real_clauses_218.csv", HERE / "real_clauses" / "pages_218.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_218.csv", None),
    "219": (HERE / "real_clauses_219.csv", HERE / "real_clauses" / "pages_219.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_219.csv", None),
    "220": (HERE / "real_clauses_220.csv", HERE / "real_clauses" / "pages_220.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_220.csv", None),
    "221": (HERE / "real_clauses_221.csv", HERE / "real_clauses" / "pages_221.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_221.csv", None),
    "222": (HERE / "real_clauses_222.csv", HERE / "real_clauses" / "pages_222.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_222.csv", None),
    "223": (HERE / "real_clauses_223.csv", HERE / "real_clauses" / "pages_223.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_223.csv", None),
    "224": (HERE / "real_clauses_224.csv", HERE / "real_clauses" / "pages_224.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_224.csv", None),
    "225": (HERE / "real_clauses_225.csv", HERE / "real_clauses" / "pages_225.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_225.csv", None),
    "226": (HERE / "real_clauses_226.csv", HERE / "real_clauses" / "pages_226.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_226.csv", None),
    "227": (HERE / "real_clauses_227.csv", HERE / "real_clauses" / "pages_227.jsonl", HERE.parent / "tests" / "data" / "real_clauses_codes_227.csv", None),
}


def pool(which: str = "2") -> pd.DataFrame:
    """Every clause of every listed page of a set."""
    listing, gathered, _, _ = SETS[which]
    found = texts(listing, gathered)
    return pd.DataFrame([c for p in pages(listing) if p["id"] in found  # a lost page is left out
                         for c in clauses(p, found[p["id"]])])


def draw(df: pd.DataFrame | None = None, which: str = "2") -> pd.DataFrame:
    """The seeded random draw of a set's clauses (all of them for the third), in page and
    clause order."""
    df = pool(which) if df is None else df
    n = SETS[which][3]
    picked = df if n is None else df.sample(n=n, random_state=SEED)
    order = {p: i for i, p in enumerate(df["page"].unique())}
    return picked.sort_values(["page", "clause_no"], key=lambda s: s.map(order) if s.name == "page"
                              else s).reset_index(drop=True)


def coded(which: str = "2") -> pd.DataFrame:
    """The draw joined to its hand codes; a code that is not the draw's is an error."""
    picked = draw(which=which)
    codes_file = SETS[which][2]
    codes = pd.read_csv(codes_file)
    codes = codes[~codes["page"].isin(lost(SETS[which][0]))]  # a page that could not be rebuilt
    both = codes.merge(picked, on=["page", "clause_no"], how="outer", suffixes=("", "_draw"),
                       validate="one_to_one", indicator=True)
    if (both["_merge"] != "both").any() or (both["start"] != both["start_draw"]).any():
        raise SystemExit(f"{codes_file}: the codes are not exactly the set's draw of clauses")
    return both.drop(columns=["_merge"])


def section_kinds(both: pd.DataFrame, which: str) -> list[str]:
    """Each coded clause's section kind, from the headings of its page (round 10)."""
    found = texts(*SETS[which][:2])
    out = pd.Series(index=both.index, dtype=object)
    for page, part in both.groupby("page"):
        out[part.index] = sections.page_sections(unified(found[page]), part["start"].tolist())
    return out.tolist()


def page_kinds(both: pd.DataFrame, which: str) -> list[str]:
    """Each coded clause's page kind, as the parser reads it from the page's text (round 23:
    `pagekind.page_kind`, without the page's address)."""
    found = texts(*SETS[which][:2])
    kind = {page: read_text(unified(found[page])).page_kind.kind for page in both["page"].unique()}
    return [kind[p] for p in both["page"]]


def type_confusion(both: pd.DataFrame) -> str:
    """The type confusion table (hand rows, coder columns) as Markdown."""
    order = [t for t in ("supply", "environment", "demand", "none")
             if t in set(both["type"]) | set(both["coder_type"])]
    table = pd.crosstab(both["type"], both["coder_type"]).reindex(index=order, columns=order,
                                                                    fill_value=0)
    lines = ["| hand \\ coder | " + " | ".join(order) + " |", "|---|" + "---|" * len(order)]
    lines += [f"| {t} | " + " | ".join(str(v) if v else "" for v in table.loc[t]) + " |"
              for t in order]
    return "\n".join(lines)


def flag_counts(model: pd.Series, rules: pd.Series, hand: pd.Series) -> dict[str, int]:
    """The learned reading used as a flag, as the review column is one: the clauses where it reads
    another tool than the rules (flagged), the rules' misses among them and in all, and the flagged
    clauses where the model's reading is the hand code."""
    flagged = model.to_numpy() != rules.to_numpy()
    missed = rules.to_numpy() != hand.to_numpy()
    return {"flagged": int(flagged.sum()), "misses_flagged": int((flagged & missed).sum()),
            "misses": int(missed.sum()), "model_right": int((flagged & (model.to_numpy() == hand.to_numpy())).sum())}


def read_apart(hand: pd.Series, first: pd.Series, second: pd.Series) -> pd.DataFrame:
    """The clauses two model files read as different tools: their row, the hand code, each file's
    tool, and which of them (first, second or neither) reads the hand code. The refit checks of
    session 26 decided a file by these clauses; they were counted by a throwaway script before."""
    apart = first.to_numpy() != second.to_numpy()
    out = pd.DataFrame({"hand": hand.to_numpy()[apart], "first": first.to_numpy()[apart],
                        "second": second.to_numpy()[apart]}, index=hand.index[apart])
    out["right"] = np.select([out["first"] == out["hand"], out["second"] == out["hand"]],
                             ["first", "second"], default="neither")
    return out


def code_misses(hand: pd.Series, code: pd.Series, rules: pd.Series) -> pd.DataFrame:
    """The clauses the code (a model file's reading) gives another tool than the hand code, with the
    rules' tool beside and whether the code departed from the rules there (session 29: which kinds
    of clause the code misses on a fresh set, as `--misses` lists the rules' misses)."""
    missed = code.to_numpy() != hand.to_numpy()
    out = pd.DataFrame({"hand": hand.to_numpy()[missed], "code": code.to_numpy()[missed],
                        "rules": rules.to_numpy()[missed]}, index=hand.index[missed])
    out["departed"] = out["code"] != out["rules"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", action="store_true", help="print the draw for hand coding")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--set", choices=sorted(SETS), default="2")
    parser.add_argument("--no-sections", action="store_true",
                        help="code each clause alone, without its section kind (before round 10)")
    parser.add_argument("--model", action="store_true",
                        help="score the learned hybrid's reading (clauses.tool since session 25; model_tool before) beside the rules")
    parser.add_argument("--model-file", type=Path, help="with --model: read this model file, not the shipped one "
                        "(a file a refit replaced, to score both on a fresh set)")
    parser.add_argument("--compare", type=Path, help="with --model: also read this model file and list every clause "
                        "it reads as another tool than the first, with the hand code")
    args = parser.parse_args()
    if args.model_file and not args.model:
        parser.error("--model-file goes with --model")
    if args.compare and not args.model:
        parser.error("--compare goes with --model")
    if args.draw:
        for r in draw(which=args.set).itertuples():
            print(f"{r.page},{r.clause_no},{r.start},{r.end}\t{r.text}")
        return
    both = coded(args.set).reset_index(drop=True)
    kinds = section_kinds(both, args.set)
    on = None if args.no_sections else page_kinds(both, args.set)
    if not args.no_sections:  # the coder alone too, so a first score shows what sections did
        alone = ins.code_clauses(both["text"])
        s = scores(both[["tool", "type"]], alone[["tool", "type"]])
        print(f"set {args.set} without sections: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    pred = ins.code_clauses(both["text"], sections=None if args.no_sections else kinds, pages=on)
    both = pd.concat([both, pred.add_prefix("coder_")], axis=1)
    s = scores(both[["tool", "type"]], both[["coder_tool", "coder_type"]]
               .rename(columns=lambda c: c[6:]))
    print(f"set {args.set} ({len(both)} clauses, {both['page'].nunique()} plans"
          + ("" if args.no_sections else "; with each clause's section and page kinds") + "): "
          + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))
    if args.model:  # the hybrid reads the clause, the rules' tool and cue and its section, as the parser does
        path = args.model_file or MODEL_FILE
        chosen = learned.load_model(path) if args.model_file else None  # None: the shipped file
        read = [learned.reading(t, tool, cue, None if args.no_sections else k, chosen)[0] for t, tool, cue, k
                in zip(both["text"], both["coder_tool"], both["coder_cue"], kinds, strict=True)]
        model = pd.DataFrame({"tool": read, "type": [SCHEME[t] for t in read]})
        m = scores(both[["tool", "type"]], model)
        print(f"set {args.set}, model_tool (the learned hybrid, {path.name}): "
              + ", ".join(f"{k} {v:.3f}" for k, v in m.items())
              + f"; type {int((model['type'] == both['type']).sum())}, tool "
              f"{int((model['tool'] == both['tool']).sum())} of {len(both)} (rules "
              f"{int((both['coder_type'] == both['type']).sum())}, {int((both['coder_tool'] == both['tool']).sum())})")
        flag = flag_counts(model["tool"], both["coder_tool"], both["tool"])
        print(f"  as a flag (model_tool ≠ tool): {flag['flagged']} flagged, rule misses among them "
              f"{flag['misses_flagged']} (the rules miss {flag['misses']} of {len(both)}), the model's "
              f"reading the hand code in {flag['model_right']}")
        for p in (path, args.compare) if args.compare else (path,):
            fitted = re.search(r"sets 1-(\d+)", p.read_text(encoding="utf-8").split("\n", 1)[0])
            if fitted and int(args.set) <= int(fitted.group(1)):
                print(f"  ({p.name} is fitted on sets 1-{fitted.group(1)}: set {args.set} is seen, not measured)")
        if args.compare:
            other = learned.load_model(args.compare)
            again = pd.Series([learned.reading(t, tool, cue, None if args.no_sections else k, other)[0] for t, tool, cue, k
                               in zip(both["text"], both["coder_tool"], both["coder_cue"], kinds, strict=True)])
            apart = read_apart(both["tool"], model["tool"], again)
            print(f"set {args.set}, {args.compare.name} beside {path.name}: tool {int((again == both['tool']).sum())} "
                  f"of {len(both)}, type {int((again.map(SCHEME) == both['type']).sum())}; {len(apart)} clause{'' if len(apart) == 1 else 's'} read "
                  f"apart ({path.name} right in {int((apart['right'] == 'first').sum())}, {args.compare.name} in "
                  f"{int((apart['right'] == 'second').sum())}, neither in {int((apart['right'] == 'neither').sum())})")
            for i, r in apart.iterrows():
                print(f"  {both.at[i, 'page']} {both.at[i, 'clause_no']} hand {r['hand']} / {path.name} {r['first']} / "
                      f"{args.compare.name} {r['second']}  {both.at[i, 'text'][:60]}")
    print(type_confusion(both), "\n")
    print(confusion(both[["tool"]], both[["coder_tool"]].rename(columns={"coder_tool": "tool"})))
    if args.misses:
        for r in both[both["tool"] != both["coder_tool"]].itertuples():
            print(f"  {r.page} {r.clause_no} [{kinds[r.Index]}] hand {r.tool} / coder {r.coder_tool}"
                  f" [{r.coder_cue}]  {r.text[:80]}")
        if args.model:  # and the code's misses, the rules' tool beside (session 29)
            for i, r in code_misses(both["tool"], model["tool"], both["coder_tool"]).iterrows():
                print(f"  code miss: {both.at[i, 'page']} {both.at[i, 'clause_no']} [{kinds[i]}] hand {r['hand']} / "
                      f"code {r['code']} / coder {r['rules']}{' (departed)' if r['departed'] else ''}"
                      f"  {both.at[i, 'text'][:80]}")


if __name__ == "__main__":
    main()
