"""Renders every differential test case with Python's Jinja2 (default Environment) in one process.

Usage: python3 render_with_jinja2.py CASES.json RESULTS.json
CASES.json is a list of {"name", "template", "context"}; RESULTS.json maps each name to
{"output": text} or {"error": "ExceptionType: message"}.
"""
import json
import sys

import jinja2


def main() -> int:
    cases_path, results_path = sys.argv[1], sys.argv[2]
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    env = jinja2.Environment()
    results = {"jinja2_version": jinja2.__version__, "cases": {}}
    for case in cases:
        try:
            out = env.from_string(case["template"]).render(**case["context"])
            results["cases"][case["name"]] = {"output": out}
        except Exception as e:  # every failure is data for the comparison
            results["cases"][case["name"]] = {"error": f"{type(e).__name__}: {e}"}
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
