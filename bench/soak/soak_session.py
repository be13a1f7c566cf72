"""The soak run's constants, its signed-in web session (forms, tokens, compose/publish/advice) and its statistics;
the run itself is soak.py."""
import argparse, asyncio, base64, csv, html, http.cookiejar, json, math, os, random, re, shutil, socket, statistics, subprocess, sys
import tempfile, threading, time, urllib.error, urllib.parse, urllib.request, uuid

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WEB = os.path.join(ROOT, "src", "Protocolwacht.Web")
DLL = os.path.join(WEB, "bin", "Release", "net10.0", "Protocolwacht.Web.dll")
PLATFORMS_DLL = os.path.join(ROOT, "bench", "Protocolwacht.PlatformServers", "bin", "Release", "net10.0", "Protocolwacht.PlatformServers.dll")
PASSWORD = "Konot-demo-2026"
AUTHOR, MANAGER, ACCOUNT = "tom.hendriks", "karin.mulder", "regenboog-x"
# Sint Jozef's author publishes on the school's Mastodon and X accounts and on the Bluesky, LinkedIn, Facebook and
# Instagram accounts the administrator adds.
PLATFORM_AUTHOR, ADMIN, MASTODON, BLUESKY = "linda.koster", "sanne.deboer", "sintjozef-mastodon", "sintjozef-bluesky"
X, LINKEDIN, FACEBOOK, INSTAGRAM = "sintjozef-x", "sintjozef-linkedin", "sintjozef-facebook", "sintjozef-instagram"
CHANNEL = {MASTODON: "mastodon", BLUESKY: "bluesky", X: "x", LINKEDIN: "linkedin", FACEBOOK: "facebook", INSTAGRAM: "instagram"}
# A text post goes to five accounts at once; a post with a photo to four (Instagram takes nothing without an image;
# Facebook and Instagram fetch it from the app's public media address, X and LinkedIn receive it uploaded).
TEXT_ACCOUNTS = (MASTODON, BLUESKY, X, LINKEDIN, FACEBOOK)
IMAGE_ACCOUNTS = (INSTAGRAM, FACEBOOK, LINKEDIN, X)
PLATFORMS = ("mastodon", "bluesky", "x", "linkedin", "facebook", "instagram")
# A 1x1 PNG, as a phone's photo would be uploaded through the composer's file field; its description is the alt text.
PHOTO = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
PHOTO_ALT = "Een toren van houten blokken op een tafel in het lokaal"
ADDED = re.compile(r"(\d+) bericht\(en\) gelezen, (\d+) toegevoegd[^,]*, (\d+) stond")
ALLOW = ["Wat een mooie sportdag vandaag op De Regenboog!", "Morgen is de bibliotheek open van 9 tot 12 uur.",
         "De kerstmarkt was een groot succes, dank aan alle vrijwilligers.", "Groep 5 heeft vandaag de kinderboerderij bezocht."]
DOUBT = ["Daan Kok uit groep 3 heeft vandaag de voorleeswedstrijd gewonnen!"]
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')
VERSION = re.compile(r'name="VersionNumber" value="(\d+)"')
POST_ID = re.compile(r"/posts/([0-9a-f-]{36})")
# A compose the app refuses answers 200 with the form again: the page's problem line or the validation summary's items.
PROBLEM = re.compile(r'data-testid="problem">(.*?)</p>', re.S)
SUMMARY_ITEMS = re.compile(r'validation-summary-errors[^>]*>(.*?)</div>', re.S)
ITEM = re.compile(r"<li>(.*?)</li>", re.S)
# The texts composed are fixed and pass the check, so a refused compose is a fault of the app or of the run; a few are
# tolerated (reported), more fail the run.
COMPOSE_REFUSALS_ALLOWED = 2
TREE_HEAD_LOG = "Logging__LogLevel__Protocolwacht.Web.Features.Archive.TreeHeadJob"


def little_text_unescaped(text):
    """LinkedIn stores commentary as "little text", with a backslash before each reserved character; the text as read."""
    return re.sub(r"\\(.)", r"\1", text)


