#!/usr/bin/env python3
"""Soak run (issue #16 item 5): two app instances on one PostgreSQL under mixed traffic for a set time.

  bench/soak/soak.py [--duration SECONDS] [--workers N] [--out DIR]

Starts a PostgreSQL server of its own (scripts/test-postgres.sh), a mail sink on loopback, the local Mastodon, Bluesky,
X, LinkedIn, Facebook and Instagram servers of the tests as a process of their own (bench/Protocolwacht.PlatformServers),
and two instances of the
Release build of the web app (Development: demo organisation, sandbox channel) on that database, each with its own
port and data directory, and sharing one key ring in the database protected by a throwaway certificate, as production
runs two instances (DataProtection:KeysInDatabase, docs/deployment.md). Both instances start at once on the empty
database, as two instances of a new installation would. The administrator then connects Sint Jozef's Mastodon and X
accounts and adds a Bluesky, a LinkedIn, a Facebook and an Instagram account (each with its platform decision), through
the web forms. Workers sign in on both instances and, in turn: compose with the live check while "typing", save,
publish (allow) on the sandbox account, or on several platform accounts at once (a text post on five, or a post with a
photo uploaded through the composer on Instagram, Facebook, LinkedIn and X), or ask advice that the manager approves on
the *other* instance, then publish; and read the start page, the post list, the advice queue and the sandbox. An
importer uploads a small generated Mastodon export through /history/import every minute (all of it added) and the same
file again (nothing added). Every 10 s it samples each instance's memory (VmRSS), /health/ready and the outbox. At the
end it waits for the outbox to drain and checks that every confirmed post reached the sandbox or each platform exactly
once (compared with each platform server's own record, photos included), and counts the error-level lines (fail:, crit:) in each
instance's log. Prints one JSON summary line and writes samples.csv and summary.json to --out.
Build first: dotnet build src/Protocolwacht.Web -c Release; dotnet build bench/Protocolwacht.PlatformServers -c Release.
Needs python3, openssl and Debian's postgresql only.
"""
import argparse, asyncio, base64, csv, html, http.cookiejar, json, math, os, random, re, shutil, socket, statistics, subprocess, sys
import tempfile, threading, time, urllib.error, urllib.parse, urllib.request, uuid

# The constants, Session and Stats (tests read refusal_message and Stats through this module).
from soak_session import *  # noqa: E402,F403


def worker(bases, stats, stop, seed):
    rng = random.Random(seed)
    authors = [Session(b, AUTHOR, stats) for b in bases]
    managers = [Session(b, MANAGER, stats) for b in bases]
    platform_authors = [Session(b, PLATFORM_AUTHOR, stats) for b in bases]
    for a in authors + platform_authors:
        a.acknowledge()
    while not stop.is_set():
        i = rng.randrange(2)
        author, manager = authors[i], managers[1 - i]  # advice is given on the other instance
        choice = rng.random()
        if choice < 0.15:  # one post on several platform accounts at once: a delivery to each local platform server
            text = f"{rng.choice(ALLOW)} ({uuid.uuid4().hex[:8]})"
            with_photo = choice < 0.05
            accounts = IMAGE_ACCOUNTS if with_photo else TEXT_ACCOUNTS
            composer = platform_authors[i].compose_with_photo if with_photo else platform_authors[i].compose
            post = composer(text, accounts)
            if post and platform_authors[i].confirm(post, "publish-platforms"):
                with stats.lock:
                    stats.platform_posts[post] = (text, accounts, with_photo)
        elif choice < 0.45:
            post = author.compose(f"{rng.choice(ALLOW)} ({uuid.uuid4().hex[:6]})")
            if post and author.confirm(post, "publish"):
                with stats.lock:
                    stats.confirmed.add(post)
        elif choice < 0.65:
            post = author.compose(f"{rng.choice(DOUBT)} ({uuid.uuid4().hex[:6]})")
            if post:
                author.form(f"/posts/{post}", {}, "request-advice", "RequestAdvice")
                manager.form(f"/posts/{post}", {}, "approve", "Approve")
                if author.confirm(post, "publish"):
                    with stats.lock:
                        stats.confirmed.add(post)
        else:
            author.page(rng.choice(["/", "/posts", "/sandbox", "/protocol"]))
            manager.page("/advice")
        stop.wait(rng.uniform(0.1, 0.5))


