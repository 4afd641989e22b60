"""Comparisons over the corpus's tables: pandas, numpy, scikit-learn and networkx, no plotting."""
