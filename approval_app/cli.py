"""`approval-app`: the one entry point (GUI by default, subcommands for administration)."""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import logging
import sys
from pathlib import Path
from typing import Callable

from approval_app import __version__, config, paths
from approval_app.logs import setup_logging

log = logging.getLogger("approval_app.cli")


class CliError(Exception):
    """Stops the command with one sentence for the user and a non-zero exit."""


def _say_error(exc: BaseException) -> str:
    from approval_app.ui.messages import describe_error

    return describe_error(exc)  # type: ignore[arg-type]


def _load_config() -> config.Config:
    try:
        return config.load_config()
    except config.ConfigError as exc:
        from approval_app.ui.messages import describe

        raise CliError(describe("config_error", {"path": exc.path, "detail": exc.detail})) from exc


def open_db(args: argparse.Namespace, *, upgrade: bool = True):
    """Open the database chosen by --db, APPROVAL_DB_URL, the config file or the default."""
    from approval_app.storage.db import open_database, resolve_url
    from approval_app.storage.errors import StorageError

    url, source = resolve_url(args.db, _load_config())
    try:
        return open_database(url, upgrade=upgrade, create_dir=source == "default")
    except StorageError as exc:
        raise CliError(_say_error(exc)) from exc


@contextlib.contextmanager
def using_db(args: argparse.Namespace, *, write: bool = False):  # noqa: ANN201
    """One session on the chosen database: committed when `write`, rule errors as one sentence."""
    from approval_app.domain.errors import DomainError

    db = open_db(args)
    try:
        with (db.transaction() if write else db.read()) as session:
            yield session
    except DomainError as exc:
        raise CliError(_say_error(exc)) from exc
    finally:
        db.dispose()


def load_checked_catalogue(directory: Path | None = None):
    from approval_app.services.catalogue import load_catalogue

    result = load_catalogue(directory or paths.forms_dir())
    if not result.ok:
        raise CliError("\n".join(_problem_line(p) for p in result.problems))
    return result


def _problem_line(p) -> str:  # noqa: ANN001
    from approval_app.ui.messages import describe

    where = f"{p.source}: {p.key}" if p.key else p.source
    return f"{where}: {describe(p.code, p.params)}"


# --- commands -----------------------------------------------------------------------------

def cmd_gui(args: argparse.Namespace) -> int:
    from approval_app.ui.app import run_gui

    return run_gui(db_url=args.db, demo=False, language=getattr(args, "lang", None))


def cmd_demo(args: argparse.Namespace) -> int:
    from approval_app.services.demo_seed import DEMO_PASSWORD, seed_demo
    from approval_app.storage.db import open_database
    from approval_app.storage.errors import StorageError

    catalogue = load_checked_catalogue()
    url = args.db
    if url is None:
        path = config.data_dir() / "demo.db"
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):  # a fresh demo every time
            Path(str(path) + suffix).unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    if not args.seed_only:
        # The GUI seeds behind a progress dialog, so the officer sees the wait in the window.
        from approval_app.ui.app import run_gui

        return run_gui(db_url=url, demo=True, language=getattr(args, "lang", None), seed_cases=args.cases)
    try:
        db = open_database(url)
    except StorageError as exc:
        raise CliError(_say_error(exc)) from exc
    try:
        from approval_app.domain.errors import DomainError

        try:
            result = seed_demo(db, catalogue, cases=args.cases,
                               progress=None if args.quiet else _progress_printer())
        except DomainError as exc:
            if exc.code == "demo_needs_empty_database":
                raise CliError(f"数据库 {db.display_url} 中已有案件，演示数据只能写入空数据库") from exc
            raise
        if not args.quiet:
            print(f"\n演示数据已写入 {db.display_url}：{result.cases} 件案件，{result.users} 个账号"
                  f"（密码均为 {DEMO_PASSWORD}，如 zhangwei 收件、lina 审查、wangqiang 审批、admin 管理）",
                  file=sys.stderr)
    finally:
        db.dispose()
    return 0