def mastodon_export(first_id, count):
    """A small Mastodon outbox.json (the format of the account's archive export) with statuses first_id, first_id+1, ..."""
    items = []
    for n in range(first_id, first_id + count):
        status = f"https://soak.example/users/sintjozef/statuses/{n}"
        items.append({"id": status + "/activity", "type": "Create", "actor": "https://soak.example/users/sintjozef",
                      "published": f"2024-05-{1 + n % 28:02d}T10:{n % 60:02d}:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"],
                      "object": {"id": status, "type": "Note", "published": f"2024-05-{1 + n % 28:02d}T10:{n % 60:02d}:00Z",
                                 "url": f"https://soak.example/@sintjozef/{n}", "content": f"<p>Terugblik {n}: de schoolreis was geweldig.</p>",
                                 "attachment": [], "tag": []}})
    return json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
                       "totalItems": count, "orderedItems": items}).encode()


def importer(bases, stats, stop, interval=60, count=5):
    """Every minute a new export through /history/import (all added), then the same file again (nothing added)."""
    admins = [Session(b, ADMIN, stats) for b in bases]
    round_no = 0
    while not stop.wait(interval):
        admin = admins[round_no % 2]
        content = mastodon_export(1_000_000 + round_no * count, count)
        results = []
        for attempt in range(2):
            status, body, _ = admin.upload("/history/import", {"AccountId": MASTODON, "Format": "mastodon"}, "Upload", "outbox.json", content, "import")
            match = ADDED.search(html.unescape(body)) if status == 200 else None
            results.append([int(g) for g in match.groups()] if match else None)
        expected = [[count, count, 0], [count, 0, count]]
        with stats.lock:
            stats.imports.append(results)
        if results != expected:
            stats.fail("import", f"round {round_no}: read/added/present {results}, expected {expected}")
        round_no += 1


def connect_platform_accounts(base, stats, platforms):
    """The administrator connects Sint Jozef's Mastodon and X accounts and adds a Bluesky, a LinkedIn, a Facebook and an
    Instagram account (each with the board's platform decision), through the web forms, pasting the credentials the
    platform gives (the account form; an access token, the platform's account id, and for Mastodon and Bluesky the
    server). X, LinkedIn, Facebook and Instagram are reached at the connectors' configured base URLs."""
    admin = Session(base, ADMIN, stats)
    mastodon, bluesky = platforms["mastodon"], platforms["bluesky"]
    steps = [
        admin.form(f"/accounts/edit/{MASTODON}", {"Form.Channel": "mastodon", "Form.Handle": "@sintjozef@mastodon.soak", "Form.SchoolId": "sintjozef",
                                                   "Form.AccessToken": mastodon["token"], "Form.PlatformAccountId": mastodon["accountId"],
                                                   "Form.InstanceUrl": mastodon["baseUrl"]}, "setup"),
        admin.form(f"/accounts/edit/{X}", {"Form.Channel": "x", "Form.Handle": "@SintJozefHV", "Form.SchoolId": "sintjozef",
                                            "Form.AccessToken": platforms["x"]["token"], "Form.PlatformAccountId": platforms["x"]["accountId"]}, "setup"),
        admin.form("/accounts/edit", {"Form.Id": BLUESKY, "Form.Channel": "bluesky", "Form.Handle": bluesky["handle"], "Form.SchoolId": "sintjozef",
                                      "Form.AccessToken": bluesky["appPassword"], "Form.PlatformAccountId": bluesky["handle"],
                                      "Form.InstanceUrl": bluesky["baseUrl"]}, "setup"),
    ]
    for account, handle in ((LINKEDIN, "Sint Jozefschool Holterveen"), (FACEBOOK, "Sint Jozefschool"), (INSTAGRAM, "@sintjozefhv")):
        platform = platforms[CHANNEL[account]]
        steps.append(admin.form("/accounts/edit", {"Form.Id": account, "Form.Channel": CHANNEL[account], "Form.Handle": handle, "Form.SchoolId": "sintjozef",
                                                   "Form.AccessToken": platform["token"], "Form.PlatformAccountId": platform["accountId"]}, "setup"))
    for account in (BLUESKY, LINKEDIN, FACEBOOK, INSTAGRAM):
        steps.append(admin.form("/platform-decisions", {"AccountId": account, "DpiaDate": time.strftime("%Y-%m-%d"), "Outcome": "Approved", "Agreement": "Yes",
                                                        "Reviewer": "Soak: communicatieadviseur",
                                                        "ReviewDate": time.strftime("%Y-%m-%d", time.gmtime(time.time() + 300 * 86400)), "Note": "Soak"}, "setup"))
    if any(s[0] != 302 for s in steps):
        raise SystemExit(f"setting up the platform accounts failed: {[(s[0], s[2]) for s in steps]}")


