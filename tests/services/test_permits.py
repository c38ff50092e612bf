"""The one seal: permits sealed, signed and registered; the register's chain; verification."""
import datetime as dt
import subprocess

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select, text

from approval_app import paths
from approval_app.documents.seal_keys import demo_pkcs12, draw_seal_png
from approval_app.domain.elicence import identifier_valid
from approval_app.domain.errors import DomainError, PermissionDenied
from approval_app.domain.procedure import Action
from approval_app.domain.roles import Role
from approval_app.services import counter, permits, seal
from approval_app.services.notices import Bureau
from approval_app.storage import models as m
from tests_support import at

D = dt.date
PASSWORD = "seal-pass-123"


class MemoryKeyring(KeyringBackend):
    """A test keyring backend: secure as far as the app can tell, kept in memory."""

    priority = 10

    def __init__(self):
        super().__init__()
        self.store = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def sealed(bureau):
    with bureau.db.transaction() as s:
        info = seal.install_seal(s, bureau[Role.ADMIN], demo_pkcs12("某市行政审批局行政审批专用章", "某市行政审批局", PASSWORD),
                                 PASSWORD, draw_seal_png("某市行政审批局", paths.font_file(), 300), "某市行政审批局")
    with bureau.db.read() as s:
        loaded = seal.unlock(s, PASSWORD)
    assert loaded.info.fingerprint == info.fingerprint
    return bureau, loaded


def _approved(bureau, n=1):
    ids = []
    for _ in range(n):
        cid = bureau.receive()
        with bureau.db.transaction() as s:
            for actor, action, params in ((Role.INTAKE, Action.ACCEPT, {}),
                                          (Role.APPROVER, Action.ASSIGN, {"reviewer_username": "lina"}),
                                          (Role.APPROVER, Action.APPROVE, {})):
                counter.perform(s, bureau[actor], action, cid, Bureau(), at=at(D(2026, 3, 3)), **params)
        ids.append(cid)
    return ids


def test_issue_verify_and_tamper(sealed, tmp_path):
    bureau, loaded = sealed
    ids = _approved(bureau, 2)
    keeper = bureau[Role.SEAL_KEEPER]
    result = permits.issue_batch(bureau.db, keeper, ids, loaded, Bureau(), "password-liu")
    assert not result.failed and len(result.issued) == 2
    row = result.issued[0]
    assert identifier_valid(row.licence_id) and row.permit_number == "SCJG-001-2026-00001"
    with bureau.db.read() as s:
        name, pdf = permits.current_permit_pdf(s, row.case_number)
        check = permits.verify_document(s, pdf)
    assert check.signature.ok and check.seal_version == 1 and check.registry_status == "valid"
    assert check.permit_number == row.permit_number and check.qr_signed is True
    path = tmp_path / name
    path.write_bytes(pdf)
    extracted = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    for fragment in ("食品经营许可证", "某市鹭岛餐饮管理有限公司", "91350200MA2YJ1XR9G", "某市行政审批局",
                     "市市场监督管理局", row.permit_number):
        assert fragment in extracted
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts and " yes yes " in fonts  # embedded, subset
    # any changed byte is detected
    for offset in (len(pdf) // 3, len(pdf) // 2, len(pdf) - 200):
        bad = bytearray(pdf)
        bad[offset] ^= 0x01
        with bureau.db.read() as s:
            assert not permits.verify_document(s, bytes(bad)).signature.ok
    appended = pdf + b"\n% appended after signing\n"
    with bureau.db.read() as s:
        assert not permits.verify_document(s, appended).signature.ok


def test_only_a_confirming_seal_keeper_may_seal(sealed):
    bureau, loaded = sealed
    ids = _approved(bureau)
    with pytest.raises(PermissionDenied):
        permits.issue_batch(bureau.db, bureau[Role.APPROVER], ids, loaded, Bureau(), "password-wang")
    with pytest.raises(DomainError) as err:
        permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], ids, loaded, Bureau(), "wrong")
    assert err.value.code == "seal_confirmation_failed"
    with bureau.db.read() as s:
        assert s.scalar(select(m.Permit)) is None
        assert [e.kind for e in s.scalars(select(m.SealRegisterEntry))] == ["seal_changed"]


