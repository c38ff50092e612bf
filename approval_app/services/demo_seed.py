"""A realistic day at the bureau for demonstrations and tests: officers, enterprises, ~200 cases.

Cases are received through the intake service and then walked through their history, so the
event log and the due dates are the same as those real work would produce.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from approval_app.domain import validators
from approval_app.domain.case_status import Status
from approval_app.domain.catalogue import Matter as MatterDef, Mode
from approval_app.domain.roles import Actor, Role
from approval_app.domain.workcalendar import Calendar, add_working_days
from approval_app import paths
from approval_app.documents.seal_keys import demo_pkcs12, draw_seal_png
from approval_app.domain.procedure import Action
from approval_app.services import clock, counter, permits, seal, users
from approval_app.services import notices as notices_service
from approval_app.services import procedure as procedure_service
from approval_app.services.notices import Bureau
from approval_app.services.catalogue import LoadResult, sync_catalogue
from approval_app.services.intake import ApplicantInput, MaterialInput, ReceiveInput, receive_case
from approval_app.storage import models as m
from approval_app.storage.db import Database

DEMO_PASSWORD = "demo1234"
OFFICERS = [
    ("admin", "系统管理员", {Role.ADMIN}),
    ("zhangwei", "张伟", {Role.INTAKE}),
    ("lina", "李娜", {Role.REVIEWER}),
    ("wangqiang", "王强", {Role.APPROVER}),
    ("liuyang", "刘洋", {Role.SEAL_KEEPER}),
    ("chenjing", "陈静", {Role.FILING, Role.INTAKE}),
]

_TRADE_NAMES = ["鹭岛", "海沧", "同安", "集美", "嘉禾", "筼筜", "五缘", "鼓浪", "翔安", "湖里", "思明", "东渡",
                "金尚", "仙岳", "万石", "天竺", "云顶", "环岛", "曾厝", "沙坡"]
_INDUSTRIES = {
    "scjg": ["餐饮管理", "食品贸易", "烘焙食品", "生鲜超市", "茶业"],
    "zjj": ["建设工程", "房地产开发", "建筑劳务", "市政工程"],
    "sthj": ["环保科技", "新材料", "精密制造", "电子科技"],
    "whly": ["文化娱乐", "国际旅行社", "影视文化", "KTV娱乐"],
    "wsjk": ["美容美发", "健身服务", "口腔门诊", "酒店管理"],
    "jtys": ["物流", "货运代理", "汽车维修", "运输"],
    "yjgl": ["化工贸易", "石化", "能源科技"],
}
_FORMS = ["有限公司", "有限责任公司", "股份有限公司"]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
_GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建国", "志强", "海燕"]
_STREETS = ["湖滨南路", "厦禾路", "嘉禾路", "仙岳路", "莲前西路", "吕岭路", "环岛东路", "集美大道", "同集路", "海沧大道"]


@dataclass(frozen=True)
class SeedResult:
    users: int
    cases: int
    by_status: dict[str, int]


def make_uscc(rng: random.Random, region: str = "350200") -> str:
    body = "91" + region + "".join(rng.choice(validators.USCC_CHARSET) for _ in range(9))
    return body + validators.uscc_check_char(body)


def make_id_number(rng: random.Random) -> str:
    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 40 * 365))
    body = "350203" + born.strftime("%Y%m%d") + f"{rng.randrange(0, 1000):03d}"
    return body + validators.id_check_char(body)


def _person(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)


def _phone(rng: random.Random) -> str:
    return rng.choice(["138", "139", "150", "186", "189", "177"]) + f"{rng.randrange(0, 10**8):08d}"


def _field_value(rng: random.Random, field, dept: str, today: dt.date):  # noqa: ANN001
    kind = field.type
    if field.example:
        return field.example
    if kind == "choice":
        return rng.choice(field.choices)
    if kind == "number":
        low = field.min if field.min is not None else 1
        high = field.max if field.max is not None else 1000
        high = min(high, low + 5000)
        return round(rng.uniform(low, high)) if high - low > 10 else low
    if kind == "date":
        return (today + dt.timedelta(days=rng.randrange(10, 60))).isoformat()
    if kind == "uscc":
        return make_uscc(rng)
    if kind == "id_number":
        return make_id_number(rng)
    if kind == "phone":
        return _phone(rng)
    if kind == "address":
        return f"某市思明区{rng.choice(_STREETS)}{rng.randrange(1, 900)}号"
    text = f"{rng.choice(_TRADE_NAMES)}{rng.choice(_INDUSTRIES.get(dept, ['综合']))}项目" \
        if "项目" in field.label or "名称" in field.label else _person(rng)
    return text[: field.max_length] if field.max_length else text


_ACTION_OF = {"file_record": Action.FILE, "return_filing": Action.RETURN_FILING, "commit": Action.COMMIT,
              "request_supplement": Action.REQUEST_SUPPLEMENT, "refuse": Action.REFUSE, "accept": Action.ACCEPT,
              "withdraw": Action.WITHDRAW, "assign": Action.ASSIGN, "record_opinion": Action.OPINION,
              "suspend": Action.SUSPEND, "resume": Action.RESUME, "extend": Action.EXTEND, "deny": Action.DENY,
              "approve": Action.APPROVE, "deliver": Action.DELIVER}
# Positional parameters of the procedure functions the walk uses, by name.
_PARAMS = {"commit": ("pledge_signed",), "request_supplement": ("missing",), "refuse": ("reason", "competent_office"),
           "withdraw": ("reason",), "assign": ("reviewer_username",), "record_opinion": ("department", "opinion"),
           "suspend": ("procedure", "expected_days", "reason"), "extend": ("reason", "signed_off_by"),
           "deny": ("reason",), "approve": ("reason",), "deliver": ("method", "recipient")}
_PARAMS.update({k: () for k in _ACTION_OF if k not in _PARAMS})

# Weighted end states per mode: where the seeded cases are left in the procedure.
_LICENCE_PLAN = [(Status.RECEIVED, 14), (Status.SUPPLEMENT_REQUESTED, 10), (Status.REFUSED, 4),
                 (Status.ACCEPTED, 12), (Status.UNDER_REVIEW, 22), (Status.SUSPENDED, 5),
                 (Status.APPROVED, 8), (Status.DENIED, 5), (Status.PERMIT_ISSUED, 8),
                 (Status.DELIVERED, 14), (Status.WITHDRAWN, 4)]
_FILING_PLAN = [(Status.RECEIVED, 2), (Status.FILED, 10), (Status.FILING_RETURNED, 3)]
_COMMITMENT_PLAN = [(Status.RECEIVED, 2), (Status.COMMITTED, 8)]


def seed_demo(db: Database, catalogue: LoadResult, *, cases: int = 200, seed: int = 20261125,
              today: dt.date | None = None, progress: Callable[[int, str], None] | None = None,
              notices: bool = True) -> SeedResult:
    """Seed an empty database; refuses one that already holds cases."""
    rng = random.Random(seed)
    today = today or clock.today()
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(m.Case)):
            from approval_app.domain.errors import DomainError
            raise DomainError("demo_needs_empty_database")
        sync_catalogue(s, catalogue)
        actors = _seed_officers(s)
        install_demo_seal(s, actors[Role.ADMIN])
    with db.read() as s:
        loaded = seal.unlock(s, DEMO_PASSWORD)
    with db.read() as s:
        cal = _calendar(s)
    matters = _current_matters(db)
    counts: dict[str, int] = {}
    # about 30 working days of history, more cases on recent days
    days = [today]
    while len(days) < 45:
        days.append(_previous_workday(cal, days[-1]))
    enterprises = _enterprises(rng, 20)
    plans = []
    for i in range(cases):
        matter = rng.choice(matters)
        plan = {Mode.LICENCE: _LICENCE_PLAN, Mode.FILING: _FILING_PLAN, Mode.COMMITMENT: _COMMITMENT_PLAN}[matter.mode]
        target = rng.choices([p[0] for p in plan], weights=[p[1] for p in plan])[0]
        received_at = min(_at(rng, _day_for(rng, days, target)), clock.now() - dt.timedelta(minutes=cases - i))
        plans.append((received_at, i, matter, target))
    plans.sort(key=lambda p: p[:2])  # case numbers follow the order of receipt, as at a real counter
    for n, (received_at, i, matter, target) in enumerate(plans):
        pool = enterprises[matter.department.code]
        with db.transaction() as s:
            status = _one_case(s, rng, cal, actors, matter, target, received_at, today,
                               pool[rng.randrange(len(pool))], legacy=(i % 97 == 5), loaded=loaded,
                               bureau=Bureau() if notices else None)
        counts[status] = counts.get(status, 0) + 1
        if progress and (n % 10 == 0 or n == cases - 1):
            progress(int((n + 1) * 100 / cases), f"{n + 1}/{cases}")
    db.analyze()
    return SeedResult(len(actors), cases, counts)


class _Acting:
    """The procedure's actions, through the counter (action + notice) when notices are wanted."""

    def __init__(self, session: Session, bureau: Bureau | None) -> None:
        self.session, self.bureau = session, bureau

    def __getattr__(self, name: str):  # noqa: ANN204
        fn = getattr(procedure_service, name)
        if self.bureau is None:
            return lambda session, actor, case_id, *args, **kw: fn(session, actor, case_id, *args, **kw)
        action = _ACTION_OF[name]

        def run(session, actor, case_id, *args, **kw):  # noqa: ANN001, ANN202
            params = dict(zip(_PARAMS[name], args), **kw)
            return counter.perform(session, actor, action, case_id, self.bureau, **params)
        return run


