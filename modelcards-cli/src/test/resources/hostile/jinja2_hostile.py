"""Helpers for HostileTemplatesTest, in two modes.

  python3 jinja2_hostile.py run RSS_FILE -- COMMAND...
      Runs COMMAND with this process's standard streams, writes the child's peak resident memory in kilobytes
      (the kernel's ru_maxrss from wait4, exact for the whole life of the child) to RSS_FILE, and exits with the
      child's exit code (128 + signal when it was killed).

  python3 jinja2_hostile.py reference CASES.json RESULTS.json
      CASES.json is a list of {"name", "template", "vars"}. Each case is rendered by Jinja2 with a default
      Environment and with a SandboxedEnvironment, each in a forked child limited to 2 GB of address space and
      20 seconds, so that a template that makes Python run away only fails its own case. RESULTS.json maps each
      name to {"env": RESULT, "sandbox": RESULT}, RESULT being {"output": text} or {"error": "Type: message"}.
"""
import json
import os
import resource
import signal
import sys


def run(rss_file, command):
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    with open(rss_file, "w", encoding="utf-8") as f:
        f.write(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)


def render_all(template, variables):
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    results = {}
    for key, env in (("env", jinja2.Environment()), ("sandbox", SandboxedEnvironment())):
        try:
            results[key] = {"output": env.from_string(template).render(**variables)}
        except BaseException as e:  # every failure, MemoryError and RecursionError included, is data
            results[key] = {"error": f"{type(e).__name__}: {str(e)[:300]}"}
    return results


def reference(cases_path, results_path):
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    results = {}
    for case in cases:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
            signal.alarm(20)
            data = json.dumps(render_all(case["template"], case["vars"]), ensure_ascii=False).encode("utf-8")
            with os.fdopen(write, "wb") as out:
                out.write(data)
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as f:
            data = f.read()
        _, status = os.waitpid(pid, 0)
        if data:
            results[case["name"]] = json.loads(data.decode("utf-8"))
        else:
            died = {"error": f"Died: Jinja2 ran out of time or memory (wait status {status})"}
            results[case["name"]] = {"env": died, "sandbox": died}
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "run":
        sys.exit(run(sys.argv[2], sys.argv[4:]))
    sys.exit(reference(sys.argv[2], sys.argv[3]))