def test_a_failure_on_one_case_leaves_the_others(sealed):
    bureau, loaded = sealed
    good = _approved(bureau, 2)
    not_approved = bureau.receive()
    result = permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], [good[0], not_approved, good[1]], loaded,
                                 Bureau(), "password-liu")
    assert [r.case_id for r in result.issued] == good
    assert [f[0] for f in result.failed] == [not_approved]
    with bureau.db.read() as s:
        assert s.get(m.Case, not_approved).status == "received"
        assert s.scalar(select(m.Document).where(m.Document.case_id == not_approved, m.Document.kind == "permit")) \
            is None


def test_register_chain_detects_edits_removals_and_reordering(sealed):
    bureau, loaded = sealed
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], _approved(bureau, 3), loaded, Bureau(), "password-liu")
    db = bureau.db
    with db.read() as s:
        assert seal.verify_register(s) == (4, None)
    with db.transaction() as s:
        with pytest.raises(Exception, match="append-only"):
            s.execute(text("UPDATE seal_register SET officer = 'x' WHERE seq = 2"))
    _without_triggers(db, "UPDATE seal_register SET officer = '伪造' WHERE seq = 3")
    with db.read() as s:
        count, problem = seal.verify_register(s)
    assert (problem.seq, problem.kind) == (3, "edited")


def test_register_removal_is_detected(sealed):
    bureau, loaded = sealed
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], _approved(bureau, 3), loaded, Bureau(), "password-liu")
    _without_triggers(bureau.db, "DELETE FROM seal_register WHERE seq = 2")
    with bureau.db.read() as s:
        _, problem = seal.verify_register(s)
    assert (problem.seq, problem.kind, problem.expected_seq) == (3, "removed", 2)


def _without_triggers(db, statement):
    """What an attacker with database rights could do: switch the append-only guard off."""
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.execute(text("DROP TRIGGER seal_register_no_update"))
            conn.execute(text("DROP TRIGGER seal_register_no_delete"))
        else:
            conn.execute(text("ALTER TABLE seal_register DISABLE TRIGGER ALL"))
        conn.execute(text(statement))


@pytest.mark.parametrize("statement", ["DELETE FROM seal_register WHERE seq >= 3", "DELETE FROM seal_register"])
def test_cutting_the_end_of_the_register_is_detected(sealed, statement):
    bureau, loaded = sealed
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], _approved(bureau, 3), loaded, Bureau(), "password-liu")
    if bureau.db.dialect == "postgresql":
        with pytest.raises(Exception, match="append-only"):
            with bureau.db.engine.begin() as conn:
                conn.execute(text("TRUNCATE seal_register"))
    _without_triggers(bureau.db, statement)
    with bureau.db.read() as s:
        _, problem = seal.verify_register(s)
    assert problem is not None and problem.kind == "removed"


def test_registry_status_follows_revocation_and_export(sealed, tmp_path):
    bureau, loaded = sealed
    (cid,) = _approved(bureau)
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], [cid], loaded, Bureau(), "password-liu")
    with bureau.db.transaction() as s:
        counter.perform(s, bureau[Role.APPROVER], Action.REVOKE, cid, Bureau(), ground="fraud", reason="以欺骗手段取得")
    with bureau.db.read() as s:
        number = s.get(m.Case, cid).case_number
        _, pdf = permits.current_permit_pdf(s, number)
        check = permits.verify_document(s, pdf)
        assert check.signature.ok and check.registry_status == "revoked"
        for suffix in (".csv", ".json", ".xlsx"):
            assert seal.export_register(s, tmp_path / f"register{suffix}") == 2
    assert "permit" in (tmp_path / "register.csv").read_text(encoding="utf-8-sig")


def test_seal_password_in_the_keyring(memory_keyring):
    usable, name = seal.keyring_status()
    assert usable and name.endswith("MemoryKeyring")
    assert seal.remember_password("abc", "secret-1")
    assert seal.stored_password("abc") == "secret-1"
    assert ("approval-app", "seal:abc") in memory_keyring.store


def test_no_secure_keyring_means_no_stored_password(monkeypatch):
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        monkeypatch.delenv("APPROVAL_SEAL_PASSWORD", raising=False)
        assert seal.keyring_status()[0] is False
        assert seal.remember_password("abc", "secret") is False  # never a silent plaintext fallback
        assert seal.stored_password("abc") is None
    finally:
        keyring.set_keyring(previous)