def platform_record(base):
    with urllib.request.urlopen(base + "soak/record", timeout=30) as r:
        return json.loads(r.read())


async def smtp_sink(port, received):
    async def serve(reader, writer):
        writer.write(b"220 soak\r\n")
        in_data = False
        while line := await reader.readline():
            if in_data:
                if line in (b".\r\n", b".\n"):
                    in_data = False
                    received.append(1)
                    writer.write(b"250 OK\r\n")
                continue
            verb = line[:4].upper()
            if verb == b"DATA":
                in_data = True
                writer.write(b"354 go\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                break
            else:
                writer.write(b"250-soak\r\n250 8BITMIME\r\n" if verb == b"EHLO" else b"250 OK\r\n")
            await writer.drain()
        writer.close()
    server = await asyncio.start_server(serve, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


def psql(conn, sql):
    binary = sorted(d for d in os.listdir("/usr/lib/postgresql"))[-1]
    args = dict(kv.split("=", 1) for kv in conn.split(";") if kv)
    out = subprocess.run([f"/usr/lib/postgresql/{binary}/bin/psql", "-h", args["Host"], "-p", args["Port"], "-U", args["Username"],
                          "-d", args["Database"], "-At", "-F", "\t", "-c", sql], capture_output=True, text=True, check=True)
    return [line.split("\t") for line in out.stdout.splitlines()]


def key_ring_certificate(folder):
    """A self-signed PFX for the shared key ring, made as docs/deployment.md makes the production one."""
    key, crt, pfx, password = (os.path.join(folder, n) for n in ("kr.key", "kr.crt", "kr.pfx", "soak"))
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:3072", "-sha256", "-days", "30", "-nodes", "-subj", "/CN=Protocolwacht soak key ring",
                    "-keyout", key, "-out", crt], capture_output=True, check=True)
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", key, "-in", crt, "-out", pfx, "-passout", f"pass:{password}"], capture_output=True, check=True)
    return pfx, password