def install_demo_seal(s: Session, admin: Actor) -> None:
    """A demo seal: self-signed certificate (password demo1234) and a drawn seal image. Not for real use."""
    name = Bureau().name
    p12 = demo_pkcs12(f"{name}行政审批专用章（演示）", name, DEMO_PASSWORD)
    seal.install_seal(s, admin, p12, DEMO_PASSWORD, draw_seal_png(name, paths.font_file(), 400), name)


def _seed_officers(s: Session) -> dict[Role, Actor]:
    actors: dict[Role, Actor] = {}
    admin_actor = None
    for username, name, roles in OFFICERS:
        row = users.create_user(s, admin_actor, username, DEMO_PASSWORD, roles, name)
        actor = Actor(row.id, username, frozenset(roles), "demo-terminal", name)
        if Role.ADMIN in roles:
            admin_actor = actor
        for r in roles:
            actors.setdefault(r, actor)
    return actors


def _calendar(s: Session) -> Calendar:
    return clock.load_calendar(s)


def _current_matters(db: Database) -> list[MatterDef]:
    with db.read() as s:
        return [MatterDef.from_json(x) for x in
                s.scalars(select(m.Matter.definition).where(m.Matter.is_current).order_by(m.Matter.code))]


def _previous_workday(cal: Calendar, day: dt.date) -> dt.date:
    day -= dt.timedelta(days=1)
    while not cal.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def _day_for(rng: random.Random, days: list[dt.date], target: Status) -> dt.date:
    """Early states are recent; finished cases started weeks ago."""
    if target in (Status.RECEIVED, Status.FILED, Status.FILING_RETURNED, Status.COMMITTED):
        return days[min(int(rng.expovariate(0.5)), 4 if target is Status.RECEIVED else 29)]
    if target in (Status.SUPPLEMENT_REQUESTED, Status.REFUSED, Status.ACCEPTED):
        return days[rng.randrange(1, 8)]
    if target is Status.UNDER_REVIEW and rng.random() < 0.25:
        return days[rng.randrange(22, 45)]  # a few long-running reviews: near-due and overdue cases
    return days[rng.randrange(5, 22)]