def test_a_seal_change_keeps_old_documents_verifiable(sealed):
    bureau, loaded = sealed
    (cid,) = _approved(bureau)
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], [cid], loaded, Bureau(), "password-liu")
    with bureau.db.transaction() as s:
        with pytest.raises(PermissionDenied):
            seal.install_seal(s, bureau[Role.SEAL_KEEPER], demo_pkcs12("x", "y", "p-123456"), "p-123456",
                              loaded.image_png, "x")
        new = seal.install_seal(s, bureau[Role.ADMIN], demo_pkcs12("新印章", "某市行政审批局", "p-123456"), "p-123456",
                                loaded.image_png, "某市行政审批局")
    assert new.version == 2
    with bureau.db.read() as s:
        _, pdf = permits.current_permit_pdf(s, s.get(m.Case, cid).case_number)
        check = permits.verify_document(s, pdf)
        assert check.signature.ok and check.seal_version == 1
        assert seal.active_seal(s).version == 2
        with pytest.raises(DomainError) as err:
            seal.unlock(s, PASSWORD)  # the old password does not open the new seal
        assert err.value.code == "seal_password_wrong"


@pytest.mark.skipif(__import__("approval_app.documents.office", fromlist=["x"]).find_office() is None,
                    reason="LibreOffice is not installed here: sealed PDF export of decisions not exercised")
def test_decisions_exported_as_pdf_are_sealed_and_registered(sealed, tmp_path):
    bureau, loaded = sealed
    (cid,) = _approved(bureau)
    with bureau.db.read() as s:
        doc_id = s.scalar(select(m.Document.id).where(m.Document.case_id == cid, m.Document.kind == "approval"))
    out = permits.export_sealed_pdf(bureau.db, bureau[Role.SEAL_KEEPER], doc_id, tmp_path / "decision.pdf", loaded,
                                    "password-liu")
    with bureau.db.read() as s:
        check = permits.verify_document(s, out.read_bytes())
        kinds = list(s.scalars(select(m.SealRegisterEntry.kind).order_by(m.SealRegisterEntry.seq)))
    assert check.signature.ok and kinds[-1] == "approval"


def _permit_with_granted_change(bureau, loaded):
    """An issued permit whose holder's change has just been granted."""
    (cid,) = _approved(bureau)
    permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], [cid], loaded, Bureau(), "password-liu")
    with bureau.db.transaction() as s:
        counter.perform(s, bureau[Role.INTAKE], Action.APPLY_CHANGE, cid, Bureau(), items="法定代表人变更为李四")
        counter.perform(s, bureau[Role.APPROVER], Action.DECIDE_CHANGE, cid, Bureau(), granted=True)
    return cid


def test_a_granted_change_is_reissued_as_a_new_version(sealed):
    bureau, loaded = sealed
    cid = _permit_with_granted_change(bureau, loaded)
    keeper = bureau[Role.SEAL_KEEPER]
    with bureau.db.read() as s:
        assert permits.reissue_due(s, cid)
    result = permits.issue_batch(bureau.db, keeper, [cid], loaded, Bureau(), "password-liu")
    assert [r.version for r in result.issued] == [2] and not result.failed
    with bureau.db.read() as s:
        assert not permits.reissue_due(s, cid)
        rows = s.execute(select(m.Permit.version, m.Permit.status, m.Permit.licence_id)
                         .where(m.Permit.case_id == cid).order_by(m.Permit.version)).all()
        assert [(v, st) for v, st, _ in rows] == [(1, "changed"), (2, "valid")]
        assert rows[1][2].split(".")[-2] == "002"  # the identifier's version part
        _, pdf = permits.current_permit_pdf(s, s.get(m.Case, cid).case_number)
        assert permits.verify_document(s, pdf).permit_version == 2


def test_a_revoked_permit_is_never_reissued(sealed):
    bureau, loaded = sealed
    cid = _permit_with_granted_change(bureau, loaded)
    keeper = bureau[Role.SEAL_KEEPER]
    with bureau.db.transaction() as s:
        counter.perform(s, bureau[Role.APPROVER], Action.REVOKE, cid, Bureau(), ground="fraud", reason="欺骗")
        assert not permits.reissue_due(s, cid)
    result = permits.issue_batch(bureau.db, keeper, [cid], loaded, Bureau(), "password-liu")
    assert not result.issued and result.failed
    with bureau.db.read() as s:
        assert list(s.scalars(select(m.Permit.status).where(m.Permit.case_id == cid))) == ["revoked"]


def test_a_deactivated_keeper_cannot_seal(sealed):
    bureau, loaded = sealed
    ids = _approved(bureau)
    with bureau.db.transaction() as s:
        s.get(m.User, bureau[Role.SEAL_KEEPER].user_id).active = False
    with pytest.raises(PermissionDenied):
        permits.issue_batch(bureau.db, bureau[Role.SEAL_KEEPER], ids, loaded, Bureau(), "password-liu")
