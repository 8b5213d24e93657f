"""Python Jinja2 side of bench/render-vs-jinja2: single-thread renders per second of one template + context.

Usage: render_vs_jinja2.py TEMPLATE CONTEXT.json WARMUP_SECONDS ROUNDS ROUND_SECONDS [OUTPUT_FILE]
Parses the template once (as modelcards does), warms up, runs timed rounds and prints the median as
renders_per_second=X on the last line.
"""
import json
import statistics
import sys
import time

import jinja2


def run(template, context, seconds):
    n = 0
    start = time.perf_counter()
    while True:
        for _ in range(16):
            template.render(**context)
        n += 16
        now = time.perf_counter()
        if now - start >= seconds:
            return n / (now - start)


def main():
    path, ctx_path, warmup, rounds, round_seconds = sys.argv[1:6]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    with open(ctx_path, encoding="utf-8") as f:
        context = json.load(f)
    template = jinja2.Environment().from_string(source)
    out = template.render(**context)
    if len(sys.argv) > 6:
        with open(sys.argv[6], "w", encoding="utf-8", newline="") as f:
            f.write(out)
    run(template, context, float(warmup))
    rates = []
    for i in range(int(rounds)):
        rates.append(run(template, context, float(round_seconds)))
        print(f"round {i + 1}: {rates[-1]:.0f} renders/s")
    print(f"renders_per_second={statistics.median(rates):.1f}")


if __name__ == "__main__":
    main()
