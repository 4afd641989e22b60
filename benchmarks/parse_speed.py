"""Parse speed of one large plan file: seconds per MB and peak memory, by shape and size.

    python benchmarks/parse_speed.py                  # sizes 1, 4, 16 MB (README figures)
    python benchmarks/parse_speed.py --sizes 2,8 --shapes plan
    python benchmarks/parse_speed.py --linear         # the linearity check; exit 1 if it fails

Each measurement runs in a fresh Python process (so its peak RSS is its own): it reads the
file (`extract_text`) and parses it (`parse_text`), timing wall and CPU time around both.
Shapes, each generated to the size asked, into benchmarks/out/parse_speed/:

- plan: the five real plans' texts repeated (headings, tasks, unit brackets: what plans hold);
- plain: paragraphs without any heading (every one is front matter: the shape that was
  quadratic before issue 22);
- docx: the plain paragraphs as a Word .docx (python-docx reads it; limits as configured).

`--linear` is the check that was a test until 2026-12-03 (a speed measurement has no place in
`make test`, and it cost the suite 3.4 s of CPU): 10,000 and 80,000 heading-less paragraphs
parsed in this process, CPU time of each; 8x the paragraphs must take at most 10x the time
(linear is ~8x; the quadratic metadata step of issue 22 was ~64x). It prints both times and
the ratio, and exits 1 above the limit.

Run it on an otherwise idle machine (the project's shared lock: `flock /tmp/heavy.lock`);
compare figures of one run only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "parse_speed"

CHILD = """
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
from sciplan_analysis.parsing.parse import parse_text
from sciplan_analysis.parsing.sources import extract_text
path = sys.argv[1]
wall, cpu = time.perf_counter(), time.process_time()
text = extract_text(path)
corpus = parse_text(text, "bench")
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "chars": len(text), "paragraphs": len(corpus.segments),
                  "tasks": len(corpus.tasks),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def plan_text(size: int) -> str:
    """The five plans' texts, repeated until `size` bytes of UTF-8."""
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "data" / "raw").glob("*.txt"))]
    one = "\n\n".join(texts)
    return (one + "\n\n") * (size // len(one.encode("utf-8")) + 1)


def plain_paragraphs(size: int) -> list[str]:
    line = "这是第{}段普通的文字，没有任何标题，用于测试解析速度，内容重复但编号不同。"
    n = size // len(line.format(100000).encode("utf-8")) + 1
    return [line.format(i) for i in range(n)]


def make(shape: str, mb: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    size = mb * 2**20
    if shape == "plan":
        path = OUT / f"plan-{mb}mb.txt"
        path.write_text(plan_text(size)[: size // 3], encoding="utf-8")  # ~3 bytes a character
    elif shape == "plain":
        path = OUT / f"plain-{mb}mb.txt"
        path.write_text("\n".join(plain_paragraphs(size)), encoding="utf-8")
    else:
        import docx

        path = OUT / f"plain-{mb}mb.docx"
        document = docx.Document()
        for text in plain_paragraphs(size):
            document.add_paragraph(text)
        document.save(str(path))
    return path


LINEAR_SIZES = (10_000, 80_000)  # heading-less paragraphs: 8x as many
LINEAR_LIMIT = 10.0  # at most this many times the CPU time for 8x the paragraphs


def linear_paragraphs(n: int) -> str:
    """`n` paragraphs with no heading: the shape that once made parsing quadratic."""
    return "\n".join(f"这是第{i}段普通的文字，没有任何标题，用于测试解析速度。" for i in range(n))


def parse_cpu_seconds(text: str) -> float:
    """CPU seconds of `parse_text` on `text`, in this process."""
    import time
    import warnings

    from sciplan_analysis.parsing.parse import parse_text

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.process_time()
        corpus = parse_text(text, "linear")
        seconds = time.process_time() - start
    assert len(corpus.segments) > 0
    return seconds


def check_linear() -> int:
    """Parse `LINEAR_SIZES` heading-less paragraphs; 0 when the larger takes at most
    `LINEAR_LIMIT` times the CPU time of the smaller, else 1."""
    parse_cpu_seconds(linear_paragraphs(100))  # imports and first-use caches out of the timing
    small, large = (parse_cpu_seconds(linear_paragraphs(n)) for n in LINEAR_SIZES)
    ratio = large / small
    ok = ratio <= LINEAR_LIMIT
    print(f"{LINEAR_SIZES[0]:,} paragraphs {small:.2f} s, {LINEAR_SIZES[1]:,} paragraphs "
          f"{large:.2f} s of CPU: ratio {ratio:.1f} (limit {LINEAR_LIMIT:g}) "
          f"{'ok' if ok else 'FAILED: not linear'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="text sizes in MB (default 1,4,16)")
    parser.add_argument("--shapes", default="plan,plain,docx", help="plan, plain, docx")
    parser.add_argument("--linear", action="store_true",
                        help=f"only the linearity check ({LINEAR_SIZES[0]:,} vs "
                             f"{LINEAR_SIZES[1]:,} paragraphs); exit 1 if it fails")
    args = parser.parse_args(argv)
    if args.linear:
        return check_linear()
    print(f"{'shape':<6} {'MB':>5} {'chars':>11} {'paragraphs':>10} {'tasks':>7} "
          f"{'wall s':>7} {'cpu s':>7} {'s/MB':>6} {'peak MB':>8}")
    for shape in args.shapes.split(","):
        for mb in (int(s) for s in args.sizes.split(",")):
            path = make(shape, mb)
            done = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT,
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"{shape:<6} {mb:>5}  failed: {done.stderr.strip().splitlines()[-1]}")
                continue
            r = json.loads(done.stdout)
            text_mb = r["chars"] * 3 / 2**20  # UTF-8 size of the text read (~3 bytes a character)
            print(f"{shape:<6} {mb:>5} {r['chars']:>11,} {r['paragraphs']:>10,} {r['tasks']:>7,} "
                  f"{r['wall']:>7.1f} {r['cpu']:>7.1f} {r['cpu'] / text_mb:>6.2f} {r['peak_mb']:>8,.0f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