def nearest_rank(values, fraction):
    """The nearest-rank percentile: the smallest value with at least that fraction of the values at or below it (for
    one value the value itself, for two the larger at 95 %)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def refusal_message(body, text):
    """What the compose form said when it refused: its Dutch messages, with the post's text left out should a message
    quote it (the summary holds no post text)."""
    messages = [m.group(1) for m in PROBLEM.finditer(body)]
    for summary in SUMMARY_ITEMS.finditer(body):
        messages += ITEM.findall(summary.group(1))
    said = " | ".join(html.unescape(re.sub(r"<[^>]+>", "", m)).strip() for m in messages) or "(formulier opnieuw, zonder melding)"
    return said.replace(text, "[tekst]") if text else said


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Session:
    """One person signed in on one instance (a session of its own per instance, as behind a sticky load balancer)."""

    def __init__(self, base, user, stats):
        self.base, self.user, self.stats = base, user, stats
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
        self.form("/account/signin", {"UserName": user, "Password": PASSWORD}, "signin")

    def request(self, kind, path, data=None, headers=None, expect=(200, 302)):
        started = time.monotonic()
        req = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(req, timeout=60) as r:
                status, body, location = r.status, r.read().decode("utf-8", "replace"), r.headers.get("Location")
        except urllib.error.HTTPError as e:
            status, body, location = e.code, e.read().decode("utf-8", "replace"), e.headers.get("Location")
        except Exception as e:  # connection refused, timeout: an error of the run
            status, body, location = -1, repr(e), None
        self.stats.record(kind, time.monotonic() - started, status in expect, f"{status} {path}")
        return status, body, location

    def page(self, path, kind="page"):
        return self.request(kind, path, expect=(200,))[1]

    def form(self, path, fields, kind, handler=None, page=None):
        token = TOKEN.search(self.page(page or path.split("?")[0], "page"))
        fields = dict(fields, __RequestVerificationToken=html.unescape(token.group(1)) if token else "")
        target = path + (("&" if "?" in path else "?") + "handler=" + handler if handler else "")
        return self.request(kind, target, urllib.parse.urlencode(fields, doseq=True).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def live_check(self, text, accounts):
        body = json.dumps({"text": text, "accounts": accounts, "personal": False, "attachments": []}).encode()
        self.request("live-check", "/api/checks/live", body, {"Content-Type": "application/json"}, expect=(200,))

    def acknowledge(self):
        match = VERSION.search(self.page("/protocol"))
        if match:
            self.form("/protocol", {"VersionNumber": match.group(1), "Understood": "true"}, "acknowledge", "Acknowledge")

    def compose(self, text, accounts=(ACCOUNT,)):
        for cut in (len(text) // 3, 2 * len(text) // 3, len(text)):  # the composer checks while the author types
            self.live_check(text[:cut], list(accounts))
        status, body, location = self.form("/compose", {"Form.Text": text, "Form.AccountIds": list(accounts)}, "compose", "Next")
        if status == 200:
            self.stats.refuse_compose(refusal_message(body, text))
        match = POST_ID.search(location or "")
        return match.group(1) if status == 302 and match else None

    def compose_with_photo(self, text, accounts):
        """Composes as the author does who adds a photo: the text, the accounts and the file in one save of the form."""
        for cut in (len(text) // 3, 2 * len(text) // 3, len(text)):
            self.live_check(text[:cut], list(accounts))
        fields = [("Form.Text", text)] + [("Form.AccountIds", a) for a in accounts] + [
            ("Form.UploadSource", "own"), ("Form.UploadDescription", PHOTO_ALT)]
        status, _, location = self.multipart("/compose?handler=Next", "/compose", fields, ("Form.Upload", "toren.png", "image/png", PHOTO),
                                             "compose-photo", expect=(302,))
        match = POST_ID.search(location or "")
        return match.group(1) if status == 302 and match else None

    def confirm(self, post, kind):
        """Confirms the post for publication. The page answers a confirmation with a redirect to the post, and a refusal
        (the check blocks, advice not given) with a redirect back to itself: only the first is a confirmed post."""
        status, _, location = self.form(f"/posts/{post}/publish", {}, kind)
        if status == 302 and (location or "").rstrip("/").endswith("/publish"):
            with self.stats.lock:
                self.stats.refused.append(post)
            return False
        return status == 302

    def upload(self, path, fields, file_field, file_name, content, kind):
        """An import file through the upload form: the page answers with its result (200)."""
        return self.multipart(path, path, list(fields.items()), (file_field, file_name, "application/json", content), kind, expect=(200,))

    def multipart(self, path, page, fields, file, kind, expect):
        """A multipart form post, as the browser sends a form with a file input: fields (name, value) and one file."""
        token = TOKEN.search(self.page(page, "page"))
        fields = fields + [("__RequestVerificationToken", html.unescape(token.group(1)) if token else "")]
        file_field, file_name, content_type, content = file
        boundary = "soak" + uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                     f"Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request(kind, path, body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}, expect=expect)


class Stats:
    def __init__(self):
        self.lock, self.times, self.errors, self.samples_of_errors, self.confirmed = threading.Lock(), {}, {}, [], set()
        self.platform_posts, self.imports = {}, []  # confirmed platform posts: id -> (text, accounts, with photo); import rounds
        self.refused = []  # posts whose confirmation the app refused (reported, not an error of the run)
        self.compose_refusals = {}  # the compose form shown again with a message: message -> how often

    def refuse_compose(self, message):
        with self.lock:
            self.compose_refusals[message] = self.compose_refusals.get(message, 0) + 1

    def fail(self, kind, what):
        self.record(kind, 0, False, what)

    def record(self, kind, seconds, ok, what):
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1
                if len(self.samples_of_errors) < 20:
                    self.samples_of_errors.append(f"{kind}: {what}")
