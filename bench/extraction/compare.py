#!/usr/bin/env python3
"""Compare HTML article extractors on the article-extraction benchmark.

Runs Python trafilatura (installed into a virtualenv this script creates)
and the Rust candidates of `extraction-bench` (this folder's Cargo project,
including dossier's own extractor, "ours") over the same pages, then scores
every output with the benchmark's own `evaluate.py`, run from the shared
corpus folder (never copied here).

Usage:
    python3 bench/extraction/compare.py [--skip-python] [--skip-rust] [NAME...]

Environment:
    DOSSIER_SHARED    folder holding corpus/ (default: ../shared beside the repo,
                      then /work/shared)
    EXTRACTION_VENV   virtualenv for trafilatura (default: /work/venv-ingest)
    CARGO_TARGET_DIR  passed through to cargo

Timing: pages are read, un-gzipped and decoded before the clock starts on
both sides, and both run single-threaded, so pages/second compares
extraction alone.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def shared_dir() -> Path:
    if os.environ.get("DOSSIER_SHARED"):
        return Path(os.environ["DOSSIER_SHARED"])
    for cand in (REPO.parent / "shared", Path("/work/shared")):
        if cand.is_dir():
            return cand
    sys.exit("set DOSSIER_SHARED to the folder that holds corpus/")


def ensure_venv() -> Path:
    venv = Path(os.environ.get("EXTRACTION_VENV", "/work/venv-ingest"))
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    probe = subprocess.run([str(py), "-c", "import trafilatura"], capture_output=True)
    if probe.returncode != 0:
        # lxml >= 5.2 moved the HTML cleaner that justext (a trafilatura
        # dependency) imports into lxml_html_clean.
        subprocess.run([str(py), "-m", "pip", "install", "-q", "trafilatura", "lxml_html_clean"], check=True)
    return py


PY_RUNNER = r"""
import gzip, json, sys, time
from pathlib import Path
import trafilatura
corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
pages = []
for p in sorted((corpus / "html").glob("*.html.gz")):
    raw = gzip.open(p).read()
    pages.append((p.name[:-len(".html.gz")], raw.decode("utf-8", errors="replace")))
configs = [("trafilatura_py", {}), ("trafilatura_py_precision", {"favor_precision": True})]
if len(sys.argv) > 3:  # speed rounds: the default configuration only
    configs = configs[:1]
for name, kwargs in configs:
    t = time.perf_counter()
    result = {}
    for key, html in pages:
        text = trafilatura.extract(html, **kwargs) or ""
        result[key] = {"articleBody": text}
    secs = time.perf_counter() - t
    print(f"{name:<24} {len(pages) / secs:>8.1f} pages/s  ({secs:.2f} s)", flush=True)
    (out / f"{name}.json").write_text(json.dumps({"version": trafilatura.__version__, "output": result}))
"""


def pages_per_second(output: str, name: str) -> float:
    for line in output.splitlines():
        parts = line.split()
        if parts and parts[0] == name:
            return float(parts[1])
    raise RuntimeError(f"no figure for {name} in {output!r}")


def speed_rounds(py: Path, corpus: Path, work: Path, rounds: int) -> None:
    """Alternates Python trafilatura and ours, so that both see the same
    machine load, and reports the median of each and their ratio."""
    scratch = work / "speed"
    scratch.mkdir()
    exe = ["cargo", "run", "--quiet", "--release", "--manifest-path", str(HERE / "Cargo.toml"), "--",
           str(corpus), str(scratch), "ours"]
    py_rates, our_rates = [], []
    for r in range(rounds):
        out = subprocess.run([str(py), "-c", PY_RUNNER, str(corpus), str(scratch), "speed"],
                             check=True, capture_output=True, text=True).stdout
        py_rates.append(pages_per_second(out, "trafilatura_py"))
        out = subprocess.run(exe, check=True, capture_output=True, text=True).stdout
        our_rates.append(pages_per_second(out, "ours"))
        print(f"round {r + 1}: trafilatura_py {py_rates[-1]:.1f} pages/s, ours {our_rates[-1]:.1f} pages/s", flush=True)
    py_med, our_med = sorted(py_rates)[len(py_rates) // 2], sorted(our_rates)[len(our_rates) // 2]
    print(f"median of {rounds}: trafilatura_py {py_med:.1f} pages/s, ours {our_med:.1f} pages/s, "
          f"ratio {our_med / py_med:.1f}x", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-python", action="store_true")
    ap.add_argument("--skip-rust", action="store_true")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved speed rounds of Python trafilatura and ours (0: none)")
    ap.add_argument("names", nargs="*", help="Rust extractors to run (default: all)")
    args = ap.parse_args()
    corpus = shared_dir() / "corpus" / "article-extraction-benchmark"
    work = Path(tempfile.mkdtemp(prefix="extraction-"))
    out = work / "output"
    out.mkdir()
    (work / "ground-truth.json").symlink_to(corpus / "ground-truth.json")
    print(f"machine: {os.cpu_count()} CPUs; work dir {work}", flush=True)

    py = None
    if not args.skip_python:
        py = ensure_venv()
        subprocess.run([str(py), "-c", PY_RUNNER, str(corpus), str(out)], check=True)
    if not args.skip_rust:
        subprocess.run(
            ["cargo", "run", "--quiet", "--release", "--manifest-path", str(HERE / "Cargo.toml"), "--",
             str(corpus), str(out), *args.names],
            check=True,
        )
    if args.rounds > 0 and not args.skip_python and not args.skip_rust:
        speed_rounds(py, corpus, work, args.rounds)
    # evaluate.py reads ground-truth.json and output/*.json from its cwd.
    subprocess.run([sys.executable, str(corpus / "evaluate.py"), "--n-bootstrap", "200",
                    "--output", str(work / "metrics.json")], cwd=work, check=True)
    print(f"metrics: {work / 'metrics.json'}")


if __name__ == "__main__":
    main()
