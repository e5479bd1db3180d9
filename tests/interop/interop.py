#!/usr/bin/env python3
"""sttj against real AWS clients, offline: no request leaves the machine.

Usage: interop.py --client js|botocore --driver PATH/TO/interop_driver [--node NODE]

Three directions, thousands of cases each, from fixed seeds:
  request   the client builds a StopTextTranslationJob request for an id;
            the driver (sttj) accepts it exactly when the model allows the
            id the client put on the wire, with the expected error category
            and byte offset otherwise. The oracle for "allowed" is Debian's
            /usr/share/unicode/UnicodeData.txt (Unicode 15.0, the version
            sttj pins), not Python's unicodedata or node's \\p{}.
  response  sttj writes a response; the client reads the same JobId and
            JobStatus back.
  error     sttj writes an error (status, X-Amzn-Errortype, body); the
            client reads the same code, status and message back.
and the 14 Smithy awsJson1_1 error-code vectors
(../shared/reference/awsjson11-error-vectors.md) run through the client.

sttj is checked against the oracle and against the JSON it should have
written (read by Python's json module): a difference is a failure. Where the
client departs from the model or the spec instead, the case is recorded as
the client's divergence under a stable key (direction, field, kind of case);
the set of keys must equal the committed divergences-CLIENT.txt, so that a
change in either is noticed. Exit 0 pass, 1 fail, 77 skip (a client, the
reference or UnicodeData.txt is missing; with $CI set a missing client or
UnicodeData.txt fails instead).
"""
import argparse
import collections
import json
import os
import pathlib
import random
import re
import subprocess
import sys
import time
import unicodedata
import uuid
from urllib.parse import urlsplit

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]  # the source root
VECTORS = ROOT.parent / "shared" / "reference" / "awsjson11-error-vectors.md"
UNICODE_DATA = pathlib.Path("/usr/share/unicode/UnicodeData.txt")

# The wire framing sttj expects (include/sttj/wire_names.hpp).
CONTENT_TYPE = "application/x-amz-json-1.1"
TARGET = "AWSShineFrontendService_20170701.StopTextTranslationJob"
# The punctuation the JobId pattern allows besides L*, Z* and N*.
JOB_ID_PUNCT = "_.:/=+-%@"
JOB_STATUSES = ["SUBMITTED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR", "FAILED", "STOP_REQUESTED", "STOPPED"]
# include/sttj/job_status.hpp: job_status_text_capacity, the longest unknown status kept.
STATUS_TEXT_CAPACITY = 64
# Statuses sttj does not know; the last one is too long to write.
UNKNOWN_STATUSES = ["PAUSED", "ARCHIVED", "stopped", "", "STOPPED ", "\u00c9TAT \U0001F600", 'a "quoted" \\ one',
                    "tab\there\nnewline\u0001", "\u2028", "Z" * 64, "\u00e9" * 32, "Y" * 65]
# include/sttj/error_response.hpp: known_errors, with their HTTP status.
KNOWN_ERRORS = {
    "InternalServerException": 500, "ResourceNotFoundException": 400, "TooManyRequestsException": 400,
    "AccessDeniedException": 400, "IncompleteSignature": 400, "InternalFailure": 500, "InvalidAction": 400,
    "InvalidClientTokenId": 403, "NotAuthorized": 400, "OptInRequired": 403, "RequestExpired": 400,
    "ServiceUnavailable": 503, "ThrottlingException": 400, "ValidationError": 400,
}
UNKNOWN_ERROR_STATUS = 400  # what the driver sends for a code sttj does not know


def unavailable(reason, ci_fails=True):
    """Skip (77), or fail when $CI is set and ./dev test should have installed it."""
    if ci_fails and os.environ.get("CI"):
        print(f"FAIL: {reason} (CI is set: ./dev test installs it)")
        sys.exit(1)
    print(f"SKIP: {reason}")
    sys.exit(77)


# ------------------------------------------------------------------ oracle

