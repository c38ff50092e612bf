"""`approval-app bench ...`: measured figures, printed (tests never assert times)."""
from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from typing import Callable

from sqlalchemy import func, insert, select

from approval_app.domain import validators
from approval_app.domain.case_status import Status
from approval_app.services import cases as case_service
from approval_app.services.cases import CaseFilter
from approval_app.services.catalogue import LoadResult, sync_catalogue
from approval_app.storage import models as m
from approval_app.storage.db import Database


def bulk_cases(db: Database, catalogue: LoadResult, target: int, *, batch: int = 20_000,
               progress: Callable[[int, str], None] | None = None) -> int:
    """Top the database up to `target` synthetic cases (one receipt event each), in bulk.

    For measuring the worklist at scale only: it bypasses the intake service on purpose.
    """
    rng = random.Random(7)
    with db.transaction() as s:
        sync_catalogue(s, catalogue)
        have = s.scalar(select(func.count()).select_from(m.Case)) or 0
        matters = [(x.id, x.department_id) for x in s.scalars(select(m.Matter).where(m.Matter.is_current))]
        next_applicant = (s.scalar(select(func.max(m.Applicant.id))) or 0) + 1
        next_case = (s.scalar(select(func.max(m.Case.id))) or 0) + 1
    need = max(0, target - have)
    if not need:
        return have
    statuses = [x.value for x in Status]
    applicants = max(1, need // 10)
    start = dt.datetime(2024, 1, 2, 1, 0, tzinfo=dt.timezone.utc)
    with db.transaction() as s:
        for lo in range(0, applicants, batch):
            rows = []
            for i in range(lo, min(applicants, lo + batch)):
                body = f"91350200{next_applicant + i:09d}"
                rows.append({"id": next_applicant + i, "name": f"某市测试第{next_applicant + i}号商贸有限公司",
                             "uscc": body + validators.uscc_check_char(body), "uscc_valid": True,
                             "created_at": start, "version": 1})
            s.execute(insert(m.Applicant), rows)
    done = 0
    while done < need:
        size = min(batch, need - done)
        case_rows, event_rows = [], []
        for k in range(size):
            cid = next_case + done + k
            matter_id, dept_id = rng.choice(matters)
            received = start + dt.timedelta(minutes=cid)
            status = rng.choice(statuses)
            case_rows.append({
                "id": cid, "case_number": f"BN{cid:010d}", "matter_id": matter_id, "department_id": dept_id,
                "applicant_id": next_applicant + rng.randrange(applicants), "channel": rng.choice(("counter", "online")),
                "status": status, "form_data": {}, "received_at": received,
                "due_date": (received + dt.timedelta(days=rng.randrange(1, 40))).date(),
                "due_provisional": False, "updated_at": received, "version": 1})
            event_rows.append({"case_id": cid, "seq": 1, "kind": "received", "at": received,
                               "actor_name": "bench", "terminal": "bench", "before_status": status,
                               "after_status": status, "data": {}})
        with db.transaction() as s:
            s.execute(insert(m.Case), case_rows)
            s.execute(insert(m.CaseEvent), event_rows)
        done += size
        if progress:
            progress(int(done * 100 / need), f"{have + done}/{target}")
    db.analyze()
    return have + done


def _time(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, result


def bench_worklist(db: Database, out: Callable[[str], None] = print) -> None:
    """Median milliseconds for what the worklist asks of the database."""
    total = case_service.fetch_count(db, CaseFilter())
    out(f"database: {db.display_url} ({db.dialect}), {total} cases")
    first = case_service.fetch_page(db, CaseFilter(), None, 200)
    with db.read() as s:
        some = s.execute(select(m.Applicant.name, m.Applicant.uscc).order_by(m.Applicant.id.desc()).limit(1)).one()
        matter_code = s.scalar(select(m.Matter.code).where(m.Matter.is_current).limit(1))
    deep_cursor = None
    if first:
        # a cursor half-way down the table: keyset paging costs the same at any depth
        with db.read() as s:
            mid = s.execute(select(m.Case.received_at, m.Case.id).order_by(m.Case.received_at.desc(), m.Case.id.desc())
                            .offset(total // 2).limit(1)).first()
        deep_cursor = tuple(mid) if mid else None
    cases = [
        ("count, no filter", lambda: case_service.fetch_count(db, CaseFilter())),
        ("first page (200 rows)", lambda: len(case_service.fetch_page(db, CaseFilter(), None, 200))),
        ("page at the middle (keyset)", lambda: len(case_service.fetch_page(db, CaseFilter(), deep_cursor, 200))),
        ("count, status=review", lambda: case_service.fetch_count(db, CaseFilter(status="review"))),
        ("first page, status=review", lambda: len(case_service.fetch_page(db, CaseFilter(status="review"), None, 200))),
        ("first page, one matter", lambda: len(case_service.fetch_page(db, CaseFilter(matter_code=matter_code), None, 200))),
        ("first page, department", lambda: len(case_service.fetch_page(db, CaseFilter(department_code="scjg"), None, 200))),
        ("search by USCC", lambda: len(case_service.fetch_page(db, CaseFilter(search=some.uscc), None, 200))),
        ("search by name fragment", lambda: len(case_service.fetch_page(db, CaseFilter(search=some.name[5:12]), None, 200))),
        ("search by case number prefix", lambda: len(case_service.fetch_page(db, CaseFilter(search="BN00000001"), None, 200))),
        ("count, overdue only", lambda: case_service.fetch_count(db, CaseFilter(overdue_only=True))),
    ]
    for label, fn in cases:
        ms, result = _time(fn)
        out(f"  {label:<32} {ms:9.1f} ms   ({result})")


def bench_permits(count: int = 100, out: Callable[[str], None] = print) -> None:
    """Permits rendered and signed per second on one core, with the key loaded once."""
    import os

    from approval_app import paths
    from approval_app.documents.pades import PdfSealer
    from approval_app.documents.permit_pdf import PermitContent, render_permit
    from approval_app.documents.qr_payload import make_payload
    from approval_app.documents.seal_keys import demo_pkcs12, draw_seal_png, load_pkcs12

    key = load_pkcs12(demo_pkcs12("bench", "bench", "bench-pass"), "bench-pass")
    image = draw_seal_png("某市行政审批局", paths.font_file(), 300)
    sealer = PdfSealer(key)

    def content(i: int) -> PermitContent:
        number = f"SCJG-001-2026-{i:05d}"
        payload = make_payload({"n": number, "u": "91350200MA2YJ1XR9G", "f": "2026-03-11", "t": "2031-03-10",
                                "h": "0" * 64, "v": 1}, key)
        return PermitContent("食品经营许可证", number, "1.2.156.3005.2.X.Y.1.001.Z", "某市鹭岛餐饮管理有限公司",
                             "91350200MA2YJ1XR9G", "王芳", "某市思明区湖滨南路1号",
                             (("经营场所", "某市思明区湖滨南路1号"), ("主体业态", "餐饮服务经营者")),
                             "2026年3月11日", "2031年3月10日", "2026年3月11日", "某市行政审批局", "市市场监督管理局",
                             "食品经营许可", payload)

    render_permit(content(0), image, paths.font_file())  # font and seal image loaded once, as in a session
    t0 = time.perf_counter()
    pdfs = [render_permit(content(i), image, paths.font_file()) for i in range(count)]
    t1 = time.perf_counter()
    for pdf in pdfs:
        sealer.sign(pdf)
    t2 = time.perf_counter()
    out(f"cpu cores available: {os.cpu_count()}; permits: {count}; seal key: ECDSA P-256, loaded once")
    out(f"  render (reportlab + segno QR)   {count / (t1 - t0):7.1f} per second")
    out(f"  sign (PAdES, pyHanko)           {count / (t2 - t1):7.1f} per second")
    out(f"  render + sign, one core         {count / (t2 - t0):7.1f} per second")