def _progress_printer() -> Callable[[int, str], None]:
    def show(percent: int, text: str) -> None:
        print(f"\r写入演示数据 {percent:3d}% {text}", end="", file=sys.stderr, flush=True)
    return show


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from approval_app.services.catalogue import sync_catalogue

    catalogue = load_checked_catalogue()
    db = open_db(args, upgrade=True)
    try:
        with db.transaction() as s:
            result = sync_catalogue(s, catalogue)
        print(f"数据库 {db.display_url} 已是最新结构；事项目录新增版本 {len(result.added)} 个")
    finally:
        db.dispose()
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    from approval_app.domain.roles import SYSTEM, Role
    from approval_app.services import users

    try:
        roles = {Role(r) for r in args.role}
    except ValueError as exc:
        raise CliError(f"未知角色：{exc.args[0].split()[0]}（可选：{', '.join(r.value for r in Role)}）") from exc
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("密码：")
        if getpass.getpass("再次输入密码：") != password:
            raise CliError("两次输入的密码不一致")
    with using_db(args, write=True) as s:
        # The command line is run by whoever holds the database credentials: the system itself.
        row = users.create_user(s, SYSTEM, args.name, password, roles, args.display_name or args.name)
    print(f"已创建账号 {row.username}（{', '.join(sorted(r.value for r in row.roles))}）")
    return 0


def cmd_catalogue_check(args: argparse.Namespace) -> int:
    from approval_app.services.catalogue import load_catalogue
    from approval_app.ui.messages import mode_name

    directory = Path(args.dir) if args.dir else paths.forms_dir()
    result = load_catalogue(directory)
    if not result.ok:
        for p in result.problems:
            print(_problem_line(p), file=sys.stderr)
        print(f"事项目录 {directory} 有 {len(result.problems)} 处错误", file=sys.stderr)
        return 1
    for matter in sorted(result.matters, key=lambda x: x.code):
        print(f"{matter.code:<10} {mode_name(matter.mode.value):<6} {matter.legal_limit_days:>3}/"
              f"{matter.promised_limit_days:<3} {matter.department.name:<14} {matter.name}")
    depts = {x.department.code for x in result.matters}
    print(f"共 {len(result.matters)} 个事项，{len(depts)} 个部门：{directory}")
    return 0


def cmd_cases_list(args: argparse.Namespace) -> int:
    from approval_app.services.cases import CaseFilter, iter_cases
    from approval_app.services.clock import local_date
    from approval_app.ui.messages import channel_name, status_name

    if args.limit is not None and args.limit < 1:
        raise CliError("--limit 必须是正整数")
    db = open_db(args)
    try:
        flt = CaseFilter(status=args.status, matter_code=args.matter, department_code=args.department,
                         search=args.search or "")
        with db.read() as s:
            rows = iter_cases(s, flt, limit=args.limit)
            if args.json:
                out = sys.stdout
                out.write("[")
                for i, row in enumerate(rows):
                    out.write(("," if i else "") + "\n  " + json.dumps(row.to_json(), ensure_ascii=False))
                out.write("\n]\n")
            else:
                count = 0
                for row in rows:
                    count += 1
                    due = row.due_date.isoformat() if row.due_date else "-"
                    print(f"{row.case_number}  {status_name(row.status):<6} {row.matter_code:<10} "
                          f"{channel_name(row.channel)}  {local_date(row.received_at)}  {due:<10} "
                          f"{row.applicant_uscc}  {row.applicant_name}")
                print(f"共 {count} 件", file=sys.stderr)
    finally:
        db.dispose()
    return 0


def cmd_bench_worklist(args: argparse.Namespace) -> int:
    from approval_app.bench import bench_worklist, bulk_cases

    catalogue = load_checked_catalogue()
    db = open_db(args)
    try:
        if args.cases:
            total = bulk_cases(db, catalogue, args.cases, progress=None if args.quiet else _bench_progress)
            print(f"\n{total} cases in the database", file=sys.stderr)
        bench_worklist(db)
    finally:
        db.dispose()
    return 0


def _bench_progress(percent: int, text: str) -> None:
    print(f"\rgenerating cases {percent:3d}% {text}", end="", file=sys.stderr, flush=True)


def _parse_day(text: str, what: str):  # noqa: ANN202
    from approval_app.domain.validators import parse_date

    day, issues = parse_date(text, what)
    if issues:
        raise CliError(f"{what}：日期应为 YYYY-MM-DD，实际为“{text}”")
    return day


