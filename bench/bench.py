"""Measures charts as a whole process and prints a Markdown table (see run.sh).

Cases: the article set forced (`charts all --force`), a no-op `charts all` (nothing changed),
and single charts of 1,000 / 10,000 / 100,000 bars and 1,000 / 10,000 timeline events made
from seeded random data. Each is timed with hyperfine (median of several runs) and its peak
memory read from /usr/bin/time. Figures vary from run to run on a shared machine: compare
ratios within one run.
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHARTS = os.path.join(ROOT, ".build", "release", "charts")


def write_data(folder):
    rng = random.Random(20261129)
    for count in (1_000, 10_000, 100_000):
        with open(os.path.join(folder, "data", f"bars_{count}.csv"), "w") as out:
            out.write("label,value,source\n")
            for index in range(count):
                out.write(f"item {index:06d},{rng.randint(1, 1000)},bench\n")
    for count in (1_000, 10_000):
        days = sorted(rng.randint(0, 9000) for _ in range(count))
        with open(os.path.join(folder, "data", f"events_{count}.csv"), "w") as out:
            out.write("date,label,source\n")
            for index, day in enumerate(days):
                year, rest = 2000 + day // 365, day % 365
                month, dom = 1 + rest // 31 % 12, 1 + rest % 28
                out.write(f"{year}-{month:02d}-{dom:02d},event {index} {rng.choice(['alpha', 'beta', 'gamma', 'delta'])},bench\n")
    for name, kind in [("bars_1000", "bar"), ("bars_10000", "bar"), ("bars_100000", "bar"),
                       ("events_1000", "timeline"), ("events_10000", "timeline")]:
        with open(os.path.join(folder, "charts", f"{name}.toml"), "w") as out:
            if kind == "bar":
                out.write(f'kind = "bar"\ndata = "{name}.csv"\ntitle = "{name}"\nwidth = 1600\nheight = 900\n'
                          'category = "label"\nvalue = "value"\norientation = "vertical"\n')
            else:
                out.write(f'kind = "timeline"\ndata = "{name}.csv"\ntitle = "{name}"\nwidth = 1600\nheight = 900\n'
                          'date = "date"\nlabel = "label"\n')


def hyperfine(command, runs):
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        subprocess.run(["hyperfine", "-N", "--warmup", "1", "--runs", str(runs), "--export-json", report.name, command],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.load(open(report.name))["results"][0]["median"]


def peak_kib(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command.split(), capture_output=True, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def main():
    if not os.path.exists(CHARTS):
        sys.exit(f"no release binary at {CHARTS}: run bench/run.sh")
    work = tempfile.mkdtemp(prefix="charts-bench-")
    try:
        article = os.path.join(work, "article")
        shutil.copytree(os.path.join(ROOT, "data"), os.path.join(article, "data"))
        shutil.copytree(os.path.join(ROOT, "charts"), os.path.join(article, "charts"))
        scaling = os.path.join(work, "scaling")
        os.makedirs(os.path.join(scaling, "data"))
        os.makedirs(os.path.join(scaling, "charts"))
        write_data(scaling)

        rows = []
        forced = f"{CHARTS} all --project {article} --force"
        noop = f"{CHARTS} all --project {article}"
        subprocess.run(noop.split(), check=True, stdout=subprocess.DEVNULL)
        forced_s = hyperfine(forced, 10)
        noop_s = hyperfine(noop, 20)
        rows.append(("article set, `charts all --force` (9 charts × PNG, SVG, PDF)", forced_s, peak_kib(forced)))
        rows.append(("article set, no-op `charts all`", noop_s, peak_kib(noop)))
        for name, fmt, runs in [("bars_1000", "png", 10), ("bars_10000", "png", 5), ("bars_100000", "png", 3),
                                ("events_1000", "svg", 10), ("events_10000", "svg", 3)]:
            command = f"{CHARTS} render {name} --project {scaling} --format {fmt} --scale 1 --force"
            rows.append((f"`{name}` → {fmt.upper()} (1600×900)", hyperfine(command, runs), peak_kib(command)))

        print("| case | median wall time | peak memory |")
        print("|---|---:|---:|")
        for label, seconds, kib in rows:
            print(f"| {label} | {seconds * 1000:.0f} ms | {kib / 1024:.0f} MiB |")
        print(f"\nno-op ÷ forced: {noop_s / forced_s:.2f}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