def _enterprises(rng: random.Random, per_department: int) -> dict[str, list[tuple[str, str, str]]]:
    """Enterprises whose trade fits each department's matters (a KTV applies for entertainment)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    seen = set()
    for dept, trades in _INDUSTRIES.items():
        pool = out.setdefault(dept, [])
        while len(pool) < per_department:
            name = f"某市{rng.choice(_TRADE_NAMES)}{rng.choice(trades)}{rng.choice(_FORMS)}"
            if name not in seen:
                seen.add(name)
                pool.append((name, make_uscc(rng), _person(rng)))
    return out


def _at(rng: random.Random, day: dt.date, hour_from: int = 9) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(rng.randrange(hour_from, 17), rng.randrange(0, 60)),
                                tzinfo=clock.BUREAU_TZ)
    return local.astimezone(dt.timezone.utc)


def _later(rng: random.Random, cal: Calendar, start: dt.datetime, days: int, today: dt.date) -> dt.datetime:
    day = add_working_days(cal, clock.local_date(start), days).day if days else clock.local_date(start)
    day = min(day, today)
    moment = max(_at(rng, day), start + dt.timedelta(minutes=rng.randrange(5, 90)))
    return max(min(moment, clock.now()), start + dt.timedelta(seconds=1))


def _one_case(s: Session, rng: random.Random, cal: Calendar, actors: dict[Role, Actor], matter: MatterDef,
              target: Status, received_at: dt.datetime, today: dt.date, enterprise: tuple[str, str, str],
              legacy: bool, loaded: seal.LoadedSeal, bureau: Bureau | None) -> str:
    name, uscc, legal_rep = enterprise
    override = ""
    if legacy:  # a legacy record whose code fails the check, accepted with a recorded reason
        uscc = uscc[:17] + next(c for c in validators.USCC_CHARSET if c != uscc[17])
        override = "历史登记数据，营业执照原件核对一致，代码校验位不符系原登记机关赋码问题"
    channel = "online" if (rng.random() < 0.3 and not legacy) else "counter"
    missing: set[str] = set()
    if target is Status.SUPPLEMENT_REQUESTED or target is Status.FILING_RETURNED:
        required = [x.code for x in matter.materials if x.required]
        missing = set(rng.sample(required, k=min(len(required), rng.randint(1, 2))))
    day = clock.local_date(received_at)
    intake = actors[Role.FILING] if matter.mode is Mode.FILING else actors[Role.INTAKE]
    result = receive_case(s, intake, ReceiveInput(
        matter_code=matter.code,
        applicant=ApplicantInput(name=name, uscc=uscc, legal_representative=legal_rep,
                                 contact_name=_person(rng), contact_phone=_phone(rng),
                                 address=f"某市{rng.choice(['思明区', '湖里区', '集美区', '海沧区'])}"
                                         f"{rng.choice(_STREETS)}{rng.randrange(1, 900)}号",
                                 uscc_override_reason=override),
        form={f.name: _field_value(rng, f, matter.department.code, today) for f in matter.fields
              if f.required or rng.random() < 0.6},
        materials=tuple(MaterialInput(x.code, received=x.code not in missing, pages=rng.randint(1, 12))
                        for x in matter.materials if x.required or rng.random() < 0.5),
        channel=channel, received_at=received_at,
        external_id=f"P{day:%Y%m%d}{rng.randrange(10**6):06d}" if channel == "online" else None,
        external_revision=1 if channel == "online" else None,
    ))
    if bureau is not None:
        notices_service.generate(s, intake, result.case_id, "receipt", bureau, at=received_at)
    _walk(s, rng, cal, actors, result.case_id, matter, target, received_at, today, sorted(missing), loaded, bureau)
    return s.get(m.Case, result.case_id).status


def _walk(s: Session, rng: random.Random, cal: Calendar, actors: dict[Role, Actor], case_id: int,
          matter: MatterDef, target: Status, received_at: dt.datetime, today: dt.date, missing: list[str],
          loaded: seal.LoadedSeal, bureau: Bureau | None) -> None:
    """Take a received case along the procedure up to `target` through the officers' own actions
    (with their notices when `bureau` is given, as at the counter)."""
    procedure = _Acting(s, bureau)
    intake, reviewer, approver = actors[Role.INTAKE], actors[Role.REVIEWER], actors[Role.APPROVER]
    t = received_at

    def at(days: int) -> dt.datetime:
        nonlocal t
        t = _later(rng, cal, t, days, today)
        return t

    if target is Status.RECEIVED:
        return
    if matter.mode is Mode.FILING:
        if target is Status.FILED:
            procedure.file_record(s, actors[Role.FILING], case_id, at=at(0))
        else:
            procedure.return_filing(s, actors[Role.FILING], case_id, at=at(0))
        return
    if matter.mode is Mode.COMMITMENT:
        procedure.commit(s, approver, case_id, True, at=at(0))
        return
    if target is Status.SUPPLEMENT_REQUESTED:
        procedure.request_supplement(s, intake, case_id, missing, at=at(rng.randint(0, 3)),
                                     note="请补正后一次性提交")
        return
    if target is Status.REFUSED:
        procedure.refuse(s, intake, case_id, "申请事项依法不属于本机关职权范围", "省级主管部门", at=at(rng.randint(0, 3)))
        return
    procedure.accept(s, intake, case_id, at=at(rng.randint(0, 2)))
    if target is Status.WITHDRAWN:
        procedure.withdraw(s, intake, case_id, "申请人书面申请撤回", at=at(rng.randint(1, 4)))
        return
    if target is Status.ACCEPTED:
        return
    procedure.assign(s, approver, case_id, reviewer.username, at=at(rng.randint(0, 1)))
    if matter.joint or rng.random() < 0.3:
        procedure.record_opinion(s, reviewer, case_id, rng.choice(["市消防救援支队", "市自然资源和规划局", "区人民政府"]),
                                 "经核查，同意办理", at=at(rng.randint(1, 3)))
    if target is Status.SUSPENDED:
        procedure.suspend(s, reviewer, case_id, "inspection", 10, "需组织现场核查", at=at(rng.randint(1, 4)))
        return
    if rng.random() < 0.15:
        procedure.suspend(s, reviewer, case_id, "expert_review", 5, "组织专家评审", at=at(rng.randint(1, 3)))
        procedure.resume(s, reviewer, case_id, at=at(rng.randint(2, 5)))
    if rng.random() < 0.1:
        procedure.extend(s, approver, case_id, "涉及多个部门意见，情况复杂", "局长 赵建国", at=at(rng.randint(1, 3)))
    if target is Status.UNDER_REVIEW:
        return
    if target is Status.DENIED:
        procedure.deny(s, approver, case_id, "经审查，申请人的经营场所不符合法定条件", at=at(rng.randint(2, 8)))
        return
    procedure.approve(s, approver, case_id, "经审查，申请材料齐全、符合法定形式，符合法定条件", at=at(rng.randint(2, 8)))
    if target in (Status.PERMIT_ISSUED, Status.DELIVERED):
        permits.issue_one(s, actors[Role.SEAL_KEEPER], case_id, loaded, bureau or Bureau(), at=at(rng.randint(0, 3)))
    if target is Status.DELIVERED:
        procedure.deliver(s, intake, case_id, rng.choice(["直接送达", "邮寄送达", "电子送达"]), at=at(rng.randint(0, 3)))