def _calendar(args: argparse.Namespace):  # noqa: ANN202
    """The official calendar: the package plus the administrator's table from the database."""
    from approval_app.services.clock import load_calendar

    with using_db(args) as s:
        return load_calendar(s)


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from approval_app.domain.workcalendar import add_working_days

    start = _parse_day(args.start, "START")
    if args.days < 0:
        raise CliError("DAYS 必须是非负整数")
    pauses = []
    for text in args.pause or []:
        if ":" not in text:
            raise CliError(f"--pause 应为 S:E（两个日期），实际为“{text}”")
        s_text, e_text = text.split(":", 1)
        s_day, e_day = _parse_day(s_text, "--pause S"), _parse_day(e_text, "--pause E")
        if e_day < s_day:
            raise CliError(f"--pause {text}：结束日期早于开始日期")
        pauses.append((s_day, e_day))
    deadline = add_working_days(_calendar(args), start, args.days, pauses)
    if args.json:
        print(json.dumps({"start": start.isoformat(), "days": args.days, "due": deadline.day.isoformat(),
                          "provisional": deadline.provisional,
                          "pauses": [[a.isoformat(), b.isoformat()] for a, b in pauses]}))
    else:
        print(deadline.day.isoformat())
        if deadline.provisional:
            print(f"暂估：{deadline.day.year}年的官方节假日安排尚未录入，按周一至周五计算；"
                  "请管理员录入该年日历后再确认", file=sys.stderr)
    return 0


def cmd_calendar_workdays(args: argparse.Namespace) -> int:
    from approval_app.domain.workcalendar import working_days_between

    start, end = _parse_day(args.start, "FROM"), _parse_day(args.end, "TO")
    count, provisional = working_days_between(_calendar(args), start, end)
    print(count)
    if provisional:
        print("暂估：区间含官方日历尚未覆盖的年份，按周一至周五计算", file=sys.stderr)
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    from approval_app.domain.roles import SYSTEM
    from approval_app.services import calendar_admin

    start = _parse_day(args.start, "START")
    end = _parse_day(args.end, "END") if args.end else start
    with using_db(args, write=True) as s:
        n = calendar_admin.set_days(s, SYSTEM, start, end, args.kind == "workday", args.note)
    print(f"已将 {n} 天设为{'工作日' if args.kind == 'workday' else '休息日'}")
    return 0


def cmd_calendar_complete(args: argparse.Namespace) -> int:
    from approval_app.domain.roles import SYSTEM
    from approval_app.services import calendar_admin

    with using_db(args, write=True) as s:
        calendar_admin.mark_year_entered(s, SYSTEM, args.year, not args.undo)
    print(f"{args.year}年官方日历已{'标记为录入完成' if not args.undo else '恢复为暂估'}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from approval_app.services import stats

    start, end = _parse_day(args.date_from, "--from"), _parse_day(args.date_to, "--to")
    if end < start:
        raise CliError("--to 早于 --from")
    with using_db(args) as s:
        report = stats.compute(s, start, end)
    data = report.as_dict()
    if args.json:
        if not args.cases:
            data.pop("cases")
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"统计区间 {start} 至 {end}（按收件日期）")
    header = (_pad("", 26) + _pad("件数", 6, True) + _pad("网上占比", 10, True) + _pad("已办结", 8, True)
              + _pad("按时率", 8, True) + _pad("收件至决定", 12, True) + _pad("收件至制证", 12, True))
    for title, groups in (("全局", [data["total"]]), ("按部门", data["by_department"]), ("按事项", data["by_matter"])):
        print(f"\n{title}\n{header}")
        for g in groups:
            print(_pad(g["name"][:13], 26) + f"{g['cases']:>6}{_pct(g['online_share']):>10}{g['decided']:>8}"
                  f"{_pct(g['on_time_rate']):>8}{_days(g['avg_working_days_to_decision']):>12}"
                  f"{_days(g['avg_working_days_to_permit']):>12}")
    print("\n（天数为工作日，不含第四十五条规定的中止计时期间）")
    return 0