class Oracle:
    """JobId validity from UnicodeData.txt alone."""

    def __init__(self, path):
        self.category = ["Cn"] * 0x110000
        first = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                fields = line.split(";")
                cp, name, cat = int(fields[0], 16), fields[1], fields[2]
                if name.endswith(", First>"):
                    first = cp
                    continue
                if name.endswith(", Last>"):
                    self.category[first:cp + 1] = [cat] * (cp + 1 - first)
                    continue
                self.category[cp] = cat
        self.allowed = bytearray(0x110000)
        for cp, cat in enumerate(self.category):
            if cat[0] in "LZN" or (cp < 0x80 and chr(cp) in JOB_ID_PUNCT):
                self.allowed[cp] = 1

    def allows_scalar(self, cp):
        return not 0xD800 <= cp <= 0xDFFF and self.allowed[cp] == 1

    def valid(self, job_id):
        return 1 <= len(job_id) <= 32 and all(self.allows_scalar(ord(c)) for c in job_id)


# --------------------------------------------------------------- the driver

def hx(text):
    """A field for the driver: hex of the UTF-8 bytes (lone surrogates kept), "-" for None."""
    if text is None:
        return "-"
    if isinstance(text, str):
        text = text.encode("utf-8", "surrogatepass")
    return text.hex()


def unhex(field):
    return bytes.fromhex(field)


def run_driver(driver, lines):
    p = subprocess.run([driver], input="".join(line + "\n" for line in lines).encode(), capture_output=True,
                       timeout=120)
    if p.returncode != 0:
        sys.exit(f"driver exited {p.returncode}: {p.stderr.decode(errors='replace')}")
    out = p.stdout.decode().split("\n")[:-1]
    if len(out) != len(lines):
        sys.exit(f"driver answered {len(out)} lines to {len(lines)}")
    return [line.split("\t") for line in out]


def http_reply(fields):
    """(status, [(name, value)], body bytes) from a driver `http` answer."""
    assert fields[0] == "http", fields
    headers = [(unhex(fields[i]).decode(), unhex(fields[i + 1]).decode()) for i in range(3, len(fields), 2)]
    return int(fields[1]), headers, unhex(fields[2])


# -------------------------------------------------------------- the clients

