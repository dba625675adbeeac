"""How many objects of a bucket on S3 endpoint A are missing from (or differ in size on) endpoint B.

Usage: s3_behind.py CA_FILE BUCKET URL_A URL_B, with ACCESS:SECRET on standard input (never on a command line).
Prints a JSON fragment: "objects_a": N, "objects_b": N, "objects_behind": N (null where an endpoint cannot be
listed). Lists with curl's SigV4 signing, its credentials handed over a pipe, each request bounded to 10 s.
"""
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ElementTree

NS = "{http://s3.amazonaws.com/doc/2006-03-01/}"


def listing(ca_file, credentials, url, bucket):
    """Every key of the bucket with its size, or None if the endpoint does not answer."""
    objects, token = {}, None
    while True:
        query = {"list-type": "2", "max-keys": "1000"}
        if token:
            query["continuation-token"] = token
        # In SigV4's canonical order (sorted, every reserved character escaped): curl signs the query as written.
        request = f"{url}/{bucket}?{urllib.parse.urlencode(sorted(query.items()), quote_via=urllib.parse.quote, safe='-_.~')}"
        result = subprocess.run(
            ["curl", "-s", "-f", "--max-time", "10", "--cacert", ca_file, "--aws-sigv4", "aws:amz:us-east-1:s3", "-K", "-", request],
            input=f'user = "{credentials}"\n', capture_output=True, text=True)
        if result.returncode != 0:
            return None
        root = ElementTree.fromstring(result.stdout)
        for item in root.iter(NS + "Contents"):
            objects[item.findtext(NS + "Key")] = int(item.findtext(NS + "Size") or 0)
        if root.findtext(NS + "IsTruncated") != "true":
            return objects
        token = root.findtext(NS + "NextContinuationToken")
        if not token:
            return None  # truncated with no way on: not a whole listing


def main():
    ca_file, bucket, url_a, url_b = sys.argv[1:5]
    credentials = sys.stdin.read().strip()
    a = listing(ca_file, credentials, url_a, bucket)
    b = listing(ca_file, credentials, url_b, bucket)
    behind = None if a is None or b is None else sum(1 for key, size in a.items() if b.get(key) != size)
    show = lambda value: "null" if value is None else str(value)
    print(f'"objects_a": {show(len(a) if a is not None else None)}, '
          f'"objects_b": {show(len(b) if b is not None else None)}, "objects_behind": {show(behind)}')


main()