def _pad(text: str, width: int, right: bool = False) -> str:
    """Pad for a terminal where CJK characters take two columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    fill = " " * max(0, width - used)
    return fill + text if right else text + fill


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x * 100:.1f}%"


def _days(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f}"


def _bureau():  # noqa: ANN202
    from approval_app.services.notices import Bureau

    return Bureau.from_config(_load_config())


def cmd_verify(args: argparse.Namespace) -> int:
    """Signature, seal, integrity and registry status of a PDF; exit 0 only when all hold."""
    from approval_app.services import permits
    from approval_app.ui.messages import permit_status_name

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"找不到文件：{path}")
    pdf = path.read_bytes()
    certs = None
    if args.cert:
        certs = [_read_cert(Path(c)) for c in args.cert]
    db = None if args.offline else open_db(args)
    try:
        if db is None:
            result = permits.verify_document(None, pdf, certs or [])
        else:
            with db.read() as s:
                result = permits.verify_document(s, pdf, certs)
    finally:
        if db is not None:
            db.dispose()
    sig = result.signature
    lines = [f"文件：{path}"]
    if not sig.signed:
        lines.append("签名：无有效签名" + (f"（{sig.problem}）" if sig.problem else ""))
    else:
        lines.append(f"签名：{'有效' if sig.valid and sig.intact else '无效'}")
        lines.append(f"签章：{sig.signer_subject or '-'}" + (f"（第{result.seal_version}版印章）" if result.seal_version else "")
                     + ("" if sig.trusted else "——不是本局的印章证书"))
        lines.append(f"证书指纹：{sig.signer_fingerprint or '-'}")
        lines.append("文件自签章后：" + ("未被改动" if sig.intact and sig.covers_whole_file else "已被改动"))
        if sig.signing_time:
            from approval_app.services.clock import BUREAU_TZ

            when = dt.datetime.fromisoformat(sig.signing_time).astimezone(BUREAU_TZ)
            lines.append(f"签章时间：{when:%Y-%m-%d %H:%M:%S}")
    if result.permit_number:
        lines.append(f"证照：{result.permit_number}（第{result.permit_version}版）")
    if result.qr_signed is not None:
        lines.append("二维码：" + ("印章签名有效" if result.qr_signed else "签名无效"))
    if result.registry_status:
        lines.append(f"登记状态：{permit_status_name(result.registry_status)}")
    elif db is not None and result.permit_number is None:
        lines.append("登记状态：登记簿中没有这份文件")
    print("\n".join(lines))
    if args.json:
        print(json.dumps({"signed": sig.signed, "valid": sig.valid, "intact": sig.intact, "trusted": sig.trusted,
                          "covers_whole_file": sig.covers_whole_file, "signer": sig.signer_subject,
                          "fingerprint": sig.signer_fingerprint, "seal_version": result.seal_version,
                          "permit_number": result.permit_number, "permit_version": result.permit_version,
                          "registry_status": result.registry_status, "qr_signed": result.qr_signed},
                         ensure_ascii=False))
    return 0 if sig.ok else 1


def _read_cert(path: Path) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    data = path.read_bytes()
    try:
        cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise CliError(f"{path} 不是有效的证书文件") from exc
    return cert.public_bytes(Encoding.DER)


def cmd_register_verify(args: argparse.Namespace) -> int:
    from approval_app.services import seal

    with using_db(args) as s:
        count, problem = seal.verify_register(s)
    if problem is None:
        print(f"用印登记簿完整：共 {count} 条，哈希链逐条校验通过")
        return 0
    words = {"edited": "被修改", "removed": "之前有条目被删除", "reordered": "顺序被调换或链接被替换"}
    extra = f"（应为第 {problem.expected_seq} 条）" if problem.kind == "removed" else ""
    print(f"用印登记簿第 {problem.seq} 条{words[problem.kind]}{extra}：哈希链自此不再成立", file=sys.stderr)
    return 1


def cmd_register_export(args: argparse.Namespace) -> int:
    from approval_app.services import seal

    out = Path(args.out)
    with using_db(args) as s:
        n = seal.export_register(s, out)
    print(f"已导出用印登记 {n} 条：{out}")
    return 0


def cmd_permits_export(args: argparse.Namespace) -> int:
    from approval_app.domain.errors import DomainError
    from approval_app.services import permits

    db = open_db(args)
    try:
        out = permits.export_permit(db, args.case_number, Path(args.out))
    except DomainError as exc:
        raise CliError(_say_error(exc)) from exc
    finally:
        db.dispose()
    print(f"已导出：{out}")
    return 0


def cmd_seal_install(args: argparse.Namespace) -> int:
    """Install a PKCS#12 as the bureau's seal (administrator); password from prompt or stdin."""
    from approval_app.domain.roles import SYSTEM
    from approval_app.services import seal

    p12, image = Path(args.p12), Path(args.image)
    for f in (p12, image):
        if not f.is_file():
            raise CliError(f"找不到文件：{f}")
    password = sys.stdin.readline().rstrip("\r\n") if (args.password_stdin or not sys.stdin.isatty()) \
        else getpass.getpass("印章证书密码：")
    with using_db(args, write=True) as s:
        info = seal.install_seal(s, SYSTEM, p12.read_bytes(), password, image.read_bytes(),
                                 args.name or _load_config().get("bureau_name"))
    stored = seal.remember_password(info.fingerprint, password) if args.remember else False
    print(f"已启用第 {info.version} 版印章：{info.subject}（指纹 {info.fingerprint[:16]}…）")
    if args.remember and not stored:
        print("本机没有安全的系统密钥环：印章密码不会保存，每次使用时输入。", file=sys.stderr)
    return 0