class JsClient:
    """The AWS SDK for JavaScript v3 through js/adapter.js, one batch per call."""

    def __init__(self, node):
        self.node = node
        self.name = "js"

    def version(self):
        with open(HERE / "js" / "node_modules" / "@aws-sdk" / "client-translate" / "package.json") as f:
            return "@aws-sdk/client-translate " + json.load(f)["version"]

    def _run(self, ops):
        env = dict(os.environ, AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull)
        for name in ("AWS_PROFILE", "AWS_REGION", "AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
            env.pop(name, None)
        # --no-warnings: the SDK warns on stderr that future versions need node 22.
        p = subprocess.run([self.node, "--no-warnings", str(HERE / "js" / "adapter.js")],
                           input="".join(json.dumps(op) + "\n" for op in ops).encode(), capture_output=True,
                           timeout=300, env=env, cwd=HERE / "js")
        if p.returncode != 0:
            sys.exit(f"adapter.js exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        out = [json.loads(line) for line in p.stdout.decode().split("\n") if line]
        if len(out) != len(ops):
            sys.exit(f"adapter.js answered {len(out)} lines to {len(ops)}")
        return out

    def requests(self, ids):
        """For each id: (method, path, [(name, value)], body bytes), or ("refused", message)."""
        result = []
        for r in self._run([{"op": "request", "id": i} for i in ids]):
            if "refused" in r:
                result.append(("refused", r["refused"]))
            else:
                result.append((r["method"], r["path"], [tuple(h) for h in r["headers"]], bytes.fromhex(r["body"])))
        return result

    def replies(self, replies):
        """For each (status, headers, body): ("ok", JobId, JobStatus) or ("error", code, status, message)."""
        result = []
        ops = [{"op": "reply", "status": s, "headers": h, "body": b.hex()} for s, h, b in replies]
        for r in self._run(ops):
            if "ok" in r:
                result.append(("ok", r["ok"]["JobId"], r["ok"]["JobStatus"]))
            else:
                e = r["error"]
                result.append(("error", e["name"], e["status"], e["message"]))
        return result


class RawBody:
    """What AWSResponse reads a body from (urllib3's response has .stream())."""

    def __init__(self, body):
        self.body = body

    def stream(self, **kwargs):
        if self.body:
            yield self.body


class BotocoreClient:
    """botocore in this process; before-send answers with a canned AWSResponse."""

    def __init__(self):
        os.environ.update(AWS_CONFIG_FILE=os.devnull, AWS_SHARED_CREDENTIALS_FILE=os.devnull)
        import botocore
        import botocore.awsrequest
        import botocore.config
        import botocore.exceptions
        import botocore.session
        self.name = "botocore"
        self.botocore = botocore
        self.client = botocore.session.get_session().create_client(
            "translate", region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="x",
            config=botocore.config.Config(parameter_validation=False, retries={"max_attempts": 0}))
        self.client.meta.events.register("before-send.translate.StopTextTranslationJob", self._send)
        self.canned = (200, [], b"")
        self.recorded = None

    def version(self):
        return f"botocore {self.botocore.__version__} ({pathlib.Path(self.botocore.__file__).parent})"

    def _send(self, request, **kwargs):
        self.recorded = request
        status, headers, body = self.canned
        return self.botocore.awsrequest.AWSResponse(request.url, status, dict(headers), RawBody(body))

    def requests(self, ids):
        result = []
        for job_id in ids:
            self.canned = (200, [("Content-Type", CONTENT_TYPE)], b"{}")
            self.recorded = None
            try:
                self.client.stop_text_translation_job(JobId=job_id)
            except Exception as e:  # noqa: BLE001 -- any refusal is the client's
                if self.recorded is None:
                    result.append(("refused", f"{type(e).__name__}: {e}"))
                    continue
            r = self.recorded
            body = r.body if isinstance(r.body, bytes) else (r.body or "").encode("utf-8", "surrogatepass")
            headers = [(k, v.decode() if isinstance(v, bytes) else v) for k, v in r.headers.items()]
            result.append((r.method, urlsplit(r.url).path, headers, body))
        return result

    def replies(self, replies):
        result = []
        for status, headers, body in replies:
            self.canned = (status, headers, body)
            try:
                out = self.client.stop_text_translation_job(JobId="interop")
                result.append(("ok", out.get("JobId"), out.get("JobStatus")))
            except self.botocore.exceptions.ClientError as e:
                err = e.response.get("Error", {})
                result.append(("error", err.get("Code"), e.response.get("ResponseMetadata", {}).get("HTTPStatusCode"),
                               err.get("Message")))
        return result


# ---------------------------------------------------------- case generation

class Pools:
    """Code points to build ids from, by what the oracle says of them."""

    def __init__(self, oracle):
        scalars = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
        self.allowed_ascii = [cp for cp in range(0x80) if oracle.allowed[cp]]
        self.forbidden_ascii = [cp for cp in range(0x80) if not oracle.allowed[cp]]
        self.allowed_unicode = [cp for cp in scalars if cp >= 0x80 and oracle.allowed[cp]]
        self.allowed_astral = [cp for cp in self.allowed_unicode if cp >= 0x10000]
        self.separators = [cp for cp in scalars if oracle.category[cp][0] == "Z"]
        self.forbidden_unicode = [cp for cp in scalars if cp >= 0x80 and not oracle.allowed[cp]]
        self.symbols = [cp for cp in scalars if oracle.category[cp] in ("Sm", "So", "Pc") and cp != ord("_")]
        # Scalars whose verdict Python's unicodedata (14.0 on Python 3.11)
        # gives differently from Unicode 15.0: letters and numbers new in 15.0.
        old = lambda cp: unicodedata.category(chr(cp))[0] in "LZN" or chr(cp) in JOB_ID_PUNCT  # noqa: E731
        self.changed = [cp for cp in scalars if old(cp) != bool(oracle.allowed[cp])]
        self.python_unicode = unicodedata.unidata_version


def gen_request_ids(rng, pools):
    """[(kind, id)]: ids the model allows and ids it rejects, as Python str
    (lone surrogates included; never a high one right before a low one)."""
    cases = []
    add = cases.append

    def mix(n, *pool_weights):
        pools_, weights = zip(*pool_weights)
        return "".join(chr(rng.choice(rng.choices(pools_, weights)[0])) for _ in range(n))

    ascii_ = pools.allowed_ascii
    uni = pools.allowed_unicode
    for c in JOB_ID_PUNCT:
        add(("punct", c))
        add(("punct", "job" + c + "1"))
    add(("empty", ""))
    for cp in (0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x3000, 0x1D400, 0x20000, 0x2F800, 0x1F600, 0xFEFF, 0x85,
               0xFFFD, 0xFFFF, 0x10FFFF, 0xE000, 0x0300, 0x00AD):
        add(("special", "a" + chr(cp)))
        add(("special", chr(cp)))
    for cp in pools.forbidden_ascii:
        add(("forbidden-ascii", "job" + chr(cp) + "1"))
    for _ in range(800):
        add(("ascii", mix(rng.randint(1, 32), (ascii_, 1))))
    for _ in range(200):
        add(("hex32", "".join(rng.choice("0123456789abcdef") for _ in range(32))))
    for _ in range(200):
        add(("uuid", str(uuid.UUID(int=rng.getrandbits(128)))))
    for _ in range(1000):
        add(("unicode", mix(rng.randint(1, 32), (ascii_, 1), (uni, 2))))
    for _ in range(200):
        add(("separators", mix(rng.randint(1, 32), (ascii_, 1), (pools.separators, 1))))
    for _ in range(200):
        add(("astral", mix(rng.randint(1, 32), (pools.allowed_astral, 3), (ascii_, 1))))
    for _ in range(150):
        add(("length-32", mix(32, (ascii_, 1), (uni, 1))))
        add(("length-33", mix(33, (ascii_, 1), (uni, 1))))
    for _ in range(50):
        add(("length-33", mix(rng.randint(34, 64), (ascii_, 1), (uni, 1))))

    def inserted(kind, pool, count):
        for _ in range(count):
            base = mix(rng.randint(0, 31), (ascii_, 2), (uni, 1))
            at = rng.randint(0, len(base))
            add((kind, base[:at] + chr(rng.choice(pool)) + base[at:]))

    inserted("forbidden-ascii", pools.forbidden_ascii, 500)
    inserted("forbidden-unicode", pools.forbidden_unicode, 500)
    inserted("symbol", pools.symbols, 200)
    if pools.changed:
        inserted("unicode-15", pools.changed, 200)
    inserted("lone-surrogate", list(range(0xD800, 0xE000)), 200)
    # A lone high surrogate right before a low one would be a pair on the wire.
    return [(k, s) for k, s in cases if not re.search("[\ud800-\udbff][\udc00-\udfff]", s)]


def gen_responses(rng, pools, oracle):
    """[(id kind, status kind, id|None, status|None)]."""
    cases = []
    ids = [(k, s) for k, s in gen_request_ids(rng, pools) if oracle.valid(s)]
    for _ in range(3000):
        id_kind, job_id = rng.choice(ids)
        status = rng.choice(JOB_STATUSES)
        status_kind = "known"
        if rng.random() < 0.25:  # a status added after sttj: clients keep it
            status_kind, status = "unknown", rng.choice(UNKNOWN_STATUSES)
        roll = rng.random()
        if roll < 0.05:
            id_kind, job_id = "absent", None
        elif roll < 0.10:
            status_kind, status = "absent", None
        cases.append((id_kind, status_kind, job_id, status))
    cases.append(("absent", "absent", None, None))
    for k, s in gen_request_ids(rng, pools)[:200]:
        if not oracle.valid(s):
            cases.append(("invalid-" + k, "known", s, "STOPPED"))
    for s in ("PAUSED", "stopped", "", "STOPPED "):
        cases.append(("ascii", "invalid", "job1", s))
    return cases


def gen_errors(rng):
    """[(code kind, message kind, code, message|None)]."""
    # Printable ASCII but ':' (sanitizing cuts there), '#' and ',' (own kinds).
    printable = [chr(c) for c in range(0x20, 0x7F) if chr(c) not in ":#,"]
    words = ["Job", "Translation", "Quota", "Limit", "Exceeded", "Invalid", "Request", "Resource", "Conflict",
             "Unsupported", "Language", "Pair", "Detected", "Service", "Text", "Size"]
    codes = []
    for code in KNOWN_ERRORS:
        codes += [("known", code)] * 100
    for _ in range(600):
        codes.append(("unknown", "".join(rng.sample(words, rng.randint(1, 3))) + rng.choice(["Exception", ""])))
    for _ in range(400):
        codes.append(("printable", "".join(rng.choice(printable) for _ in range(rng.randint(1, 40)))))
    for _ in range(60):
        codes.append(("long", "".join(rng.choice(printable) for _ in range(rng.randint(200, 256)))))
    for code in ("a#b", "Foo#Bar", "#", "#Lead", "Trail#", "aws.protocoltests.json#FooError", "x##y"):
        codes += [("hash", code)] * 10

    def joined(separator):
        return separator.join("".join(rng.choice(printable) for _ in range(rng.randint(0, 8)))
                              for _ in range(rng.randint(2, 4)))

    codes += [("hash", joined("#")) for _ in range(150)]
    codes += [("comma", joined(",")) for _ in range(150)]

    def message():
        roll = rng.randrange(9)
        if roll == 0:
            return "absent", None
        if roll == 1:
            return "empty", ""
        if roll == 2:
            return "quotes", rng.choice(['"', '\\', '\\"', '\\u0000', '"quoted" \\path\\']) + "x" * rng.randint(0, 3)
        if roll == 3:
            return "controls", "".join(chr(rng.choice(list(range(0x20)) + [0x7F])) for _ in range(rng.randint(1, 8)))
        if roll == 4:
            return "non-ascii", "".join(chr(rng.choice([0xE9, 0x4E2D, 0x2028, 0x2029, 0xFEFF, 0x1F600, 0x10FFFF,
                                                       0xFFFD, 0x0301]))
                                        for _ in range(rng.randint(1, 10)))
        if roll == 5:
            return "long", "m" * rng.randint(200, 1024)
        return "plain", rng.choice(["Job not found", "Rate exceeded", "The request was denied.", "x"])

    cases = []
    for code_kind, code in codes:
        msg_kind, msg = message()
        cases.append((code_kind, msg_kind, code, msg))
    for code in ("", "a:b", "Bad\tcode", "caf\u00e9", "x" * 257):
        cases.append(("unwritable", "plain", code, "m"))
    return cases


# ------------------------------------------------------------ spec vectors

def read_vectors():
    """The 14 vectors: (id, status, header or None, body bytes or None, expected code)."""
    vectors = []
    for line in VECTORS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\| (\d+) \| (\w+) \| (\d+) \| (.*?) \| (.*?) \| (\w+) \|", line)
        if not m:
            continue
        header = m.group(4).strip()
        header = None if header in ("–", "-") else header.strip("`")
        body = m.group(5).strip()
        body = body.strip("`").encode() if body.startswith("`") else None
        vectors.append((m.group(2), int(m.group(3)), header, body, m.group(6)))
    return vectors


# ---------------------------------------------------------------- checking

def json_string_offsets(body, name):
    """[(code point, byte offset in body)] of the string value of member `name`,
    and the offset of its opening quote; surrogate escapes stay unpaired
    unless a high one is followed by a low one."""
    key = body.index(b'"' + name.encode() + b'"')
    i = body.index(b":", key) + 1
    while body[i:i + 1] in (b" ", b"\t", b"\n", b"\r"):
        i += 1
    assert body[i:i + 1] == b'"'
    quote = i
    i += 1
    out = []
    simple = {ord('"'): 0x22, ord("\\"): 0x5C, ord("/"): 0x2F, ord("b"): 8, ord("f"): 12, ord("n"): 10,
              ord("r"): 13, ord("t"): 9}
    while body[i] != ord('"'):
        start = i
        if body[i] == ord("\\"):
            if body[i + 1] == ord("u"):
                cp = int(body[i + 2:i + 6], 16)
                i += 6
                if 0xD800 <= cp < 0xDC00 and body[i:i + 2] == b"\\u":
                    low = int(body[i + 2:i + 6], 16)
                    if 0xDC00 <= low < 0xE000:
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
            else:
                cp = simple[body[i + 1]]
                i += 2
        else:
            n = 1 if body[i] < 0x80 else 2 if body[i] < 0xE0 else 3 if body[i] < 0xF0 else 4
            cp = ord(body[i:i + n].decode("utf-8"))
            i += n
        out.append((cp, start))
    return out, quote


def expected_rejection(oracle, scalars, quote):
    """(category, offset) sttj must report for an id the oracle rejects."""
    for cp, at in scalars:
        if 0xD800 <= cp <= 0xDFFF:
            return "encoding", at
    if not scalars:
        return "constraint", quote
    for index, (cp, at) in enumerate(scalars):
        if index == 32 or not oracle.allows_scalar(cp):
            return "constraint", at
    raise AssertionError("the oracle allows it")


class Tally:
    def __init__(self):
        self.run = collections.Counter()
        self.agreed = collections.Counter()
        self.diverged = collections.Counter()
        self.divergences = {}  # key -> first example
        self.failures = []

    def diverge(self, direction, key, example):
        """Records a client's departure; count it with case_diverged, once a case."""
        self.divergences.setdefault(f"{direction}:{key}", example if len(example) <= 160 else example[:160] + "...")

    def case_diverged(self, direction):
        self.diverged[direction] += 1

    def fail(self, direction, text):
        self.failures.append(f"{direction}: {text if len(text) <= 400 else text[:400] + '...'}")


def check_requests(client, driver, oracle, pools, tally):
    cases = gen_request_ids(random.Random(20170701), pools)
    sent = client.requests([s for _, s in cases])
    lines, index = [], []
    for n, ((kind, job_id), got) in enumerate(zip(cases, sent)):
        tally.run["request"] += 1
        if got[0] == "refused":
            tally.diverge("request", f"refused:{kind}", f"{job_id!r}: {got[1]}")
            tally.case_diverged("request")
            continue
        method, path, headers, body = got
        lines.append("\t".join(["request", hx(method), hx(path), hx(body)] + [hx(x) for h in headers for x in h]))
        index.append(n)
    answers = run_driver(driver, lines)
    for n, answer in zip(index, answers):
        kind, job_id = cases[n]
        method, path, headers, body = sent[n]
        clean = True
        try:
            wire_id = json.loads(body)["JobId"]
            scalars, quote = json_string_offsets(body, "JobId")
        except (ValueError, KeyError, AssertionError) as e:
            tally.diverge("request", f"body:{kind}", f"{job_id!r} -> {body!r}: {e}")
            tally.case_diverged("request")
            continue
        if wire_id != job_id:
            clean = False
            tally.diverge("request", f"wire-id:{kind}", f"{job_id!r} sent as {wire_id!r}")
        # The driver's own framing check says "framing"; read_http_request's, "protocol".
        if answer[0] == "rejected" and answer[1] in ("framing", "protocol"):
            tally.diverge("request", f"framing:{kind}", f"{unhex(answer[3]).decode()}: {method} {path} {headers}")
            tally.case_diverged("request")
            continue
        if oracle.valid(wire_id):
            if answer[0] != "accepted":
                tally.fail("request", f"{kind} {wire_id!r}: the model allows it, sttj says {answer} (body {body!r})")
                continue
            if unhex(answer[1]) != wire_id.encode("utf-8"):
                tally.fail("request", f"{kind} {wire_id!r}: sttj read it as {unhex(answer[1])!r}")
                continue
        else:
            want = expected_rejection(oracle, scalars, quote)
            if answer[0] != "rejected" or (answer[1], int(answer[2])) != want:
                tally.fail("request", f"{kind} {wire_id!r}: want rejected {want}, sttj says {answer} (body {body!r})")
                continue
        if clean:
            tally.agreed["request"] += 1
        else:
            tally.case_diverged("request")


def check_replies(direction, client, cases, answers, expect, tally):
    """Feeds what sttj wrote to the client; `expect(case, reply)` gives
    (failures of sttj, {field: (want, got)} for the client)."""
    written = [(case, http_reply(a)) for case, a in zip(cases, answers) if a[0] == "http"]
    read = client.replies([reply for _, reply in written])
    for (case, reply), got in zip(written, read):
        sttj_problem, fields = expect(case, reply, got)
        if sttj_problem:
            tally.fail(direction, f"{case}: {sttj_problem}")
            continue
        diverged = False
        for field, (kind, want, have) in fields.items():
            if want != have:
                diverged = True
                tally.diverge(direction, f"{field}:{kind}", f"{case}: want {want!r}, read {have!r}")
        if diverged:
            tally.case_diverged(direction)
        else:
            tally.agreed[direction] += 1


def check_responses(client, driver, oracle, pools, tally):
    cases = gen_responses(random.Random(20170702), pools, oracle)
    answers = run_driver(driver, [f"response\t{hx(i)}\t{hx(s)}" for _, _, i, s in cases])
    for case, answer in zip(cases, answers):
        tally.run["response"] += 1
        id_kind, status_kind, job_id, status = case
        writable = (job_id is None or oracle.valid(job_id)) and (status is None or
                                                                  len(status.encode()) <= STATUS_TEXT_CAPACITY)
        if writable != (answer[0] == "http"):
            tally.fail("response", f"{case}: writable={writable}, sttj says {answer}")
        elif not writable:
            tally.agreed["response"] += 1

    def expect(case, reply, got):
        _, _, job_id, status = case
        code, headers, body = reply
        want = {k: v for k, v in (("JobId", job_id), ("JobStatus", status)) if v is not None}
        if code != 200 or json.loads(body) != want or ("Content-Type", CONTENT_TYPE) not in headers:
            return f"sttj wrote {code} {headers} {body!r}", {}
        if got[0] != "ok":
            return None, {"outcome": (case[0], "ok", got)}
        return None, {"JobId": (case[0], job_id, got[1]), "JobStatus": (case[1], status, got[2])}

    check_replies("response", client, cases, answers, expect, tally)


def check_errors(client, driver, tally):
    cases = gen_errors(random.Random(20170703))
    answers = run_driver(driver, [f"error\t{hx(c)}\t{hx(m)}" for _, _, c, m in cases])
    for case, answer in zip(cases, answers):
        tally.run["error"] += 1
        code = case[2]
        writable = (code != "" and ":" not in code and all(0x20 <= ord(c) <= 0x7E for c in code)
                    and len(code) <= 256)
        if writable != (answer[0] == "http"):
            tally.fail("error", f"{case}: writable={writable}, sttj says {answer}")
        elif not writable:
            tally.agreed["error"] += 1

    def expect(case, reply, got):
        code_kind, msg_kind, code, message = case
        status, headers, body = reply
        wire_code = "#" + code if "#" in code else code
        want_body = {"__type": wire_code} if message is None else {"__type": wire_code, "message": message}
        want_status = KNOWN_ERRORS.get(code, UNKNOWN_ERROR_STATUS)
        # HTTP trims spaces at either end of a header value, so such a code
        # goes in the body only (make_http_error_response).
        header_ok = (("X-Amzn-Errortype", wire_code) in headers if wire_code.strip(" ") == wire_code
                     else all(name != "X-Amzn-Errortype" for name, _ in headers))
        if status != want_status or json.loads(body) != want_body or not header_ok:
            return f"sttj wrote {status} {headers} {body!r}", {}
        if got[0] != "error":
            return None, {"outcome": (code_kind, "error", got)}
        # An absent message reads as the client's "no message": undefined
        # for the JS SDK, '' for botocore (its Error dict always has one).
        read_message = got[3]
        if message is None and client.name == "botocore" and read_message == "":
            read_message = None
        return None, {"code": (code_kind, code, got[1]), "status": (code_kind, want_status, got[2]),
                      "message": (msg_kind, message, read_message)}

    check_replies("error", client, cases, answers, expect, tally)


def check_vectors(client, vectors, tally, direction="vector"):
    replies = []
    for _, status, header, body, _ in vectors:
        headers = [] if header is None else [("X-Amzn-Errortype", header)]
        if body is not None:
            headers.append(("Content-Type", CONTENT_TYPE))
        replies.append((status, headers, body or b""))
    for (vid, status, _, _, want), got in zip(vectors, client.replies(replies)):
        tally.run[direction] += 1
        code = got[1] if got[0] == "error" else f"(no error: {got})"
        if code == want:
            tally.agreed[direction] += 1
        else:
            tally.diverge(direction, vid, f"want {want}, read {code!r}")
            tally.case_diverged(direction)


# Code sources in one response, where the suite pins no vector: its prose
# (vector 7) says the X-Amzn-Errortype header first, then `code`, then
# `__type`. (name, status, header, body, expected code)
PRECEDENCE = [
    ("header-over-__type", 400, "FooError", b'{"__type":"BarError"}', "FooError"),
    ("header-over-code", 400, "FooError", b'{"code":"BarError"}', "FooError"),
    ("code-over-__type", 400, None, b'{"code":"FooError","__type":"BarError"}', "FooError"),
    ("__type-over-status", 400, None, b'{"__type":"FooError"}', "FooError"),
]


def read_expected(path):
    keys = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("  #", 1)[0].strip()
            if line and not line.startswith("#"):
                keys.add(line)
    return keys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--client", choices=["js", "botocore"], required=True)
    ap.add_argument("--driver", required=True)
    ap.add_argument("--node", default="")
    ap.add_argument("--write-divergences", action="store_true",
                    help="rewrite divergences-CLIENT.txt with what is observed")
    args = ap.parse_args()

    if not VECTORS.exists():
        unavailable(f"{VECTORS} not found (the shared reference lives next to the repository)", ci_fails=False)
    if not UNICODE_DATA.exists():
        unavailable(f"{UNICODE_DATA} not found (Debian package unicode-data)")
    if args.client == "js":
        if not args.node:
            unavailable("node not found (Debian packages nodejs npm)")
        if not (HERE / "js" / "node_modules" / "@aws-sdk" / "client-translate").is_dir():
            unavailable("tests/interop/js/node_modules is missing (run `npm ci` in tests/interop/js)")
        client = JsClient(args.node)
    else:
        try:
            client = BotocoreClient()
        except ImportError as e:
            unavailable(f"botocore not importable by {sys.executable} ({e}; Debian package python3-botocore)")

    started = time.monotonic()
    oracle = Oracle(UNICODE_DATA)
    pools = Pools(oracle)
    print(f"interop: {client.version()}; oracle {UNICODE_DATA}; "
          f"{len(pools.changed)} scalars change verdict from Python's Unicode {pools.python_unicode}")
    tally = Tally()
    check_vectors(client, read_vectors(), tally)
    check_vectors(client, PRECEDENCE, tally, "precedence")
    check_requests(client, args.driver, oracle, pools, tally)
    check_responses(client, args.driver, oracle, pools, tally)
    check_errors(client, args.driver, tally)

    status = 0
    if tally.run["vector"] != 14:
        print(f"FAIL: read {tally.run['vector']} vectors from {VECTORS}, want 14")
        status = 1
    for failure in tally.failures[:30]:
        print("FAIL (sttj):", failure)
    if tally.failures:
        print(f"FAIL: {len(tally.failures)} cases where sttj disagrees with the model or the spec")
        status = 1

    expected_path = HERE / f"divergences-{client.name}.txt"
    observed = set(tally.divergences)
    if args.write_divergences:
        header = [line for line in expected_path.read_text(encoding="utf-8").splitlines() if line.startswith("#")] \
            if expected_path.exists() else []
        expected_path.write_text("\n".join(header + sorted(observed)) + "\n", encoding="utf-8")
    expected = read_expected(expected_path)
    if observed != expected:
        status = 1
        print(f"FAIL: the {client.name} client's divergences differ from {expected_path.name}")
        for key in sorted(observed - expected):
            print(f"  observed, not expected: {key}  e.g. {tally.divergences[key]}")
        for key in sorted(expected - observed):
            print(f"  expected, not observed: {key}")
    print(f"divergences of {client.name} (the spec vectors and the model are the truth):")
    for key in sorted(observed):
        print(f"  {key}  e.g. {tally.divergences[key]}")

    print(f"interop {client.name}: direction, cases run, agreed, recorded client divergences")
    for direction in ("vector", "precedence", "request", "response", "error"):
        print(f"  {direction:10} {tally.run[direction]:6} {tally.agreed[direction]:6} {tally.diverged[direction]:6}")
    print(f"  total      {sum(tally.run.values()):6} {sum(tally.agreed.values()):6} {sum(tally.diverged.values()):6}"
          f"  ({time.monotonic() - started:.1f} s)")
    sys.exit(status)


if __name__ == "__main__":
    main()
