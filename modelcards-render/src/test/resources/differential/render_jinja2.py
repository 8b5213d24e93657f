"""Renders many Jinja2 cases in one process, for the differential test of the built-in templates.

Usage: python3 render_jinja2.py MANIFEST.json
The manifest is a list of {"template": path, "context": path, "output": path, "strict": bool}. Each template is
rendered with a default jinja2.Environment() (as huggingface_hub does), or with undefined=StrictUndefined when
"strict" is true, and the context's variables; the output is written as UTF-8 bytes exactly as Jinja2 returns it.
A case that raises writes "JINJA2-ERROR: <message>" instead.
"""
import json
import sys

import jinja2


def main(manifest_path):
    with open(manifest_path, encoding="utf-8") as f:
        cases = json.load(f)
    envs = {False: jinja2.Environment(), True: jinja2.Environment(undefined=jinja2.StrictUndefined)}
    templates = {}
    for case in cases:
        try:
            strict = bool(case.get("strict", False))
            key = (case["template"], strict)
            if key not in templates:
                with open(case["template"], encoding="utf-8", newline="") as t:
                    templates[key] = envs[strict].from_string(t.read())
            with open(case["context"], encoding="utf-8") as c:
                context = json.load(c)
            out = templates[key].render(**context)
        except Exception as e:  # the Java side reports the case; keep rendering the others
            out = "JINJA2-ERROR: %s: %s" % (type(e).__name__, e)
        with open(case["output"], "w", encoding="utf-8", newline="") as o:
            o.write(out)
    print("rendered %d cases" % len(cases))


if __name__ == "__main__":
    main(sys.argv[1])
