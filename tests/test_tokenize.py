"""The tokenizer: user dictionary, stopwords, boilerplate switch, unit brackets, quiet jieba."""

from __future__ import annotations

import jieba
import pytest

from sciplan_analysis import config
from sciplan_analysis.text import tokens as tk
from sciplan_analysis.text.patterns import LETTER


def test_every_user_dictionary_term_stays_whole():
    terms = [line.split()[0] for line in tk.read_wordlist(config.USERDICT_FILE)]
    assert len(terms) > 50
    broken = {t: tk.tokenize(t, boilerplate=False) for t in terms}
    broken = {t: toks for t, toks in broken.items() if toks != [t]}
    assert not broken


def test_domain_terms_stay_whole_in_running_text():
    text = "深入实施科技志愿服务“智慧行动”，依托天府科技云推动科技资源科普化，提升公民科学素质。"
    tokens = tk.tokenize(text)
    for term in ("科技志愿服务", "天府科技云", "科技资源科普化", "公民科学素质"):
        assert term in tokens
    # jieba's own dictionary would have split it: the user dictionary is doing the work
    assert "天府科技云" not in jieba.Tokenizer().lcut("依托天府科技云推动")


def test_stopwords_punctuation_and_numbers_go():
    tokens = tk.tokenize("加强青少年的科学教育和科普活动，到2025年达到15%。")
    assert "的" not in tokens and "和" not in tokens
    assert "，" not in tokens and "。" not in tokens and "2025" not in tokens
    assert "青少年" in tokens and "科学教育" in tokens


def test_boilerplate_switch():
    text = "坚持以习近平新时代中国特色社会主义思想为指导，建设科普基地。"
    on = tk.tokenize(text, boilerplate=True)
    off = tk.tokenize(text, boilerplate=False)
    assert "习近平" not in on and "社会主义" not in on
    assert "习近平" in off and "社会主义" in off
    assert "科普基地" in on and "科普基地" in off
    assert "近平新" not in tk.char_ngrams(text, boilerplate=True)
    assert "近平新" in tk.char_ngrams(text, boilerplate=False)


def test_unit_brackets_are_stripped_with_nesting_but_content_brackets_stay():
    text = "建设科普阵地。（牵头单位：县教委。配合单位：县科技局、各乡镇（街道））开展活动（每年）"
    cleaned = tk.clean_text(text)
    assert "县教委" not in cleaned and "县科技局" not in cleaned and "街道" not in cleaned
    assert "开展活动(每年)" in cleaned
    lezhi = "实施计划。〔牵头单位：县科协；责任单位：各乡镇（街道）人民政府（办事处）〕下一句"
    assert tk.clean_text(lezhi) == "实施计划。下一句"


def test_clean_text_folds_width_and_drops_artifacts():
    assert tk.clean_text("**科普**\n基地，[bookmark: _GoBack]建设") == "科普基地,建设"
    assert tk.clean_text("科普,基地") == tk.clean_text("科普，基地")


def test_char_ngrams_do_not_bridge_punctuation():
    grams = tk.char_ngrams("科普，基地", ngram_range=(2, 2))
    assert grams == ["科普", "基地"]


def test_make_analyzer_rejects_unknown():
    with pytest.raises(ValueError):
        tk.make_analyzer("bpe")


def test_private_tokenizer_is_quiet_and_leaves_global_jieba_alone(capfd):
    tk.clear_cache()
    tok = tk.jieba_tokenizer()
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert tok is not jieba.dt
    assert "天府科技云" in tok.FREQ
    assert "天府科技云" not in jieba.dt.FREQ


def test_tokenization_is_cached():
    text = "提升基层科普能力，建设科普阵地。"
    tk.tokenize(text)
    before = tk._word_tokens.cache_info().hits
    tk.tokenize(text)
    assert tk._word_tokens.cache_info().hits == before + 1


def test_block_memo_gives_what_jieba_gives_on_the_whole_text(corpus):
    """Cutting block by block (memoised) equals cutting the whole cleaned text at once."""
    jb = tk.jieba_tokenizer()
    stop = tk.stopwords()
    for text in corpus.segments["text"].dropna().head(150):
        clean = tk.strip_boilerplate(tk.clean_text(text))
        whole = [w for w in jb.lcut(clean, HMM=True)
                 if w not in stop and LETTER.search(w) and not tk._NUMBER.match(w)]
        assert tk.tokenize(text) == whole
