"""Sets random attributes on one file, the way utimensat, truncate, chmod and chown can ask for them, and prints
every call whose outcome is wrong: a success that did not store exactly what was asked, or an error other than
the one the call may answer. Prints nothing when every call came out right."""
import errno, os, random, sys

path, seed, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(seed)
with open(path, "wb") as f:
    f.write(b"x" * 10)
SECONDS = [0, 1, -1, 2**31 - 1, -2**31, 2**32, 10**10, -10**10, 16_725_225_600, 253_402_300_799, 253_402_300_800,
           -62_135_596_800, -62_135_596_801, 2**40, -2**40, 2**62, -2**62, 2**63 - 1, -2**63]
ALLOWED = {"time": {errno.EINVAL}, "size": {errno.EINVAL, errno.EFBIG}, "mode": set(), "owner": {errno.EINVAL}}

def seconds():
    return random.choice(SECONDS + [random.randint(-2**63, 2**63 - 1)])

def nanoseconds():
    return random.choice([0, 1, 999, 1000, 999_999_999, random.randint(0, 999_999_999)])

for round in range(rounds):
    field = random.choice(["time", "time", "size", "mode", "owner"])
    st = os.stat(path)
    try:
        if field == "time":
            atime = seconds() * 10**9 + nanoseconds() if random.random() < 0.5 else st.st_atime_ns
            mtime = seconds() * 10**9 + nanoseconds()
            try:
                os.utime(path, ns=(atime, mtime))
            except OverflowError:
                continue  # beyond what a timespec holds: never reaches the kernel
            st = os.stat(path)
            if (st.st_atime_ns, st.st_mtime_ns) != (atime, mtime):
                print(f"utime {atime} {mtime} stored {st.st_atime_ns} {st.st_mtime_ns}")
        elif field == "size":
            size = random.choice([0, 1, 4096, random.randint(0, 65536), -1, 2**62, 2**63 - 1, 6 * 2**40])
            os.truncate(path, size)
            if os.stat(path).st_size != size:
                print(f"truncate {size} stored {os.stat(path).st_size}")
        elif field == "mode":
            mode = random.randint(0, 0o7777)
            os.chmod(path, mode)
            if os.stat(path).st_mode & 0o7777 != mode:
                print(f"chmod {mode:o} stored {os.stat(path).st_mode & 0o7777:o}")
        else:
            uid, gid = (random.choice([random.randint(0, 2**31 - 1), random.randint(0, 2**32 - 2)]) for _ in range(2))
            os.chown(path, uid, gid)
            st = os.stat(path)
            if (st.st_uid, st.st_gid) != (uid, gid):
                print(f"chown {uid}:{gid} stored {st.st_uid}:{st.st_gid}")
    except OSError as e:
        refusable = field != "owner" or max(uid, gid) > 2**31 - 1  # rows keep ids as PostgreSQL integers
        if e.errno not in ALLOWED[field] or not refusable:
            print(f"{field}: {errno.errorcode.get(e.errno, e.errno)} {e}")
            if e.errno == errno.ENOTCONN:
                break
