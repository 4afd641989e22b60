"""A clean slate for each notebook in a kernel that ran others before it.

The report runs its notebooks a few kernels at a time, several in each kernel one after
another (`report.notebooks.Kernel`): starting a kernel and importing pandas, matplotlib and
the library costs ~1.2 s of CPU, which every notebook paid when each had a kernel of its own.
Before each notebook, the kernel runs `clean_slate`, which gives the notebook what a fresh
kernel would: an empty namespace (a name an earlier notebook defined is a NameError), the
execution count at 1, no open figures, the matplotlib settings and backend, warning filters
(every warning shown again, so the missing-glyph check sees each notebook's own), environment,
``sys.path`` and working directory the kernel had before its first notebook. What stays is
what was imported: modules and their module-level state (the library's caches are keyed on
what they read; `page.start` sets the language and the page's state anew).
"""

from __future__ import annotations

import copy
import gc
import os
import sys
import warnings

_first: dict[str, object] = {}  # the kernel as its first notebook found it


def clean_slate(folder: str, set_env: dict[str, str], unset_env: list[str]) -> None:
    """Reset this kernel for the next notebook (see the module's docstring), then set its
    environment (`set_env`, `unset_env`: how the notebook's differs from the kernel's) and
    working directory (`folder`). The first call records the state later calls restore."""
    import matplotlib
    from IPython import get_ipython
    from matplotlib import pyplot as plt  # the kernel's backend, as the first notebook found it

    if not _first:
        _first.update(rc=_rc(), backend=matplotlib.get_backend(), environ=dict(os.environ),
                      path=list(sys.path), filters=list(warnings.filters))
    else:
        shell = get_ipython()
        if shell is not None:
            shell.reset(new_session=True)  # %reset -f, and the execution count from 1
        plt.close("all")
        if matplotlib.get_backend() != _first["backend"]:
            plt.switch_backend(_first["backend"])
        dict.update(matplotlib.rcParams, _rc(_first["rc"]))  # as matplotlib.rc_context restores
        warnings.resetwarnings()  # and every module's record of warnings already shown
        warnings.filters[:] = _first["filters"]
        warnings.onceregistry.clear()
        sys.path[:] = _first["path"]
        os.environ.clear()
        os.environ.update(_first["environ"])
        gc.collect()  # the previous notebook's tables and figures
    for name in unset_env:
        os.environ.pop(name, None)
    os.environ.update(set_env)
    os.chdir(folder)


def _rc(source: object = None) -> dict:
    """A deep copy of matplotlib's settings without the backend (`source`: default, the live
    ones): a notebook that changes a list in place changes neither the copy nor the record."""
    import matplotlib

    settings = dict(source if source is not None else matplotlib.rcParams.copy())
    settings.pop("backend", None)
    return copy.deepcopy(settings)
