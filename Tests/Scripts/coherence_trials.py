"""Trials of CoherenceTests: A writes, B waits until it reads the new bytes; prints the latencies (s) as JSON.

Usage: coherence_trials.py new|replace DIR_ON_A DIR_ON_B COUNT
  new:     each trial creates a new file on A, after B has looked for the name and listed the directory.
  replace: each trial replaces one file on A, alternately in place and by rename over it, after B has read it.
B polls by path (open, read: what a worker does, and what the caches answer) until it reads what A wrote, then
checks that its listing shows the name. Exits 1 if a trial takes over 5 s, or if B ever reads a version older than
one it already read (stale after the newer was visible). B does not list while it polls: a listing asks the database.
"""
import json, os, sys, time

kind, on_a, on_b, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def wait_until_b_reads(name, data, newest):
    """Seconds until B reads `data` at `name` and lists `name`; checks no read goes back behind `newest`."""
    start = time.monotonic()
    while time.monotonic() - start < 5:
        seen = read(os.path.join(on_b, name))
        if seen == data and name in os.listdir(on_b):
            return time.monotonic() - start
        if seen is not None and newest is not None and seen.startswith(b"version ") and int(seen.split()[1]) < newest:
            print(f"stale: B read {seen!r} after it had read version {newest}", file=sys.stderr)
            sys.exit(1)
        time.sleep(0.0005)
    print(f"B did not read {data!r} at {name} within 5 s (it read {seen!r})", file=sys.stderr)
    sys.exit(1)


latencies = []
newest = None
target = "replaced.txt"
for i in range(count):
    if kind == "new":
        name = f"new-{i}.txt"
        read(os.path.join(on_b, name))  # B looked for it and found it absent
        data = f"trial {i}\n".encode()
        with open(os.path.join(on_a, name), "wb") as f:
            f.write(data)
        latencies.append(wait_until_b_reads(name, data, None))
    else:
        data = f"version {i} {'x' * (i % 7)}\n".encode()
        if i % 2 == 0:
            with open(os.path.join(on_a, target), "wb") as f:
                f.write(data)
        else:
            with open(os.path.join(on_a, "incoming.tmp"), "wb") as f:
                f.write(data)
            os.replace(os.path.join(on_a, "incoming.tmp"), os.path.join(on_a, target))
        latencies.append(wait_until_b_reads(target, data, newest))
        newest = i
print(json.dumps(latencies))