def cmd_templates_export(args: argparse.Namespace) -> int:
    """Copies of the standard notice templates to edit in Word (existing edits are kept)."""
    from approval_app.documents.default_templates import write_templates

    directory = Path(args.dir)
    written = write_templates(directory, overwrite=args.overwrite)
    print(f"已写入 {len(written)} 个模板到 {directory}；在配置文件 [documents] templates_dir 中指向该目录即可启用")
    return 0


def cmd_bench_permits(args: argparse.Namespace) -> int:
    from approval_app.bench import bench_permits

    bench_permits(args.count)
    return 0


# --- parser -------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="数据库地址，如 sqlite:///x.db 或 postgresql://user@host/db（优先于 APPROVAL_DB_URL 和配置文件）")
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="详细日志")

    parser = argparse.ArgumentParser(prog="approval-app", parents=[common],
                                     description="行政审批局审批工作站（不带子命令时打开图形界面）")
    parser.add_argument("--version", action="version", version=f"approval-app {__version__}")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="子命令", metavar="COMMAND")

    p = sub.add_parser("gui", parents=[common], help="打开图形界面（默认）")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("demo", parents=[common], help="在新的演示数据库上打开图形界面")
    p.add_argument("--seed-only", action="store_true", help="只写入演示数据，不打开界面")
    p.add_argument("--cases", type=int, default=200, help="演示案件数（默认200）")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("db", parents=[common], help="数据库管理")
    dbsub = p.add_subparsers(metavar="ACTION", required=True)
    q = dbsub.add_parser("upgrade", parents=[common], help="升级数据库结构并登记事项目录")
    q.set_defaults(func=cmd_db_upgrade)

    p = sub.add_parser("user", parents=[common], help="账号管理")
    usub = p.add_subparsers(metavar="ACTION", required=True)
    q = usub.add_parser("add", parents=[common], help="新建账号（密码从提示或标准输入读取）")
    q.add_argument("name", help="用户名")
    q.add_argument("--role", action="append", required=True,
                   help="角色，可重复：intake, reviewer, approver, seal_keeper, filing, admin")
    q.add_argument("--display-name", help="姓名")
    q.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码")
    q.set_defaults(func=cmd_user_add)

    p = sub.add_parser("catalogue", parents=[common], help="事项目录")
    csub = p.add_subparsers(metavar="ACTION", required=True)
    q = csub.add_parser("check", parents=[common], help="校验并列出事项目录")
    q.add_argument("dir", nargs="?", help="目录（默认为内置 forms/）")
    q.set_defaults(func=cmd_catalogue_check)

    p = sub.add_parser("cases", parents=[common], help="案件")
    ksub = p.add_subparsers(metavar="ACTION", required=True)
    q = ksub.add_parser("list", parents=[common], help="列出案件（最新在前）")
    q.add_argument("--status", help="状态，如 received, accepted, review, approved …")
    q.add_argument("--matter", help="事项编码")
    q.add_argument("--department", help="部门编码")
    q.add_argument("--search", help="案件编号、企业名称或统一社会信用代码")
    q.add_argument("--limit", type=int, help="最多列出几件（默认全部）")
    q.add_argument("--json", action="store_true", help="输出 JSON")
    q.set_defaults(func=cmd_cases_list)

    p = sub.add_parser("calendar", parents=[common], help="官方日历：计算期限、统计工作日、录入节假日")
    calsub = p.add_subparsers(metavar="ACTION", required=True)
    q = calsub.add_parser("due", parents=[common], help="START 之后第 DAYS 个工作日（当日不计）")
    q.add_argument("start", metavar="START", help="起算日期 YYYY-MM-DD（当日不计入）")
    q.add_argument("days", metavar="DAYS", type=int, help="工作日数")
    q.add_argument("--pause", action="append", metavar="S:E",
                   help="中止计时区间：S 之后至 E（含）的工作日不计，可重复")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_calendar_due)
    q = calsub.add_parser("workdays", parents=[common], help="FROM 之后至 TO（含）的工作日数")
    q.add_argument("start", metavar="FROM")
    q.add_argument("end", metavar="TO")
    q.set_defaults(func=cmd_calendar_workdays)
    q = calsub.add_parser("set", parents=[common], help="录入日历：将日期（或区间）设为工作日或休息日")
    q.add_argument("kind", choices=["workday", "holiday"])
    q.add_argument("start", metavar="DATE")
    q.add_argument("end", metavar="END", nargs="?")
    q.add_argument("--note", required=True, help="说明，如“2027年春节”“调休上班”")
    q.set_defaults(func=cmd_calendar_set)
    q = calsub.add_parser("complete", parents=[common], help="标记某年官方日历已录入完成（其期限不再暂估）")
    q.add_argument("year", type=int)
    q.add_argument("--undo", action="store_true", help="恢复为暂估")
    q.set_defaults(func=cmd_calendar_complete)

    p = sub.add_parser("stats", parents=[common], help="办件统计（由办理记录计算）")
    p.add_argument("--from", dest="date_from", required=True, metavar="D", help="收件日期起 YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="D", help="收件日期止 YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.add_argument("--cases", action="store_true", help="JSON 中包含逐件数据")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("verify", parents=[common], help="核验 PDF：签名、印章、是否改动、证照登记状态")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--cert", action="append", help="离线核验时使用的印章证书（PEM/DER），可重复")
    p.add_argument("--offline", action="store_true", help="不连接数据库，只用 --cert 核验")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("seal-register", parents=[common], help="用印登记簿")
    rsub = p.add_subparsers(metavar="ACTION", required=True)
    q = rsub.add_parser("verify", parents=[common], help="逐条校验哈希链，报告第一条被改、删或调序的记录")
    q.set_defaults(func=cmd_register_verify)
    q = rsub.add_parser("export", parents=[common], help="导出登记簿（.csv / .json / .xlsx）供审计")
    q.add_argument("--out", required=True)
    q.set_defaults(func=cmd_register_export)

    p = sub.add_parser("permits", parents=[common], help="证照")
    psub = p.add_subparsers(metavar="ACTION", required=True)
    q = psub.add_parser("export", parents=[common], help="导出案件当前证照的已签章 PDF")
    q.add_argument("case_number", metavar="CASE_NUMBER")
    q.add_argument("--out", required=True, metavar="FILE.pdf")
    q.set_defaults(func=cmd_permits_export)

    p = sub.add_parser("seal", parents=[common], help="印章管理（系统管理员）")
    ssub = p.add_subparsers(metavar="ACTION", required=True)
    q = ssub.add_parser("install", parents=[common], help="导入 PKCS#12 证书和印章图片，启用为本局印章")
    q.add_argument("p12", metavar="FILE.p12")
    q.add_argument("--image", required=True, metavar="SEAL.png")
    q.add_argument("--name", help="印章名称（默认为审批局名称）")
    q.add_argument("--password-stdin", action="store_true")
    q.add_argument("--remember", action="store_true", help="把密码保存到系统密钥环（若有安全的密钥环）")
    q.set_defaults(func=cmd_seal_install)

    p = sub.add_parser("templates", parents=[common], help="文书模板")
    tsub = p.add_subparsers(metavar="ACTION", required=True)
    q = tsub.add_parser("export", parents=[common], help="导出标准文书模板（Word），供管理员修改")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("--overwrite", action="store_true", help="覆盖目录中已修改的模板")
    q.set_defaults(func=cmd_templates_export)

    p = sub.add_parser("bench", parents=[common], help="性能测量（打印数据）")
    bsub = p.add_subparsers(metavar="WHAT", required=True)
    q = bsub.add_parser("permits", parents=[common], help="每秒渲染并签章的证照数")
    q.add_argument("--count", type=int, default=100)
    q.set_defaults(func=cmd_bench_permits)
    q = bsub.add_parser("worklist", parents=[common], help="工作台列表查询：计数、分页、筛选、搜索")
    q.add_argument("--cases", type=int, default=0, help="先用合成案件把数据库补足到这么多件（仅用于测量）")
    q.add_argument("--quiet", action="store_true")
    q.set_defaults(func=cmd_bench_worklist)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    log_file = setup_logging(getattr(args, "verbose", False))
    try:
        return args.func(args)
    except CliError as exc:
        print(f"approval-app: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: the detail goes to the log, the user gets one sentence
        log.exception("unexpected error")
        print(f"approval-app: 程序内部错误（{type(exc).__name__}），详细信息已写入日志：{log_file}", file=sys.stderr)
        return 2