def log_errors(path):
    """The error-level lines of an instance's console log (the default formatter starts them with fail: or crit:)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        log = f.read()
    lines = [l.rstrip() for l in log.splitlines() if l.startswith(("fail:", "crit:"))]
    return {"count": len(lines), "kinds": sorted(set(lines))[:10], "tree_heads_signed": log.count("Signed an archive tree head")}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024


def health(base):
    try:
        with urllib.request.urlopen(base + "/health/ready", timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")
    except Exception:
        return -1, {}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=3600)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--out", default=os.path.join(ROOT, "artifacts", "soak"))
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="protocolwacht-soak-")
    os.chmod(work, 0o755)  # the postgres user runs the server from a folder inside it
    pg_dir = os.path.join(work, "pg")
    script = os.path.join(ROOT, "scripts", "test-postgres.sh")
    admin = subprocess.run(["bash", script, "start", pg_dir], capture_output=True, text=True, check=True).stdout.strip()
    conn = admin.replace("Database=postgres", "Database=soak")
    psql(admin, "CREATE DATABASE soak")
    mail_port, received = free_port(), []
    threading.Thread(target=lambda: asyncio.run(smtp_sink(mail_port, received)), daemon=True).start()
    processes, bases = [], []
    certificate, certificate_password = key_ring_certificate(work)
    platforms_process = subprocess.Popen(["dotnet", PLATFORMS_DLL], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        platforms = json.loads(platforms_process.stdout.readline())
        for name in ("a", "b"):  # both at once on the empty database: the first migrates, the second waits for its lock
            port = free_port()
            env = dict(os.environ, ASPNETCORE_ENVIRONMENT="Development", Urls=f"http://127.0.0.1:{port}",
                       Database__Provider="Postgres", ConnectionStrings__Postgres=conn,
                       Database__DataDirectory=os.path.join(work, name), Mail__Host="127.0.0.1", Mail__Port=str(mail_port),
                       DataProtection__KeysInDatabase="true", DataProtection__CertificatePath=certificate,
                       DataProtection__CertificatePassword=certificate_password,
                       Publishing__UndoPeriod="00:00:05", Logging__LogLevel__Default="Warning",
                       # A tree head a minute (production: an hour), so even a short run signs on both instances
                       # with the shared key ring; its "Signed" lines are counted per instance.
                       Archive__TreeHeadInterval="00:01:00", **{TREE_HEAD_LOG: "Information"},
                       # The platforms without a server of the account's own are reached at the connectors' base URLs;
                       # Facebook and Instagram fetch photos from the instance's public media address.
                       Connectors__X__BaseUrl=platforms["x"]["baseUrl"], Connectors__LinkedIn__BaseUrl=platforms["linkedin"]["baseUrl"],
                       Connectors__Facebook__BaseUrl=platforms["facebook"]["baseUrl"], Connectors__Instagram__BaseUrl=platforms["instagram"]["baseUrl"],
                       Publishing__PublicBaseUrl=f"http://127.0.0.1:{port}/")
            log = open(os.path.join(options.out, f"instance-{name}.log"), "w")
            processes.append(subprocess.Popen(["dotnet", DLL], cwd=WEB, env=env, stdout=log, stderr=subprocess.STDOUT))
            bases.append(f"http://127.0.0.1:{port}")
        for base in bases:
            for _ in range(240):
                if health(base)[0] in (200, 503):
                    break
                time.sleep(0.5)
        setup_stats = Stats()
        connect_platform_accounts(bases[0], setup_stats, platforms)
        stats, stop = Stats(), threading.Event()
        threads = [threading.Thread(target=worker, args=(bases, stats, stop, n), daemon=True) for n in range(options.workers)]
        threads.append(threading.Thread(target=importer, args=(bases, stats, stop), daemon=True))
        for t in threads:
            t.start()
        samples, started = [], time.monotonic()
        while time.monotonic() - started < options.duration:
            time.sleep(min(10, max(0.1, options.duration - (time.monotonic() - started))))
            lag = psql(conn, """SELECT count(*), coalesce(extract(epoch FROM now() - min("DueAt")), 0) FROM deliveries
                                WHERE "Status" IN ('Pending','Retrying','Unknown','Attempting') AND "DueAt" <= now()""")[0]
            row = {"t": round(time.monotonic() - started), "rss_a_mb": round(rss_mb(processes[0].pid)), "rss_b_mb": round(rss_mb(processes[1].pid)),
                   "ready_a": health(bases[0])[0], "ready_b": health(bases[1])[0], "due_waiting": int(lag[0]), "outbox_lag_s": round(float(lag[1]), 1),
                   "requests": sum(len(v) for v in stats.times.values()), "errors": sum(stats.errors.values())}
            samples.append(row)
            print(json.dumps(row), flush=True)
        stop.set()
        for t in threads:
            t.join(120)
        deadline = time.monotonic() + 120  # the last confirmations wait out their undo period
        while time.monotonic() < deadline and int(psql(conn, """SELECT count(*) FROM deliveries WHERE "Status" <> 'Published'""")[0][0]) > 0:
            time.sleep(1)
        confirmed = stats.confirmed
        published = psql(conn, """SELECT count(*), count(DISTINCT "PostId") FROM deliveries WHERE "Status" = 'Published' AND "Channel" = 'sandbox'""")[0]
        sandbox = psql(conn, """SELECT count(*) FROM sandbox_publications""")[0][0]
        not_done = psql(conn, """SELECT "Status", count(*) FROM deliveries WHERE "Status" <> 'Published' GROUP BY 1""")
        per_channel = dict((c, int(n)) for c, n in psql(conn, """SELECT "Channel", count(*) FROM deliveries WHERE "Status" = 'Published' GROUP BY 1"""))
        on_platforms = {p: platform_record(platforms[p]["baseUrl"]) for p in PLATFORMS}
        on_platforms["linkedin"]["texts"] = [little_text_unescaped(t) for t in on_platforms["linkedin"]["texts"]]
        platform_check = {}
        for p, record in on_platforms.items():
            posts = [(text, photo) for text, accounts, photo in stats.platform_posts.values() if p in (CHANNEL[a] for a in accounts)]
            expected_texts = sorted(text for text, _ in posts)
            platform_check[p] = {"confirmed": len(posts), "published_deliveries": per_channel.get(p, 0), "on_platform": len(record["texts"]),
                                 "same_texts_once_each": sorted(record["texts"]) == expected_texts}
            if "withImage" in record:
                platform_check[p].update(confirmed_with_photo=sum(1 for _, photo in posts if photo), on_platform_with_image=record["withImage"])
        platform_check["mastodon"]["publish_requests"] = on_platforms["mastodon"]["publishRequests"]
        warm = [s for s in samples if s["t"] >= min(300, options.duration // 3)]
        summary = {
            "duration_s": options.duration, "workers": options.workers, "requests": sum(len(v) for v in stats.times.values()),
            "errors": dict(stats.errors), "error_examples": stats.samples_of_errors,
            "latency_ms": {k: {"n": len(v), "p50": round(statistics.median(v) * 1000), "p95": round(nearest_rank(v, 0.95) * 1000)}
                           for k, v in sorted(stats.times.items())},
            "confirmed_posts": len(confirmed), "confirmations_refused": len(stats.refused), "refused_examples": stats.refused[:10],
            "compose_refused": sum(stats.compose_refusals.values()), "compose_refusals_allowed": COMPOSE_REFUSALS_ALLOWED,
            "compose_refusal_messages": stats.compose_refusals, "published_deliveries": int(published[0]), "published_posts": int(published[1]),
            "sandbox_publications": int(sandbox), "deliveries_not_published": not_done, "mails_received": len(received),
            "rss_mb_after_warmup": {n: [min(s[f"rss_{n}_mb"] for s in warm), max(s[f"rss_{n}_mb"] for s in warm)] for n in ("a", "b")} if warm else None,
            "outbox_lag_s_max": max((s["outbox_lag_s"] for s in samples), default=None),
            "ready_not_200": sum(1 for s in samples for k in ("ready_a", "ready_b") if s[k] != 200),
            "log_errors": {n: log_errors(os.path.join(options.out, f"instance-{n}.log")) for n in ("a", "b")},
            "published_per_channel": per_channel, "platforms": platform_check,
            "imports": {"rounds": len(stats.imports), "as_expected": sum(1 for r in stats.imports if r[0] and r[1] and r[0][1] > 0 and r[1][1] == 0),
                        "added": sum(r[0][1] for r in stats.imports if r[0])},
        }
        with open(os.path.join(options.out, "samples.csv"), "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(samples[0].keys()) if samples else ["t"])
            writer.writeheader()
            writer.writerows(samples)
        with open(os.path.join(options.out, "summary.json"), "w") as f:
            json.dump(summary, f, indent=2)
        print(json.dumps(summary))
        ok = (not stats.errors and not setup_stats.errors and not not_done
              and summary["compose_refused"] <= COMPOSE_REFUSALS_ALLOWED and int(published[0]) == len(confirmed) == int(sandbox)
              and all(c["same_texts_once_each"] and c["published_deliveries"] == c["confirmed"]
                      and c.get("confirmed_with_photo") == c.get("on_platform_with_image") for c in platform_check.values())
              and all(v["count"] == 0 for v in summary["log_errors"].values()))
        return 0 if ok else 1
    finally:
        for p in processes + [platforms_process]:
            p.terminate()
        for p in processes + [platforms_process]:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()
        subprocess.run(["bash", script, "stop", pg_dir], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
